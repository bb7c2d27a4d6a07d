import { afterEach, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/service/server.js';
import { testDatabase } from '../support/server.js';

/**
 * Graceful shutdown: close() stops accepting connections, lets the requests in flight finish (up to
 * a bound), then closes the rest. A gate in front of Neo4j holds a request in flight on demand.
 */
interface Gated {
  db: Database;
  /** Resolves when a query reached the gate. */
  entered: Promise<void>;
  release(): void;
}

function gatedDatabase(): Gated {
  const db = testDatabase();
  let release!: () => void;
  let enter!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const entered = new Promise<void>((resolve) => (enter = resolve));
  const read = db.read.bind(db);
  db.read = (async (cypher: string, params?: Record<string, unknown>) => {
    enter();
    await gate;
    return read(cypher, params);
  }) as Database['read'];
  return { db, entered, release };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function start(db: Database): Promise<RunningServer> {
  const server = await startServer({ ...loadConfig({}), port: 0 }, db, createLogger('silent'));
  cleanups.push(async () => {
    await server.close(0);
    await db.close();
  });
  return server;
}

const ask = (server: RunningServer): Promise<Response> =>
  fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ treaties { id } }' }),
  });

describe('graceful shutdown', () => {
  it('stops accepting, lets the request in flight finish, then closes', async () => {
    const gated = gatedDatabase();
    const server = await start(gated.db);
    const inFlight = ask(server);
    await gated.entered;
    expect(server.requestsInFlight).toBe(1);

    const closing = server.close(60_000);
    await expect(ask(server)).rejects.toThrow();

    gated.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    const body = (await response.json()) as { data: { treaties: { id: string }[] } };
    expect(body.data.treaties.map((t) => t.id)).toContain('treaty:un-cybercrime-convention');
    expect(await closing).toBe(true);
    expect(server.requestsInFlight).toBe(0);
  });

  it('waits no longer than the grace period for a request that does not finish', async () => {
    const gated = gatedDatabase();
    const server = await start(gated.db);
    const inFlight = ask(server);
    await gated.entered;

    expect(await server.close(200)).toBe(false);
    await expect(inFlight).rejects.toThrow();
    gated.release();
  });
});
