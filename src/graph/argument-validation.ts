import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's own defaults for class-validator: absent optional fields are not checked. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

const constrained = new WeakMap<object, boolean>();

/**
 * Whether a class (or one it extends) declares any class-validator constraint. Decorators run when
 * the classes load, before any request, so the answer holds for the life of the process. Without
 * one, validation could find nothing, but class-validator would still scan every class it knows for
 * ancestors on each call.
 */
function hasConstraints(type: object): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type as new () => object, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

async function validateObject(value: object): Promise<void> {
  if (hasConstraints(value.constructor)) await validateOrReject(value, OPTIONS);
}

/**
 * Validates every input-object argument with class-validator, as type-graphql's built-in validation
 * does, and fails the same way (ArgumentValidationError, which the error formatter turns into
 * BAD_USER_INPUT with the field at fault). The built-in one loads class-validator with a dynamic
 * `import()` on each argument it checks, which costs the module loader's lookup every time (about
 * 35 µs an argument, profiled on the statements query); this one imports it once, and skips the
 * classes that declare no constraint at all (the pages' `first`/`after`, most filters).
 */
export const validateArgument: ValidatorFn = async (value: unknown) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map(validateObject));
    else await validateObject(value);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
