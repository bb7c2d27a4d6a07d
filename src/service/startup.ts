import { ConfigError, type Config } from '../config.js';
import { openNeo4j, type Connection } from '../db/connect.js';
import { GraphReadiness } from '../db/readiness.js';
import { prepareGraph, retryUntilReady, type BackgroundRetry, type RetryOptions } from './prepare-graph.js';
import { asConfigError, firstLine, isTransient, publicReason } from '../db/failures.js';
import type { Logger } from '../logger.js';
import { startServer, type RunningServer } from './server.js';
import { superviseNeo4j, type Supervisor, type SupervisorTimings } from './supervisor.js';

export interface Service {
  server: RunningServer;
  connection: Connection;
  readiness: GraphReadiness;
  /** Watches Neo4j: restarts the embedded one when it dies, logs the outages of a remote one. */
  supervisor: Supervisor;
  /** Settles once the graph is ready (at once when Neo4j answered at start). */
  ready: Promise<void>;
  /** Stops retrying, drains HTTP, then closes the driver and the embedded Neo4j. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Brings the service up. Neo4j answering: migrate, seed an empty graph, then serve. Neo4j out of
 * reach: serve at once (health up, not ready, GraphQL SERVICE_UNAVAILABLE), say so in one line,
 * and keep trying in the background; once it answers, migrate, seed and become ready. Problems a
 * wait cannot cure (bad credentials, a port in use) stop the start with a ConfigError.
 */
export async function startService(
  config: Config,
  logger: Logger,
  progress: (line: string) => void,
  retry: RetryOptions = {},
  supervision: SupervisorTimings & { probeTimeoutMs?: number } = {},
): Promise<Service> {
  const connection = await openNeo4j(config, logger, progress);
  const readiness = new GraphReadiness();
  let unreachable: unknown;
  try {
    await prepareGraph(connection.db, progress);
    readiness.markPrepared();
  } catch (error) {
    if (!isTransient(error)) {
      await connection.close();
      throw asConfigError(error, connection.uri) ?? error;
    }
    unreachable = error;
    readiness.markWaiting(publicReason(error));
  }

  const server = await startServer(config, connection.db, logger, { readiness }).catch(async (error: NodeJS.ErrnoException) => {
    await connection.close();
    throw error.code === 'EADDRINUSE' ? new ConfigError('PORT', `port ${config.port} is already in use`) : error;
  });

  // From here on a Neo4j that dies (or, embedded, stops answering) is noticed and, embedded, restarted.
  const supervisor = superviseNeo4j(connection, config, readiness, logger, supervision);

  let background: BackgroundRetry | undefined;
  if (readiness.ready) {
    progress(`GraphQL ready at ${server.url}`);
  } else {
    progress(`NEO4J_URI: cannot reach Neo4j at ${connection.uri}: ${firstLine(unreachable)}; serving ${server.url}, not ready, retrying`);
    background = retryUntilReady(() => prepareGraph(connection.db, progress), readiness, logger, retry);
    void background.done.then(() => {
      if (readiness.ready) progress(`Neo4j reached at ${connection.uri}: GraphQL ready at ${server.url}`);
    });
  }

  let stopping: Promise<void> | undefined;
  return {
    server,
    connection,
    readiness,
    supervisor,
    ready: background?.done ?? Promise.resolve(),
    stop(graceMs) {
      stopping ??= (async () => {
        background?.stop();
        // Before Neo4j is stopped on purpose, so that its exit is not taken for a crash.
        await supervisor.stop();
        await server.close(graceMs);
        // Closing the driver also ends a migration or seeding attempt still running.
        await connection.close();
        await background?.done;
      })();
      return stopping;
    },
  };
}
