import { GraphQLError } from 'graphql';

/** The stable codes clients can switch on (`extensions.code`). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Conflict = 'CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  /** Query limits (src/http/limits.ts); `extensions.limit` names the limit, `extensions.max` its value. */
  QueryTooDeep = 'QUERY_TOO_DEEP',
  TooManyAliases = 'TOO_MANY_ALIASES',
  TooManyDirectives = 'TOO_MANY_DIRECTIVES',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  QueryTooLarge = 'QUERY_TOO_LARGE',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** Neo4j ended the query at the transaction timeout. */
  QueryTimeout = 'QUERY_TIMEOUT',
  BadRequest = 'BAD_REQUEST',
}

/** Bad input, naming the argument or input field at fault (`extensions.field`, a dotted path). */
export class BadInputError extends GraphQLError {
  constructor(field: string, message: string, extensions: Record<string, unknown> = {}) {
    super(`${field}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, field, ...extensions } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(field: string, id: string) {
    super(`${field}: no entity with id "${id}"`, { extensions: { code: ErrorCode.NotFound, field, id } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'writes need a valid bearer token in the Authorization header') {
    super(message, { extensions: { code: ErrorCode.Unauthenticated } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: ErrorCode.Conflict, field } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super('the graph database is not reachable right now; try again shortly', {
      extensions: { code: ErrorCode.ServiceUnavailable, http: { status: 503 } },
    });
  }
}

/** For exhaustive switches: the compiler rejects a missing case, and a runtime surprise is loud. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
