import 'reflect-metadata';

import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { EmbeddedNeo4jError } from '../db/embedded.js';
import { migrate } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import { SeedValidationError } from '../ingest/read.js';
import { formatSummary, seedGraph } from '../ingest/seed.js';
import { exitOnUsageError, parseCommandLine } from './args.js';

const USAGE = `usage: npm run seed [-- --dry-run]
  loads seeds/ into the configured Neo4j (NEO4J_URI, or the embedded one); --dry-run reports what would change`;

/** `npm run seed [-- --dry-run]`: validates and loads seeds/ into the configured Neo4j. */
async function run(): Promise<void> {
  const { values } = parseCommandLine(
    { options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } },
    USAGE,
  );
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  const dryRun = values['dry-run'];
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const connection = await connectNeo4j(config, logger, (line) => console.error(line));
  try {
    await migrate(connection.db);
    const summary = await seedGraph(connection.db, {
      dryRun,
      progress: (done, total, what) => {
        process.stderr.write(`\r  writing ${what}: ${done}/${total}${done === total ? '\n' : ''}`);
      },
    });
    console.log(formatSummary(summary));
  } finally {
    await connection.close();
  }
}

run().catch((error: unknown) => {
  exitOnUsageError('seed', error);
  if (error instanceof SeedValidationError || error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
