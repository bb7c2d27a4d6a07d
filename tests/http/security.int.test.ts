import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../support/server.js';

/** What a browser, a forged form or a batching client can and cannot make the API do. */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

async function send(url: string, init: RequestInit): Promise<{ status: number; type: string | null; headers: Headers; body: string }> {
  const response = await fetch(url, init);
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: await response.text() };
}

describe('CSRF prevention', () => {
  it('refuses a GET query sent without a header that forces a preflight', async () => {
    const refused = await send(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/Cross-Site Request Forgery/);

    const allowed = await send(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body)).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('refuses a form POST and a text/plain POST, which browsers send cross-site without asking', async () => {
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
      ['text/plain', JSON.stringify({ query: '{ __typename }' })],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--'],
    ] as const) {
      const refused = await send(api.url, { method: 'POST', headers: { 'content-type': type }, body });
      expect(refused.status, type).toBe(400);
      expect(refused.body, type).toMatch(/Cross-Site Request Forgery/);
    }
  });
});

describe('HTTP surface', () => {
  it('refuses a batch of operations in one request', async () => {
    const response = await send(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/batching/i);
  });

  it('answers malformed JSON with a JSON error, not an HTML page', async () => {
    const response = await send(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/^application\/json/);
    expect(JSON.parse(response.body).errors[0]).toMatchObject({
      message: expect.stringMatching(/^the request body is not valid JSON/),
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('leaves cross-origin reads to the same origin unless origins are configured', async () => {
    const preflight = { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } };
    const closed = await send(api.url, preflight);
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await send(api.url, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();

    const open = await startTestServer({ corsOrigins: ['https://explorer.example.org'] });
    try {
      const allowed = await send(open.url, { ...preflight, headers: { ...preflight.headers, origin: 'https://explorer.example.org' } });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/content-type/);
      const other = await send(open.url, preflight);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe('introspection', () => {
  it('is on by default, and the standard introspection query passes the depth limit', async () => {
    const response = await api.raw({ query: getIntrospectionQuery() });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect((response.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
  });

  it('can be switched off, and then field suggestions no longer reveal the schema', async () => {
    const closed = await startTestServer({ introspection: false });
    try {
      const refused = await closed.raw({ query: getIntrospectionQuery() });
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]).toMatchObject({
        message: 'introspection (__schema, __type) is switched off on this server',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const typo = await closed.raw({ query: '{ documnts { totalCount } }' });
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect((await closed.raw({ query: '{ treaties { id } }' })).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
    // With introspection on, suggestions help.
    expect((await api.raw({ query: '{ documnts { totalCount } }' })).errors?.[0]?.message).toMatch(/Did you mean "documents"/);
  });
});
