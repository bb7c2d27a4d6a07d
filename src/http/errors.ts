import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

import type { QueryLimits } from '../config.js';
import { isTransient } from '../db/readiness.js';
import { ErrorCode, ServiceUnavailableError } from '../graph/errors.js';
import type { Logger } from '../logger.js';
import { QueryLimitError, sendErrors } from './limits.js';

/** Apollo wraps validation errors (and so our limit rules' errors) in its own; the limit is inside. */
function limitErrorOf(error: unknown): QueryLimitError | undefined {
  if (error instanceof QueryLimitError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof QueryLimitError) return error.originalError;
  return undefined;
}

/**
 * Limit errors keep their own code (Apollo would file them under GRAPHQL_VALIDATION_FAILED);
 * an unreachable Neo4j is SERVICE_UNAVAILABLE; a Cypher transaction over its timeout is QUERY_TIMEOUT; errors with a code of ours, or Apollo's own (parse,
 * validation, bad variables), pass through; anything else is logged with its request id and hidden
 * behind INTERNAL_SERVER_ERROR.
 */
/** Neo4j ended the transaction at its timeout (TREATY_GRAPH_TX_TIMEOUT_SECONDS). */
function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

export function formatError(logger: Logger, transactionTimeoutSeconds: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitErrorOf(error);
    if (limit !== undefined) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, locations: formatted.locations, extensions };
    }
    const original = unwrapResolverError(error);
    if (isTransient(original)) {
      const unavailable = new ServiceUnavailableError();
      return { ...formatted, message: unavailable.message, extensions: { code: ErrorCode.ServiceUnavailable } };
    }
    if (isTransactionTimeout(original)) {
      logger.warn({ path: formatted.path }, 'Cypher transaction timed out');
      return {
        message: `transactionTimeout limit exceeded: the database did not finish within ${transactionTimeoutSeconds} s; ask for less, or try again when the server is less busy`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.QueryTimeout, limit: 'transactionTimeout', max: transactionTimeoutSeconds },
      };
    }
    if (
      formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
      /introspection is not allowed/i.test(formatted.message)
    ) {
      return { ...formatted, message: 'introspection (__schema, __type) is switched off on this server' };
    }
    if (formatted.extensions?.code !== ErrorCode.InternalServerError) return formatted;
    if (original instanceof GraphQLError && original.path === undefined && original.originalError == null) {
      // Raised on purpose about the request as a whole, without a code ("Must provide operation
      // name…"): the client's mistake, not ours.
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadRequest } };
    }
    if (original instanceof GraphQLError) return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'internal error', path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
  };
}

interface HttpError {
  type?: string;
  status?: number;
  message?: string;
}

/**
 * Failures before Apollo (body too large, malformed JSON, a bad charset) answered as JSON GraphQL
 * errors instead of Express's HTML pages, the body limit named like the other limits.
 */
export function httpErrorHandler(logger: Logger, limits: QueryLimits): ErrorRequestHandler {
  return (err: HttpError, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err.type === 'entity.too.large') {
      sendErrors(res, [new QueryLimitError('bodySize', limits.maxBodyBytes)]);
      return;
    }
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unexpected error before GraphQL');
    const message =
      status === 500
        ? 'internal error'
        : err.type === 'entity.parse.failed'
          ? `the request body is not valid JSON: ${err.message ?? ''}`
          : (err.message ?? 'bad request');
    const code = status === 500 ? ErrorCode.InternalServerError : ErrorCode.BadRequest;
    sendErrors(res, [new GraphQLError(message, { extensions: { code, http: { status } } })]);
  };
}
