import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { startService, type Service } from '../../src/service/startup.js';

/**
 * The embedded Neo4j killed as the kernel's OOM killer would (SIGKILL), under a running server of
 * this test's own, with its own store: the run's shared Neo4j must stay up for the other files.
 */
const TOKEN = 'synthetic-supervisor-token-0123456789';
const dataDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-supervisor-'));
const logLines: string[] = [];
let service: Service;

beforeAll(async () => {
  const config = { ...loadConfig({ TREATY_GRAPH_TOKENS: TOKEN, TREATY_GRAPH_DATA_DIR: dataDir }), port: 0 };
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  );
  service = await startService(config, logger, () => {}, {}, { probeIntervalMs: 500 });
}, 600_000);

afterAll(async () => {
  await service?.stop(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(service.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

async function readyz(): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(service.server.url.replace(/\/graphql$/, '/readyz'));
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

const DOC_ID = 'doc:synthetic-written-before-the-crash';
const READ_DOC = 'query Doc($id: ID!) { node(id: $id) { id ... on Document { title } } }';

describe('the supervised embedded Neo4j', () => {
  it('restarts a killed Neo4j on the same store: 503 while down, then the data again, a write made before the kill included', async () => {
    const written = await ask(
      'mutation Write($input: CreateDocumentInput!) { createDocument(input: $input) { id title } }',
      { input: { id: DOC_ID, kind: 'OTHER', title: 'Synthetic document written before the crash' } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(written.body.errors).toBeUndefined();
    expect((await ask(READ_DOC, { id: DOC_ID })).body.data).toEqual({
      node: { id: DOC_ID, title: 'Synthetic document written before the crash' },
    });
    const { port: httpPort } = service.server;
    const firstPid = service.connection.embedded!.pid;

    process.kill(firstPid, 'SIGKILL');
    for (let waited = 0; service.supervisor.state === 'up'; waited += 1) {
      if (waited > 600) throw new Error('the supervisor did not notice the kill');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const down = await ask(READ_DOC, { id: DOC_ID });
    expect(down.status).toBe(503);
    expect(down.retryAfter).toBe('5');
    expect(down.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const notReady = await readyz();
    expect(notReady).toEqual({ status: 503, body: { status: 'unavailable', reason: 'Neo4j restarting' } });
    expect((await fetch(service.server.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);

    // Ready again by itself: no request and no restart of the server needed.
    let ready = await readyz();
    for (let tries = 0; ready.status !== 200 && tries < 600; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ready = await readyz();
    }
    expect(ready).toEqual({ status: 200, body: { status: 'ready' } });
    expect(service.connection.embedded!.pid).not.toBe(firstPid);
    expect(service.server.port).toBe(httpPort);

    const after = await ask(READ_DOC, { id: DOC_ID });
    expect(after.status).toBe(200);
    expect(after.body.data).toEqual({ node: { id: DOC_ID, title: 'Synthetic document written before the crash' } });
    expect((await ask('{ treaty(id: "treaty:un-cybercrime-convention") { id } }')).body.data).toEqual({
      treaty: { id: 'treaty:un-cybercrime-convention' },
    });

    // One line per change of state (the web build may be missing when only the service was built),
    // instead of the driver's account of every connection it lost.
    // Access-log lines (one per request, with its response) are the access log's business, not the supervisor's.
    const entries = (logLines.map((line) => JSON.parse(line)) as { level: number; msg?: string; res?: unknown }[]).filter(
      (entry) => entry.res === undefined,
    );
    expect(entries.filter((entry) => entry.level >= 40 && !/^web build missing/.test(entry.msg ?? '')).map((entry) => entry.msg)).toEqual([
      'Neo4j down: process killed by SIGKILL',
      'Neo4j restarting',
    ]);
    expect(entries.filter((entry) => entry.msg?.startsWith('Neo4j ')).map((entry) => entry.msg)).toEqual([
      'Neo4j down: process killed by SIGKILL',
      'Neo4j restarting',
      'Neo4j ready',
    ]);
  }, 600_000);
});
