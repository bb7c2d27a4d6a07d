import type { Config } from '../config.js';
import type { Connection } from '../db/connect.js';
import { firstLine } from '../db/failures.js';
import { neo4jProbe } from '../db/probe.js';
import type { GraphReadiness } from '../db/readiness.js';
import type { Logger } from '../logger.js';

/** What the supervisor needs of a Neo4j process: to hear that it ended, and to end it. */
export interface SupervisedProcess {
  /** Settles when the process has exited, saying how. */
  exited: Promise<string>;
  kill(): void;
}

export interface SupervisorTimings {
  /** Between two liveness probes while Neo4j is up. */
  probeIntervalMs?: number;
  /** Probes failing in a row before a running process counts as hung (and is killed). */
  failuresBeforeDown?: number;
  /** First wait after a failed restart, doubled after each further failure up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface SupervisorOptions extends SupervisorTimings {
  /** The process running now; absent with a Neo4j of someone else's (NEO4J_URI): watched, never restarted. */
  process: SupervisedProcess | undefined;
  /** Starts Neo4j again on the same store; resolves once it accepts connections. */
  restart: (() => Promise<SupervisedProcess>) | undefined;
  /** Resolves when Neo4j answers; rejects when it does not (in time). */
  probe: () => Promise<void>;
  readiness: GraphReadiness;
  logger: Logger;
}

export type SupervisorState = 'up' | 'down' | 'restarting';

export interface Supervisor {
  readonly state: SupervisorState;
  /** Stops watching; a restart in progress is finished first, so its process can be stopped in turn. */
  stop(): Promise<void>;
}

const STOPPED = Symbol('stopped');
const TICK = Symbol('tick');

/**
 * Keeps the embedded Neo4j running: notices when its process exits, or when it stops answering
 * (then kills it), marks the graph not ready so requests get SERVICE_UNAVAILABLE at once instead of
 * waiting out the driver's retries, starts it again on the same store with backoff, and marks the
 * graph ready once it answers. One log line per change of state (down, restarting, ready), instead
 * of the driver's account of every connection it loses. With a remote Neo4j there is nothing to
 * restart: the driver reconnects by itself, as before, and the supervisor only logs the changes.
 */
export function startSupervisor(options: SupervisorOptions): Supervisor {
  const probeIntervalMs = options.probeIntervalMs ?? 5000;
  const failuresBeforeDown = options.failuresBeforeDown ?? 3;
  const initialBackoffMs = options.initialBackoffMs ?? 1000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const { readiness, logger } = options;

  let state: SupervisorState = 'up';
  let stopped = false;
  let wake: () => void = () => {};
  const stoppedSignal = new Promise<typeof STOPPED>((resolve) => {
    wake = () => resolve(STOPPED);
  });
  const sleep = (ms: number): Promise<typeof TICK | typeof STOPPED> => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([new Promise<typeof TICK>((resolve) => (timer = setTimeout(() => resolve(TICK), ms))), stoppedSignal]).finally(() =>
      clearTimeout(timer),
    );
  };

  /** Why Neo4j went down, or STOPPED. */
  async function watch(process: SupervisedProcess | undefined): Promise<string | typeof STOPPED> {
    const exit = process?.exited.then((how) => `process ${how}`) ?? new Promise<never>(() => {});
    let failures = 0;
    for (;;) {
      const woke = await Promise.race([sleep(probeIntervalMs), exit]);
      if (woke === STOPPED) return STOPPED;
      if (woke !== TICK) return woke;
      const answer = await Promise.race([
        options.probe().then(
          () => undefined,
          (error: unknown) => firstLine(error),
        ),
        exit.then((how) => ({ exited: how })),
      ]);
      if (stopped) return STOPPED;
      if (typeof answer === 'object') return answer.exited;
      if (answer === undefined) {
        failures = 0;
      } else if (++failures >= failuresBeforeDown) {
        return `not answering (${failures} probes in a row: ${answer})`;
      }
    }
  }

  /** Probes until Neo4j answers again (a remote one, which the driver reconnects to by itself). */
  async function waitForAnswer(): Promise<typeof STOPPED | undefined> {
    for (;;) {
      if ((await sleep(probeIntervalMs)) === STOPPED) return STOPPED;
      try {
        await options.probe();
        return undefined;
      } catch {
        // Still down: the down line said so once.
      }
    }
  }

  /** Restarts with backoff until a new process answers; undefined once stopped. */
  async function restart(restartProcess: () => Promise<SupervisedProcess>): Promise<SupervisedProcess | undefined> {
    let delayMs = initialBackoffMs;
    for (let attempt = 1; ; attempt += 1) {
      state = 'restarting';
      logger.warn({ neo4j: 'restarting', attempt }, 'Neo4j restarting');
      let started: SupervisedProcess | undefined;
      try {
        started = await restartProcess();
        await options.probe();
        return started;
      } catch (error) {
        if (started !== undefined) {
          started.kill();
          await started.exited;
        }
        logger.warn({ neo4j: 'restart failed', attempt, reason: firstLine(error), retryInMs: delayMs }, 'Neo4j restart failed');
      }
      if ((await sleep(delayMs)) === STOPPED) return undefined;
      delayMs = Math.min(delayMs * 2, maxBackoffMs);
    }
  }

  const running = (async () => {
    let current = options.process;
    while (!stopped) {
      const cause = await watch(current);
      if (cause === STOPPED) return;
      const downAt = Date.now();
      state = 'down';
      logger.warn({ neo4j: 'down', cause }, `Neo4j down: ${cause}`);
      if (options.restart === undefined || current === undefined) {
        if ((await waitForAnswer()) === STOPPED) return;
      } else {
        readiness.markDown('Neo4j restarting');
        // A process that stopped answering may still hold the store's lock: end it first.
        current.kill();
        await current.exited;
        // Not interruptible by stop(): the process it starts must be known before the service stops it.
        const next = await restart(options.restart);
        if (next === undefined) return;
        current = next;
        if (stopped) return;
      }
      state = 'up';
      readiness.markUp();
      logger.info({ neo4j: 'ready', downForMs: Date.now() - downAt }, 'Neo4j ready');
    }
  })();

  return {
    get state() {
      return state;
    },
    async stop() {
      stopped = true;
      wake();
      await running;
    },
  };
}

/**
 * The supervisor of a service's Neo4j: the embedded one restarted when it dies, NEO4J_URI's only
 * watched. Its probe has a driver of its own (see src/db/probe.ts).
 */
export function superviseNeo4j(
  connection: Connection,
  config: Config,
  readiness: GraphReadiness,
  logger: Logger,
  timings: SupervisorTimings & { probeTimeoutMs?: number } = {},
): Supervisor {
  const probe = neo4jProbe({
    uri: connection.uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    timeoutMs: timings.probeTimeoutMs ?? 10_000,
  });
  const supervisor = startSupervisor({
    ...timings,
    process: connection.embedded,
    restart: connection.restartEmbedded,
    probe: () => probe.check(),
    readiness,
    logger,
  });
  return {
    get state() {
      return supervisor.state;
    },
    async stop() {
      await supervisor.stop();
      await probe.close();
    },
  };
}
