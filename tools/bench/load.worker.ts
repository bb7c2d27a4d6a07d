import { parentPort } from 'node:worker_threads';

import neo4j, { type Driver } from 'neo4j-driver';
import { Pool } from 'undici';

import { FLOOR, FloorDb } from './floor.cypher.js';
import type { LoadJob, LoadResult, WorkerReply, WorkerRequest } from './load.js';

/**
 * The clients, on a thread of their own so that generating load does not share an event loop with the
 * servers under test. Closed loop: each client sends its next request when the previous one answered.
 */

const pools = new Map<string, Pool>();
const drivers = new Map<string, Driver>();

function poolFor(url: string, connections: number): Pool {
  const key = `${new URL(url).origin}|${connections}`;
  let pool = pools.get(key);
  if (pool === undefined) {
    pool = new Pool(new URL(url).origin, { connections, pipelining: 1 });
    pools.set(key, pool);
  }
  return pool;
}

function driverFor(job: Extract<LoadJob, { kind: 'floor' }>): Driver {
  let driver = drivers.get(job.uri);
  if (driver === undefined) {
    // The same pool size as the API's Database, so neither side is short of connections.
    driver = neo4j.driver(job.uri, neo4j.auth.basic(job.username, job.password), { maxConnectionPoolSize: 50 });
    drivers.set(job.uri, driver);
  }
  return driver;
}

/** One request; resolves to the Cypher round trips it cost. */
type Call = (index: number) => Promise<number>;

function httpCall(job: Extract<LoadJob, { kind: 'http' }>): Call {
  const pool = poolFor(job.url, job.concurrency);
  const path = new URL(job.url).pathname;
  return async (index) => {
    const response = await pool.request({
      path,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: job.bodies[index % job.bodies.length]!,
    });
    const json = (await response.body.json()) as { errors?: { message: string }[]; extensions?: { cypherRoundTrips?: number } };
    if (response.statusCode !== 200 || json.errors !== undefined) {
      throw new Error(`HTTP ${response.statusCode}: ${json.errors?.[0]?.message ?? 'no data'}`);
    }
    return json.extensions?.cypherRoundTrips ?? Number.NaN;
  };
}

function floorCall(job: Extract<LoadJob, { kind: 'floor' }>): Call {
  const driver = driverFor(job);
  const query = FLOOR[job.query];
  return async (index) => {
    const db = new FloorDb(driver, job.database);
    await query(db, job.variables[index % job.variables.length]!);
    return db.roundTrips;
  };
}

async function run(job: LoadJob): Promise<LoadResult> {
  const call = job.kind === 'http' ? httpCall(job) : floorCall(job);
  const latencies: number[] = [];
  const roundTrips: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let completed = 0;
  let next = job.offset;
  const started = performance.now();
  const measureFrom = started + job.warmupMs;
  const end = measureFrom + job.durationMs;

  const client = async (): Promise<void> => {
    for (;;) {
      const sent = performance.now();
      if (sent >= end) return;
      const index = next++;
      try {
        const trips = await call(index);
        completed += 1;
        if (sent >= measureFrom) {
          latencies.push(performance.now() - sent);
          roundTrips.push(trips);
        }
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  return {
    latencies,
    roundTrips,
    errors,
    firstError,
    completed,
    // Requests sent before the end finish after it: measure until the last one answered.
    measuredMs: performance.now() - measureFrom,
  };
}

parentPort!.on('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply): void => parentPort!.postMessage(message);
  if (request.type === 'close') {
    void Promise.all([...pools.values()].map((pool) => pool.close()))
      .then(() => Promise.all([...drivers.values()].map((driver) => driver.close())))
      .then(() => reply({ type: 'closed' }));
    return;
  }
  run(request.job).then(
    (result) => reply({ type: 'result', result }),
    (error: unknown) => reply({ type: 'error', message: (error as Error).stack ?? String(error) }),
  );
});
