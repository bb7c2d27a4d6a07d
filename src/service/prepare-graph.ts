import type { Database } from '../db/database.js';
import { firstLine, publicReason } from '../db/failures.js';
import { migrate, resampleIndexes } from '../db/migrations.js';
import type { GraphReadiness } from '../db/readiness.js';
import { recordBaseline } from '../ingest/release.js';
import { formatSummary, isGraphEmpty, seedGraph } from '../ingest/seed.js';
import type { Logger } from '../logger.js';

/**
 * Constraints and indexes, then the seed data when the graph holds nothing yet (and fresh index
 * statistics for it, so the first queries are planned on them); a graph written before releases were
 * kept gets its baseline release.
 */
export async function prepareGraph(db: Database, progress: (line: string) => void): Promise<void> {
  await db.verify();
  await migrate(db);
  if (await isGraphEmpty(db)) {
    progress('Empty graph: loading the seed data...');
    progress(formatSummary(await seedGraph(db)));
    // Only a help to the planner: a Neo4j whose user may not resample (a managed service) still serves.
    await resampleIndexes(db).catch((error: unknown) => progress(`Index statistics not resampled: ${firstLine(error)}`));
  }
  const baseline = await recordBaseline(db);
  if (baseline !== null) progress(`Graph recorded before releases were kept: baseline release ${baseline.id} (${baseline.hash})`);
}

export interface RetryOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface BackgroundRetry {
  /** Settles when the graph is ready, or when the retry was stopped. */
  readonly done: Promise<void>;
  stop(): void;
}

/**
 * Retries prepareGraph with exponential backoff until it succeeds, then marks the graph ready.
 * Every failure is logged; none stops the retry, since Neo4j may come back or be fixed at any time.
 */
export function retryUntilReady(
  attempt: () => Promise<void>,
  readiness: GraphReadiness,
  logger: Logger,
  options: RetryOptions = {},
): BackgroundRetry {
  const initialDelayMs = options.initialDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  const done = (async () => {
    let delayMs = initialDelayMs;
    for (let tries = 1; !stopped; tries += 1) {
      await sleep(delayMs);
      if (stopped) return;
      try {
        await attempt();
        readiness.markPrepared();
        logger.info({ tries }, 'Neo4j reached: graph migrated and ready');
        return;
      } catch (error) {
        readiness.markWaiting(publicReason(error));
        delayMs = Math.min(delayMs * 2, maxDelayMs);
        logger.warn({ tries, reason: firstLine(error), retryInMs: delayMs }, 'Neo4j not ready; retrying');
      }
    }
  })();
  return {
    done,
    stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
    },
  };
}
