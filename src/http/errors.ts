import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

import { ErrorCode } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import { argumentPathOf } from './argument-path.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Neo4j's own errors mapped once: unreachable means SERVICE_UNAVAILABLE, anything else is internal. */
export function isNeo4jUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retriable === true);
}

/**
 * Errors with a code of ours, or Apollo's own (parse, validation, bad variables), pass through;
 * anything else is logged with its request id and hidden behind INTERNAL_SERVER_ERROR.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
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
