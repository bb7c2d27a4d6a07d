import path from 'node:path';

import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';
import { asConfigError, firstLine } from './failures.js';

export interface Connection {
  db: Database;
  /** The Bolt URI in use: NEO4J_URI, or the embedded Neo4j's. */
  uri: string;
  /** Present when this process started its own Neo4j: the one running now, replaced on a restart. */
  readonly embedded: EmbeddedNeo4j | undefined;
  /**
   * Present with the embedded Neo4j: starts it again on the same store and the same Bolt port after
   * it died. The same port keeps the URI, so the one driver (held by every request's context) only
   * has to reconnect, as it does after any outage; Neo4j replays its transaction log on start, so
   * what was committed before the crash is there.
   */
  restartEmbedded: (() => Promise<EmbeddedNeo4j>) | undefined;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI, a driver for that Neo4j (server, cluster, Aura); without it, the embedded one
 * started with its store under the data directory. Either way the rest of the code sees the same
 * Database. Nothing is verified here: the driver connects on first use.
 */
export async function openNeo4j(config: Config, logger: Logger, progress: (line: string) => void): Promise<Connection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4jUri;
  const launch = (port: number, onProgress: (line: string) => void): Promise<EmbeddedNeo4j> =>
    startEmbeddedNeo4j({
      storeDir: path.join(config.dataDir, 'neo4j'),
      port,
      progress: onProgress,
      transactionTimeoutSeconds: config.transactionTimeoutSeconds,
    });
  if (uri === undefined) {
    embedded = await launch(0, progress);
    uri = embedded.uri;
  }
  const boltPort = embedded?.port;
  const db = Database.connect({
    uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.transactionTimeoutSeconds * 1000,
    logger,
  });
  return {
    db,
    uri,
    get embedded() {
      return embedded;
    },
    restartEmbedded:
      boltPort === undefined
        ? undefined
        : async () => {
            embedded = await launch(boltPort, () => {});
            return embedded;
          },
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}

/** For one-shot commands (seeding): Neo4j must answer now, or the command stops naming the problem. */
export async function connectNeo4j(config: Config, logger: Logger, progress: (line: string) => void): Promise<Connection> {
  const connection = await openNeo4j(config, logger, progress);
  try {
    await connection.db.verify();
  } catch (error) {
    await connection.close();
    throw (
      asConfigError(error, connection.uri) ?? new ConfigError('NEO4J_URI', `cannot reach Neo4j at ${connection.uri}: ${firstLine(error)}`)
    );
  }
  return connection;
}
