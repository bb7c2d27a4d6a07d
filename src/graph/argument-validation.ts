import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's own defaults for class-validator: absent optional fields are not checked. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Validates every input-object argument with class-validator, as type-graphql's built-in validation
 * does, and fails the same way (ArgumentValidationError, which the error formatter turns into
 * BAD_USER_INPUT with the field at fault). The built-in one loads class-validator with a dynamic
 * `import()` on each argument it checks, which costs the module loader's lookup every time (about
 * 35 µs an argument, measured on the statements query); this one imports it once.
 */
export const validateArgument: ValidatorFn = async (value: unknown) => {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};
