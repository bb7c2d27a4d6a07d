import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { createLogger } from '../../src/logger.js';
import { startService, type Service } from '../../src/service/startup.js';

/**
 * Neo4j faults, on a Neo4j of this test's own (the shared one must stay up for the other files):
 * down when the server starts, then up, then stopped and restarted under the same running server.
 */
const storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-faults-'));
const lines: string[] = [];
let neo4j: EmbeddedNeo4j | undefined;
let service: Service | undefined;
let port = 0;

afterAll(async () => {
  await service?.stop(1000);
  await neo4j?.stop();
  rmSync(storeDir, { recursive: true, force: true });
});

/** A port nobody listens on yet; Neo4j is started on it later, and again after a stop. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

function startNeo4j(): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({ storeDir, port, heap: '512m', pageCache: '64m' });
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(query: string): Promise<Answer> {
  const response = await fetch(service!.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

async function readyz(): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(service!.server.url.replace(/\/graphql$/, '/readyz'));
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

const CONVENTION = '{ treaty(id: "treaty:un-cybercrime-convention") { id name } }';

function expectUnavailable(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe('5');
  expect(answer.body.errors?.[0]).toMatchObject({
    message: 'the graph database is not reachable right now; try again shortly',
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}

describe('Neo4j faults', () => {
  it('starts while Neo4j is down: serving, not ready, GraphQL SERVICE_UNAVAILABLE', async () => {
    port = await freePort();
    const config = { ...loadConfig({}), neo4jUri: `bolt://127.0.0.1:${port}`, port: 0 };
    service = await startService(config, createLogger('silent'), (line) => lines.push(line), {
      initialDelayMs: 200,
      maxDelayMs: 1000,
    });
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^NEO4J_URI: cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}: .+; serving http://localhost:\\d+/graphql, not ready, retrying$`,
        ),
      ),
    ]);

    const health = await fetch(service.server.url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('unavailable');
    expect(ready.body.reason).not.toBe('');

    expectUnavailable(await ask(CONVENTION));
    // The schema needs no database: explorers can load it meanwhile.
    const schema = await ask('{ __schema { queryType { name } } }');
    expect(schema.status).toBe(200);
    expect(schema.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('connects, migrates and seeds by itself once Neo4j comes up', async () => {
    neo4j = await startNeo4j();
    await service!.ready;
    expect(service!.readiness.ready).toBe(true);
    expect(lines).toContain('Empty graph: loading the seed data...');
    expect(lines.at(-1)).toMatch(/^Neo4j reached at bolt:\/\/127\.0\.0\.1:\d+: GraphQL ready at http:\/\/localhost:\d+\/graphql$/);

    expect((await readyz()).status).toBe(200);
    const answer = await ask(CONVENTION);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      treaty: { id: 'treaty:un-cybercrime-convention', name: 'United Nations Convention against Cybercrime' },
    });
  }, 600_000);

  it('answers SERVICE_UNAVAILABLE while Neo4j is stopped, and recovers without a restart once it is back', async () => {
    const { port: httpPort } = service!.server;
    await neo4j!.stop();
    neo4j = undefined;

    expectUnavailable(await ask(CONVENTION));
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('unavailable');
    expect((await fetch(service!.server.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);

    neo4j = await startNeo4j();
    // The driver reconnects on its next use; the first query after the restart may still meet a
    // connection of the old pool, so allow a few tries.
    let answer = await ask(CONVENTION);
    for (let tries = 1; answer.status !== 200 && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await ask(CONVENTION);
    }
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ treaty: { id: 'treaty:un-cybercrime-convention' } });
    expect((await readyz()).status).toBe(200);
    expect(service!.server.port).toBe(httpPort);
  }, 600_000);
});
