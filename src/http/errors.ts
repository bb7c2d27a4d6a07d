import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, Kind, type FieldNode, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ArgumentValidationError } from 'type-graphql';

import { ErrorCode } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import { argumentPathOf } from './argument-path.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Neo4j's own errors mapped once: unreachable means SERVICE_UNAVAILABLE, anything else is internal. */
export function isNeo4jUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retriable === true);
}

/** Every failed constraint of a class-validator result, with its dotted property path. */
function flattenValidation(errors: readonly ValidationError[], prefix = ''): { path: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidation(error.children ?? [], `${path}.`)];
  });
}

/**
 * The argument that failed: class-validator knows the property path inside the argument, not the
 * argument's name, so it is read from the field in the query (mutations take one `input`).
 */
function argumentName(field: FieldNode | undefined, property: string): string | undefined {
  const args = field?.arguments ?? [];
  if (args.length === 1) return args[0]!.name.value;
  const holder = args.find(
    (arg) => arg.value.kind === Kind.OBJECT && arg.value.fields.some((f) => f.name.value === property),
  );
  return holder?.name.value;
}

/** type-graphql's validation failure as BAD_USER_INPUT naming the input field, e.g. `input.date`. */
function badInput(formatted: GraphQLFormattedError, error: ArgumentValidationError, node: FieldNode | undefined): GraphQLFormattedError {
  const problems = flattenValidation(error.extensions.validationErrors as ValidationError[]);
  const first = problems[0];
  const arg = argumentName(node, first?.path.split('.')[0] ?? '');
  const qualify = (path: string): string => (arg === undefined ? path : `${arg}.${path}`);
  const field = first === undefined ? arg : qualify(first.path);
  return {
    message: first === undefined ? 'invalid input' : `${field}: ${first.message}`,
    ...(formatted.path === undefined ? {} : { path: formatted.path }),
    ...(formatted.locations === undefined ? {} : { locations: formatted.locations }),
    extensions: {
      code: ErrorCode.BadUserInput,
      field,
      problems: problems.map((p) => ({ field: qualify(p.path), message: p.message })),
    },
  };
}

/**
 * Errors with a code of ours, or Apollo's own (parse, validation, bad variables), pass through;
 * anything else is logged with its request id and hidden behind INTERNAL_SERVER_ERROR.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const node = error instanceof GraphQLError ? (error.nodes?.[0] as FieldNode | undefined) : undefined;
      return badInput(formatted, original, node?.kind === Kind.FIELD ? node : undefined);
    }
    if (isNeo4jUnavailable(original)) {
      return { ...formatted, message: 'the graph database is not reachable right now; try again shortly', extensions: { code: ErrorCode.ServiceUnavailable } };
    }
    const code = formatted.extensions?.code;
    if ((code === ErrorCode.BadUserInput || code === 'GRAPHQL_VALIDATION_FAILED') && formatted.extensions?.field === undefined && error instanceof GraphQLError) {
      // A bad argument value, as a literal or a variable, is bad input that names its argument.
      const field = argumentPathOf(error);
      if (field !== undefined) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput, field } };
    }
    if (original instanceof GraphQLError || code !== ErrorCode.InternalServerError) {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'internal error', path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
  };
}
