import 'reflect-metadata';

import { ConfigError, loadConfig } from './config.js';
import { connectNeo4j } from './db/connect.js';
import { EmbeddedNeo4jError } from './db/embedded.js';
import { migrate } from './db/migrations.js';
import { createLogger } from './logger.js';
import { formatSummary, isGraphEmpty, seedGraph } from './seed/seed.js';
import { startServer } from './server.js';

/** Progress for the person at the terminal; structured logs go to stdout. */
const progress = (line: string): void => {
  process.stderr.write(`treaty-graph: ${line}\n`);
};

async function main(): Promise<void> {
  // 1. Configuration, validated before anything starts.
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  // 2. Neo4j: the embedded one unless NEO4J_URI names another.
  const connection = await connectNeo4j(config, logger, progress);

  // 3. Constraints and indexes, then the seed data on an empty graph only.
  await migrate(connection.db);
  if (await isGraphEmpty(connection.db)) {
    progress('Empty graph: loading the seed data...');
    progress(formatSummary(await seedGraph(connection.db)));
  }

  // 4. HTTP.
  const server = await startServer(config, connection.db, logger).catch(async (error: NodeJS.ErrnoException) => {
    await connection.close();
    throw error.code === 'EADDRINUSE' ? new ConfigError('PORT', `port ${config.port} is already in use`) : error;
  });
  progress(`GraphQL ready at ${server.url}`);

  // 5. Shut down in order on a signal: stop taking requests, finish those in flight, close Neo4j.
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    progress(`${signal}: shutting down...`);
    await server.close();
    await connection.close();
    progress('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    process.stderr.write(`treaty-graph: ${error.message}\n`);
  } else {
    process.stderr.write(`treaty-graph: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
