import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { ErrorCode } from '../errors.js';
import { isIsoDay } from '../../model/partial-date.js';

/** `node` places a bad literal in the query, so the error can name its argument. */
function parse(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isIsoDay(value)) {
    throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      nodes: node,
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
        nodes: ast,
        extensions: { code: ErrorCode.BadUserInput },
      });
    }
    return parse(ast.value, ast);
  },
});
