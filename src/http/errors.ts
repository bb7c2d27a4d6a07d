import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

import { ErrorCode } from '../graph/errors.js';
import type { Logger } from '../logger.js';

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
    if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.InternalServerError) {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'internal error', path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
  };
}
