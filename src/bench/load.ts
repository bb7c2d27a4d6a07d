import { Worker } from 'node:worker_threads';

import type { FloorKey, Vars } from './floor.cypher.js';

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
  measuredMs: number;
}

export type WorkerRequest = { type: 'run'; job: LoadJob } | { type: 'close' };
export type WorkerReply =
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string }
  | { type: 'closed' };

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

  async run(job: LoadJob): Promise<LoadResult> {
    const reply = await this.ask({ type: 'run', job });
    if (reply.type === 'error') throw new Error(`load client failed: ${reply.message}`);
    if (reply.type !== 'result') throw new Error(`unexpected reply from the load client: ${reply.type}`);
    return reply.result;
  }

  async close(): Promise<void> {
    await this.ask({ type: 'close' });
    await this.worker.terminate();
  }
}

export interface Summary {
  requests: number;
  p50: number;
  p99: number;
  rps: number;
  /** Median round trips per request; NaN when the server did not report them. */
  roundTrips: number;
  errors: number;
  firstError: string | undefined;
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
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: ms > 0 ? (latencies.length / ms) * 1000 : Number.NaN,
    roundTrips: percentile(trips, 50),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError !== undefined)?.firstError,
  };
}
