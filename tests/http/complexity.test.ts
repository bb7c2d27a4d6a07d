import { readFileSync } from 'node:fs';

import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LIMITS } from '../../src/config.js';
import { operationCost, pageSizeEstimator } from '../../src/http/complexity.js';
import { checkDocument, exceedsTokens } from '../../src/http/limits.js';

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}): number =>
  getComplexity({ schema, query: parse(query), variables, estimators: [pageSizeEstimator] });

describe('cost estimate', () => {
  it('costs a field 1 plus what it selects', () => {
    expect(cost('{ node(id: "org:unodc") { id name } }')).toBe(3);
  });

  it('multiplies by the page size, 20 by default, and counts a page once for nodes and edges', () => {
    expect(cost('{ documents { totalCount } }')).toBe(1 + 20 * 1);
    expect(cost('{ documents(first: 5) { nodes { id } edges { cursor } } }')).toBe(1 + 5 * (2 + 2));
    expect(cost('query($n: Int) { documents(first: $n) { totalCount } }', { n: 50 })).toBe(51);
  });

  it('caps the multiplier at the page-size limit, which the resolver enforces anyway', () => {
    expect(cost('{ documents(first: 100000) { totalCount } }')).toBe(101);
    expect(cost('{ documents(first: -3) { totalCount } }')).toBe(1);
  });

  it('counts a list without `first` as three items, so nested lists multiply', () => {
    expect(cost('{ treaties { id } }')).toBe(1 + 3 * 1);
    // sources { id } = 1 + 3·1 = 4; one level up 1 + 3·4 = 13; then 40; the page multiplies it all.
    expect(cost('{ documents(first: 100) { nodes { sources { sources { sources { id } } } } } }')).toBe(1 + 100 * (1 + 40));
  });

  it('leaves introspection free', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(cost('{ __typename treaties { __typename } }')).toBe(1);
  });
});

describe('cost estimate kept per document', () => {
  it('recomputes when a variable it depends on changes, and only then gives a kept cost', () => {
    const document = parse(`query ($id: ID!, $n: Int, $full: Boolean!) {
      node(id: $id) { id }
      documents(first: $n) { nodes { id sources @include(if: $full) { id } } }
    }`);
    const of = (variables: Record<string, unknown>): number => operationCost(schema, document, undefined, variables);
    const plain = (variables: Record<string, unknown>): number =>
      getComplexity({ schema, query: document, variables, estimators: [pageSizeEstimator] });
    const asked = [
      { id: 'org:unodc', n: 5, full: false },
      { id: 'person:ghada-waly', n: 5, full: false },
      { id: 'org:unodc', n: 50, full: false },
      { id: 'org:unodc', n: 50, full: true },
      { id: 'org:unodc', full: true },
      { id: 'org:unodc', n: null, full: true },
      { id: 'org:unodc', n: 5, full: false },
    ];
    for (const variables of asked) expect(of(variables)).toBe(plain(variables));
    expect(new Set(asked.map(of)).size).toBe(4);
  });
});

describe('document limits', () => {
  it('counts tokens as the parser does, comments excluded', () => {
    expect(exceedsTokens('{ a b c }', 5)).toBe(false);
    expect(exceedsTokens('{ a b c d }', 5)).toBe(true);
    expect(exceedsTokens(`# ${'x '.repeat(100)}\n{ a }`, 3)).toBe(false);
  });

  it('leaves lexical errors to the parser, which reports where they are', () => {
    expect(exceedsTokens('{ a "unterminated', 1000)).toBe(false);
  });

  it('names the limit a document breaks', () => {
    expect(checkDocument('{ __typename }', DEFAULT_LIMITS)).toBeUndefined();
    expect(checkDocument('x'.repeat(15_001), DEFAULT_LIMITS)?.extensions).toMatchObject({ limit: 'documentSize', found: 15_001 });
    expect(checkDocument(`{ ${'a '.repeat(1000)}}`, DEFAULT_LIMITS)?.extensions).toMatchObject({ limit: 'tokens', max: 1000 });
  });
});
