import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, Kind, type FieldNode, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ArgumentValidationError } from 'type-graphql';

import type { QueryLimits } from '../config.js';
import { isTransient } from '../db/failures.js';
import { ErrorCode, ServiceUnavailableError } from '../graph/errors.js';
import { argumentPathOf } from './argument-path.js';
import { QueryLimitError, sendErrors } from './limits.js';

/** Apollo wraps validation errors (and so our limit rules' errors) in its own; the limit is inside. */
function limitErrorOf(error: unknown): QueryLimitError | undefined {
  if (error instanceof QueryLimitError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof QueryLimitError) return error.originalError;
  return undefined;
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
  const holder = args.find((arg) => arg.value.kind === Kind.OBJECT && arg.value.fields.some((f) => f.name.value === property));
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

/** Neo4j ended the transaction at its timeout (TREATY_GRAPH_TX_TIMEOUT_SECONDS). */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

/**
 * A failure of ours rather than of the request: no code of ours or Apollo's, not a limit, not
 * validation, not Neo4j away or over its timeout. formatError hides it behind INTERNAL_SERVER_ERROR;
 * the error-log plugin logs it with the request's id.
 */
export function isUnexpected(error: GraphQLError): boolean {
  if (limitErrorOf(error) !== undefined) return false;
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError || isTransient(original) || isTransactionTimeout(original)) return false;
  if (original instanceof GraphQLError) return false;
  const code = error.extensions.code;
  return code === undefined || code === ErrorCode.InternalServerError;
}

/**
 * Limit errors keep their own code (Apollo would file them under GRAPHQL_VALIDATION_FAILED);
 * an unreachable Neo4j is SERVICE_UNAVAILABLE; a Cypher transaction over its timeout is
 * QUERY_TIMEOUT; errors with a code of ours, or Apollo's own (parse, validation, bad variables),
 * pass through; anything else is hidden behind INTERNAL_SERVER_ERROR. Logging is the error-log
 * plugin's: it has the request's logger, this function does not.
 */
export function formatError(transactionTimeoutSeconds: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = limitErrorOf(error);
    if (limit !== undefined) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, locations: formatted.locations, extensions };
    }
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const node = error instanceof GraphQLError ? (error.nodes?.[0] as FieldNode | undefined) : undefined;
      return badInput(formatted, original, node?.kind === Kind.FIELD ? node : undefined);
    }
    if (isTransient(original)) {
      const unavailable = new ServiceUnavailableError();
      return { ...formatted, message: unavailable.message, extensions: { code: ErrorCode.ServiceUnavailable } };
    }
    if (isTransactionTimeout(original)) {
      return {
        message: `transactionTimeout limit exceeded: the database did not finish within ${transactionTimeoutSeconds} s; ask for less, or try again when the server is less busy`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.QueryTimeout, limit: 'transactionTimeout', max: transactionTimeoutSeconds },
      };
    }
    const code = formatted.extensions?.code;
    if (
      (code === ErrorCode.BadUserInput || code === 'GRAPHQL_VALIDATION_FAILED') &&
      formatted.extensions?.field === undefined &&
      error instanceof GraphQLError
    ) {
      // A bad argument value, as a literal or a variable, is bad input that names its argument.
      const field = argumentPathOf(error);
      if (field !== undefined) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput, field } };
    }
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /introspection is not allowed/i.test(formatted.message)) {
      return { ...formatted, message: 'introspection (__schema, __type) is switched off on this server' };
    }
    if (formatted.extensions?.code !== ErrorCode.InternalServerError) return formatted;
    if (original instanceof GraphQLError && original.path === undefined && original.originalError == null) {
      // Raised on purpose about the request as a whole, without a code ("Must provide operation
      // name…"): the client's mistake, not ours.
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadRequest } };
    }
    if (original instanceof GraphQLError) return formatted;
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
export function httpErrorHandler(limits: QueryLimits): ErrorRequestHandler {
  return (err: HttpError, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err.type === 'entity.too.large') {
      sendErrors(res, [new QueryLimitError('bodySize', limits.maxBodyBytes)]);
      return;
    }
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) req.log.error({ err }, 'unexpected error before GraphQL');
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
