import { Writable } from 'node:stream';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';

import { loadConfig, type Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';

/**
 * The request id and the logs, without a database: a synthetic schema whose one field fails the
 * way a bug would (a plain Error), so the server must log it and hide it.
 */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      ok: { type: GraphQLString, resolve: () => 'synthetic ok' },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('synthetic failure inside a resolver');
        },
      },
    },
  }),
});

/** Neo4j is never asked by this schema; /readyz and the neo4j_up gauge get a stand-in. */
const db = { verify: async () => undefined } as unknown as Database;

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  req?: { method: string; url: string; headers: Record<string, string> };
  res?: { statusCode: number; headers: Record<string, string> };
  err?: { message: string };
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function start(env: Record<string, string> = {}): Promise<{ origin: string; lines: LogLine[] }> {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line !== '') lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const config: Config = { ...loadConfig(env), port: 0 };
  const { app } = await createApp({ config, schema, db, logger: createLogger('info', sink) });
  server = createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines };
}

const post = (origin: string, query: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

/** pino writes asynchronously to a stream; the access line follows the response. */
async function linesFor(lines: LogLine[], requestId: string, count: number): Promise<LogLine[]> {
  for (let tries = 0; tries < 100; tries += 1) {
    const found = lines.filter((line) => line.requestId === requestId);
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return lines.filter((line) => line.requestId === requestId);
}

describe('request ids and logs', () => {
  it("carries the caller's x-request-id on the access line, on the error's line and in the response", async () => {
    const { origin, lines } = await start();
    const response = await post(origin, '{ broken }', { 'x-request-id': 'synthetic-request-0001' });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(response.headers.get('x-request-id')).toBe('synthetic-request-0001');

    const mine = await linesFor(lines, 'synthetic-request-0001', 2);
    const error = mine.find((line) => line.msg === 'unexpected error');
    expect(error?.err?.message).toBe('synthetic failure inside a resolver');
    const access = mine.find((line) => line.req !== undefined && line.res !== undefined);
    expect(access).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(access?.msg).toMatch(/^POST \/graphql 200 \d+ms$/);
    // Every line of the request, and only those, carry its id.
    expect(lines.filter((line) => line.msg === 'unexpected error')).toHaveLength(1);
  });

  it('makes an id when the caller sends none, or one that is not sane, and never logs a token', async () => {
    const { origin, lines } = await start();
    const made = await post(origin, '{ ok }', { authorization: 'Bearer synthetic-token-0123456789' });
    const id = made.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [access] = await linesFor(lines, id!, 1);
    expect(access?.req?.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(lines)).not.toContain('synthetic-token-0123456789');

    for (const insane of ['with space', 'x'.repeat(129), '<script>', 'a,b']) {
      const replaced = await post(origin, '{ ok }', { 'x-request-id': insane });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('logs nothing for the probes', async () => {
    const { origin, lines } = await start();
    await fetch(`${origin}/healthz`);
    await fetch(`${origin}/metrics`);
    await post(origin, '{ ok }', { 'x-request-id': 'synthetic-request-after-probes' });
    await linesFor(lines, 'synthetic-request-after-probes', 1);
    expect(lines.filter((line) => line.req !== undefined).map((line) => line.req!.url)).toEqual(['/graphql']);
  });
});

describe('a browser at /graphql', () => {
  it('is sent to the explorer; API clients are not', async () => {
    const { origin } = await start();
    const browser = await fetch(`${origin}/graphql`, {
      redirect: 'manual',
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/explorer');

    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json']) {
      const client = await fetch(`${origin}/graphql?query=%7Bok%7D`, { redirect: 'manual', headers: { accept } });
      expect(client.status, accept).not.toBe(303);
    }
  });
});

describe('/metrics', () => {
  it('counts operations and errors by code', async () => {
    const { origin } = await start();
    await post(origin, '{ ok }');
    await post(origin, '{ ok }');
    await post(origin, '{ broken }');
    await post(origin, '{ nosuchfield }');
    // Refused before Apollo: a document over the token limit, a body that is not JSON.
    await post(origin, `{ ${'ok '.repeat(1500)}}`);
    await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const response = await fetch(`${origin}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('treaty_graph_graphql_operations_total{type="query"} 3');
    expect(text).toContain('treaty_graph_graphql_operations_total{type="unknown"} 1');
    expect(text).toContain('treaty_graph_graphql_errors_total{code="INTERNAL_SERVER_ERROR"} 1');
    expect(text).toContain('treaty_graph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toContain('treaty_graph_graphql_errors_total{code="QUERY_TOO_LARGE"} 1');
    expect(text).toContain('treaty_graph_graphql_errors_total{code="BAD_REQUEST"} 1');
    expect(text).toContain('treaty_graph_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"} 3');
    expect(text).toContain('treaty_graph_http_request_duration_seconds_count{method="POST",route="/graphql",status="400"} 3');
    expect(text).toContain('treaty_graph_neo4j_up 1');
    expect(text).toContain('treaty_graph_graph_ready 1');
    expect(text).toMatch(/^process_cpu_seconds_total /m);
  });

  it('moves to TREATY_GRAPH_METRICS_PATH, or goes away with TREATY_GRAPH_METRICS=false', async () => {
    const moved = await start({ TREATY_GRAPH_METRICS_PATH: '/internal/metrics' });
    expect((await fetch(`${moved.origin}/internal/metrics`)).status).toBe(200);
    expect((await fetch(`${moved.origin}/metrics`)).status).toBe(404);
    await new Promise((resolve) => server?.close(resolve));

    const off = await start({ TREATY_GRAPH_METRICS: 'false' });
    expect((await fetch(`${off.origin}/metrics`)).status).toBe(404);
  });
});
