import path from 'node:path';

import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';

export const TRANSACTION_TIMEOUT_MS = 30_000;

export interface Connection {
  db: Database;
  /** Present when this process started its own Neo4j. */
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI, connects to that Neo4j (server, cluster, Aura); without it, starts the embedded one
 * with its store under the data directory. Either way the rest of the code sees the same Database.
 */
export async function connectNeo4j(config: Config, logger: Logger, progress: (line: string) => void): Promise<Connection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (uri === undefined) {
    embedded = await startEmbeddedNeo4j({
      storeDir: path.join(config.dataDir, 'neo4j'),
      port: 0,
      progress,
      transactionTimeoutSeconds: TRANSACTION_TIMEOUT_MS / 1000,
    });
    uri = embedded.uri;
  }
  const db = Database.connect({
    uri,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    transactionTimeoutMs: TRANSACTION_TIMEOUT_MS,
    logger,
  });
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    await embedded?.stop();
    throw new ConfigError('NEO4J_URI', `cannot reach Neo4j at ${uri}: ${(error as Error).message.split('\n')[0]}`);
  }
  return {
    db,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
