import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { StatementsBySpeakerDocument } from '../generated/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Query limits: each refusal names its limit in the message and in `extensions`, before any Cypher runs. */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

/** A selection nested `levels` fields deep: documents > nodes > sources > … > id. */
function nested(levels: number): string {
  let inner = 'id';
  for (let level = 3; level < levels; level += 1) inner = `sources { ${inner} }`;
  return `{ documents(first: 1) { nodes { ${inner} } } }`;
}

describe('query limits', () => {
  it('refuses a query 20 levels deep, naming the depth limit', async () => {
    const response = await api.raw({ query: nested(20) });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.message).toMatch(/^depth limit exceeded: .*20 levels deep, at most 8/);
    expect(response.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 'depth', max: 8, found: 20 });
  });

  it('serves a query exactly 8 levels deep and counts inline fragments as no level', async () => {
    const query = `{ statements(first: 1) { edges { node { speaker { positions { person { nationality { id } } } } } } } }`;
    const ok = await api.raw({ query });
    expect(ok.status).toBe(200);
    expect(ok.errors).toBeUndefined();

    const viaFragment = await api.raw({
      query: `{ node(id: "person:ghada-waly") { ... on Person { positions { person { nationality { sources { id } } } } } } }`,
    });
    expect(viaFragment.errors).toBeUndefined();

    const nine = await api.raw({ query: query.replace('nationality { id }', 'nationality { sources { id } }') });
    expect(nine.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', found: 9 });
  });

  it('refuses an alias bomb, naming the aliases limit', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: treaties { id }`).join(' ');
    const response = await api.raw({ query: `{ ${fields} }` });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/^aliases limit exceeded: the query uses 100 aliases, at most 15/);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_ALIASES', limit: 'aliases', max: 15, found: 100 });
    expect(response.extensions?.cypherRoundTrips).toBe(0);
  });

  it('refuses too many directives, naming the directives limit', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `f${i}: __typename @include(if: true)`).join(' ');
    const response = await api.raw({ query: `{ ${fields} }` });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_DIRECTIVES', limit: 'directives', max: 20, found: 30 });
  });

  it('refuses a query whose nested page sizes multiply past the cost limit', async () => {
    const response = await api.raw({
      query: '{ statements(first: 100) { nodes { sources { sources { sources { sources { id } } } } } } }',
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/^cost limit exceeded: the query's estimated cost is 12201, at most 10000/);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 10_000, found: 12_201 });
  });

  it('counts variables in the cost, and refuses fragments spread into a bomb', async () => {
    const query = 'query($n: Int) { statements(first: $n) { nodes { sources { sources { sources { sources { id } } } } } } }';
    const small = await api.raw({ query, variables: { n: 2 } });
    expect(small.errors).toBeUndefined();
    const large = await api.raw({ query, variables: { n: 100 } });
    expect(large.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', found: 12_201 });

    // Each fragment spreads the next one twice: 2^14 copies of one field from a few hundred characters.
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const bomb = `{ ...F0 } ${fragments.join(' ')} fragment F14 on Query { __typename }`;
    const refused = await api.raw({ query: bomb });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 10_000 });
  });

  it('refuses first: 100000 naming the argument and the page-size limit', async () => {
    const response = await api.raw({ query: '{ documents(first: 100000) { totalCount } }' });
    expect(response.errors?.[0]?.message).toBe('first: must be an integer from 0 to 100 (the pageSize limit), got 100000');
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first', limit: 'pageSize', max: 100 });
  });

  it('refuses a document over 15,000 characters, naming the document size limit', async () => {
    const query = `{ ${'__typename '.repeat(2000)}}`;
    const response = await api.raw({ query });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_LARGE',
      limit: 'documentSize',
      max: 15_000,
      found: query.length,
    });
  });

  it('refuses a document over 1000 tokens, naming the tokens limit', async () => {
    const response = await api.raw({ query: `{ ${'__typename '.repeat(1100)}}` });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('tokens limit exceeded: the document has more than 1000 tokens');
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_LARGE', limit: 'tokens', max: 1000 });
  });

  it('refuses a 1 MB body with a JSON error naming the body size limit', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${'__typename '.repeat(100_000)}}` }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]!.message).toBe('bodySize limit exceeded: the request body is larger than 102400 bytes');
    expect(body.errors[0]!.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limit: 'bodySize', max: 102_400 });
  });

  it('applies the configured limits', async () => {
    const strict = await startTestServer({
      limits: { maxDepth: 3, maxAliases: 1, maxDirectives: 0, maxCost: 50, maxTokens: 50, maxDocumentChars: 200, maxBodyBytes: 2048 },
    });
    try {
      expect((await strict.raw({ query: nested(4) })).errors?.[0]?.extensions).toMatchObject({ limit: 'depth', max: 3 });
      expect(
        (await strict.raw({ query: '{ a: __schema { queryType { name } } b: treaties { id } c: treaties { id } }' })).errors?.[0]
          ?.extensions,
      ).toMatchObject({ limit: 'aliases', max: 1 });
      expect((await strict.raw({ query: '{ documents(first: 100) { totalCount } }' })).errors?.[0]?.extensions).toMatchObject({
        limit: 'cost',
        max: 50,
        found: 101,
      });
      expect((await strict.raw({ query: `{ ${'a '.repeat(60)}}` })).errors?.[0]?.extensions).toMatchObject({ limit: 'tokens', max: 50 });
      expect((await strict.raw({ query: `{ ${' '.repeat(300)}__typename }` })).errors?.[0]?.extensions).toMatchObject({
        limit: 'documentSize',
        max: 200,
      });
      expect((await strict.raw({ query: '{ __typename }', variables: { pad: 'x'.repeat(3000) } })).errors?.[0]?.extensions).toMatchObject({
        limit: 'bodySize',
        max: 2048,
      });
    } finally {
      await strict.close();
    }
  });

  it('serves an everyday query within every limit and reports its cost', async () => {
    const response = await api.exec(StatementsBySpeakerDocument, { speaker: 'person:ghada-waly', first: 50 });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.extensions).toMatchObject({ queryCost: expect.any(Number) });
    expect((response.extensions as { queryCost: number }).queryCost).toBeLessThan(10_000);
  });
});
