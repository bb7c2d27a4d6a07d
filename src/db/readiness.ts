import { Neo4jError } from 'neo4j-driver';

import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { formatSummary, isGraphEmpty, seedGraph } from '../seed/seed.js';
import type { Database } from './database.js';
import { migrate } from './migrations.js';

/**
 * Whether the graph may be queried: false until Neo4j has been reached, migrated and seeded once.
 * Later outages are not tracked here: the driver reconnects by itself, and each query that meets
 * an outage answers SERVICE_UNAVAILABLE on its own.
 */
export class GraphReadiness {
  ready: boolean;
  /** Why the graph is not ready, for /readyz. */
  reason: string;

  constructor(ready = false) {
    this.ready = ready;
    this.reason = ready ? '' : 'connecting to Neo4j';
  }
}

/** Constraints and indexes, then the seed data when the graph holds nothing yet. */
export async function prepareGraph(db: Database, progress: (line: string) => void): Promise<void> {
  await db.verify();
  await migrate(db);
  if (await isGraphEmpty(db)) {
    progress('Empty graph: loading the seed data...');
    progress(formatSummary(await seedGraph(db)));
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * A failure that waiting can cure (Neo4j down, restarting, out of reach) as opposed to one that
 * needs a person (wrong credentials, a database that does not exist, bad seed data).
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE.has(error.code) ||
      error.retriable === true ||
      // Every pooled connection busy for the whole acquisition timeout: overloaded, not broken.
      error.message.startsWith('Connection acquisition timed out'))
  );
}

/** The first line of the driver's reason: its messages run over several lines. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/** Problems of configuration, named after the variable to fix; undefined for anything else. */
export function asConfigError(error: unknown, uri: string): ConfigError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new ConfigError('NEO4J_PASSWORD', `Neo4j at ${uri} refused the credentials of NEO4J_USERNAME: ${firstLine(error)}`);
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ConfigError('NEO4J_DATABASE', `Neo4j at ${uri} has no such database: ${firstLine(error)}`);
  }
  return undefined;
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
        readiness.ready = true;
        readiness.reason = '';
        logger.info({ tries }, 'Neo4j reached: graph migrated and ready');
        return;
      } catch (error) {
        readiness.reason = firstLine(error);
        delayMs = Math.min(delayMs * 2, maxDelayMs);
        logger.warn({ tries, reason: readiness.reason, retryInMs: delayMs }, 'Neo4j not ready; retrying');
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
