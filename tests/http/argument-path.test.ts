import {
  graphql,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  validate,
  type GraphQLError,
} from 'graphql';
import { describe, expect, it } from 'vitest';

import { DateScalar } from '../../src/graph/common/date.scalar.js';
import { argumentPathOf } from '../../src/http/argument-path.js';

const Where = new GraphQLInputObjectType({ name: 'Where', fields: { from: { type: DateScalar } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      f: {
        type: GraphQLInt,
        args: {
          asOf: { type: DateScalar },
          first: { type: GraphQLInt },
          where: { type: Where },
          many: { type: new GraphQLList(new GraphQLNonNull(Where)) },
        },
        resolve: () => 1,
      },
    },
  }),
});

function literalErrors(query: string): readonly GraphQLError[] {
  return validate(schema, parse(query));
}

async function variableErrors(query: string, variableValues: Record<string, unknown>): Promise<readonly GraphQLError[]> {
  return (await graphql({ schema, source: query, variableValues })).errors ?? [];
}

describe('argumentPathOf', () => {
  it('names the argument of a bad literal, nested in objects and lists', () => {
    expect(literalErrors('{ f(asOf: "2025-02-30") }').map(argumentPathOf)).toEqual(['asOf']);
    expect(literalErrors('{ f(where: {from: "2025"}) }').map(argumentPathOf)).toEqual(['where.from']);
    expect(literalErrors('{ f(many: [{from: "2025-01-01"}, {from: 3}]) }').map(argumentPathOf)).toEqual(['many[1].from']);
    expect(literalErrors('{ f(first: "ten") }').map(argumentPathOf)).toEqual(['first']);
  });

  it('names the argument a bad variable is used for', async () => {
    expect((await variableErrors('query Q($d: Date) { f(asOf: $d) }', { d: '2025-02-30' })).map(argumentPathOf)).toEqual(['asOf']);
    expect((await variableErrors('query Q($w: Where) { f(where: $w) }', { w: { from: 'x' } })).map(argumentPathOf)).toEqual(['where.from']);
    expect((await variableErrors('query Q($d: Date) { f(where: {from: $d}) }', { d: 7 })).map(argumentPathOf)).toEqual(['where.from']);
  });

  it('leaves other errors alone', () => {
    expect(literalErrors('{ f(nope: 1) }').map(argumentPathOf)).toEqual([undefined]);
    expect(literalErrors('{ g }').map(argumentPathOf)).toEqual([undefined]);
  });
});
