import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { ErrorCode } from '../errors.js';
import { isIsoDay } from './partial-date.js';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDay(value)) {
    throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: ErrorCode.BadUserInput },
    });
  }
  return value;
}

/** A calendar day, YYYY-MM-DD (ISO 8601), with no time and no time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day written YYYY-MM-DD (ISO 8601), without time or time zone.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', {
        extensions: { code: ErrorCode.BadUserInput },
      });
    }
    return parse(ast.value);
  },
});
