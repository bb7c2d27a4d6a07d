import { Worker } from 'node:worker_threads';

import type { FloorKey, Vars } from './floor.cypher.js';
import { processCpuSeconds } from './machine.js';

interface JobTiming {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Where in the list of requests the clients start, so rounds do not repeat the same few. */
  offset: number;
}

export type LoadJob =
  | (JobTiming & { kind: 'http'; url: string; bodies: string[] })
  | (JobTiming & {
      kind: 'floor';
      uri: string;
      username: string;
      password: string;
      database: string | undefined;
      query: FloorKey;
      variables: Vars[];
    });

export interface LoadResult {
  /** Milliseconds per request sent after the warm-up. */
  latencies: number[];
  roundTrips: number[];
  errors: number;
  firstError: string | undefined;
  /** Every request answered, warm-up included: what the CPU measured around the run was spent on. */
  completed: number;
  measuredMs: number;
  /** CPU this process (servers and clients) and Neo4j (its JIT compiler aside) spent during the run, warm-up included. */
  cpu?: { appMs: number; neo4jMs: number };
}

export type WorkerRequest = { type: 'run'; job: LoadJob } | { type: 'close' };
export type WorkerReply = { type: 'result'; result: LoadResult } | { type: 'error'; message: string } | { type: 'closed' };

/** Runs load jobs one at a time on the client thread. */
export class LoadRunner {
  private readonly worker = new Worker(new URL('./load.worker.js', import.meta.url));

  private ask(request: WorkerRequest): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (reply: WorkerReply) => {
        this.worker.off('error', onError);
        resolve(reply);
      });
      this.worker.postMessage(request);
    });
  }

  /** Runs a job; with Neo4j's process id, also measures the CPU both sides spent on it. */
  async run(job: LoadJob, neo4jPid?: number): Promise<LoadResult> {
    const appBefore = process.cpuUsage();
    const neo4jBefore = neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid, { withoutJit: true });
    const reply = await this.ask({ type: 'run', job });
    if (reply.type === 'error') throw new Error(`load client failed: ${reply.message}`);
    if (reply.type !== 'result') throw new Error(`unexpected reply from the load client: ${reply.type}`);
    const app = process.cpuUsage(appBefore);
    const neo4jAfter = neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid, { withoutJit: true });
    if (neo4jBefore === undefined || neo4jAfter === undefined) return reply.result;
    return { ...reply.result, cpu: { appMs: (app.user + app.system) / 1000, neo4jMs: (neo4jAfter - neo4jBefore) * 1000 } };
  }

  async close(): Promise<void> {
    await this.ask({ type: 'close' });
    await this.worker.terminate();
  }
}

export interface Summary {
  requests: number;
  /** Every request answered, warm-ups included: some, when `requests` is 0, means each outlasted a measured window. */
  completed: number;
  p50: number;
  p99: number;
  rps: number;
  /** Median round trips per request; NaN when the server did not report them. */
  roundTrips: number;
  errors: number;
  firstError: string | undefined;
  /** CPU ms per request in this process (HTTP clients, and the server under test if any) and in Neo4j. */
  appCpuMs: number;
  neo4jCpuMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Pools the rounds of one candidate: latencies together, throughput over the summed measuring time. */
export function summarize(results: readonly LoadResult[]): Summary {
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const trips = results.flatMap((r) => r.roundTrips).sort((a, b) => a - b);
  const ms = results.reduce((sum, r) => sum + r.measuredMs, 0);
  const completed = results.reduce((sum, r) => sum + r.completed, 0);
  const cpu = (pick: (c: { appMs: number; neo4jMs: number }) => number): number =>
    results.every((r) => r.cpu !== undefined) && completed > 0 ? results.reduce((sum, r) => sum + pick(r.cpu!), 0) / completed : Number.NaN;
  return {
    requests: latencies.length,
    completed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: ms > 0 ? (latencies.length / ms) * 1000 : Number.NaN,
    roundTrips: percentile(trips, 50),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError !== undefined)?.firstError,
    appCpuMs: cpu((c) => c.appMs),
    neo4jCpuMs: cpu((c) => c.neo4jMs),
  };
}
