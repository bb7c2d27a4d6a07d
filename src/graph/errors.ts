import { GraphQLError } from 'graphql';

/** The stable codes clients can switch on (`extensions.code`). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  Conflict = 'CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** Bad input, naming the argument or input field at fault (`extensions.field`, a dotted path). */
export class BadInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, field } });
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
      extensions: { code: ErrorCode.ServiceUnavailable },
    });
  }
}

/** For exhaustive switches: the compiler rejects a missing case, and a runtime surprise is loud. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
