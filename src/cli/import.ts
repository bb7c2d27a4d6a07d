import 'reflect-metadata';

import { readFileSync, statSync } from 'node:fs';

import cliProgress from 'cli-progress';

import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { EmbeddedNeo4jError } from '../db/embedded.js';
import { migrate } from '../db/migrations.js';
import { importBundle } from '../import/bundle.import.js';
import { ImportError } from '../import/problems.js';
import { importUntcTable } from '../import/untc.import.js';
import { createLogger } from '../logger.js';
import type { ApplyOptions } from '../ingest/apply.js';
import { SeedValidationError } from '../ingest/read.js';
import { formatSummary } from '../ingest/seed.js';
import { exitOnUsageError, parseCommandLine, UsageError } from './args.js';

const USAGE = `usage: npm run import -- <file> [--dry-run]
  <file>.csv             a treaty-status table as the UN Treaty Collection prints it
                         [--treaty <id>] (default treaty:un-cybercrime-convention)
                         [--title <text>] [--url <url>] [--published <YYYY[-MM[-DD]]>] for the table's document
  <dir> or <file>.json   records in the seeds format (a folder of seed files, or one object keyed by file name)`;

/** A bar on stderr for writes large enough to take a while; small ones print only the summary. */
function progressBar(): { options: ApplyOptions['progress']; stop(): void } {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '  writing {what} [{bar}] {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let what = '';
  return {
    options: (done, total, kind) => {
      if (total < 200) return;
      if (kind !== what) {
        if (what !== '') bar.stop();
        what = kind;
        bar.start(total, 0, { what });
      }
      bar.update(done, { what });
    },
    stop: () => bar.stop(),
  };
}

async function run(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        treaty: { type: 'string', default: 'treaty:un-cybercrime-convention' },
        title: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  const file = positionals[0];
  if (values.help) {
    console.error(USAGE);
    process.exit(0);
  }
  if (file === undefined || positionals.length > 1) {
    throw new UsageError(file === undefined ? 'name the file to import' : `one file at a time, got ${positionals.length}`, USAGE);
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const connection = await connectNeo4j(config, logger, (line) => console.error(line));
  const bar = progressBar();
  try {
    await migrate(connection.db);
    const options = { dryRun: values['dry-run'], progress: bar.options };
    if (statSync(file).isFile() && file.toLowerCase().endsWith('.csv')) {
      const summary = await importUntcTable(connection.db, readFileSync(file, 'utf8'), {
        ...options,
        file,
        treaty: values.treaty,
        title: values.title,
        url: values.url,
        published: values.published,
      });
      bar.stop();
      console.log(`${file}: ${summary.rows} participant rows, ${summary.actions} actions, cited to ${summary.documentId}`);
      console.log(formatSummary(summary, 'Import summary:'));
    } else {
      const summary = await importBundle(connection.db, file, options);
      bar.stop();
      console.log(formatSummary(summary, 'Import summary:'));
    }
  } finally {
    bar.stop();
    await connection.close();
  }
}

run().catch((error: unknown) => {
  exitOnUsageError('import', error);
  if (
    error instanceof ImportError ||
    error instanceof SeedValidationError ||
    error instanceof ConfigError ||
    error instanceof EmbeddedNeo4jError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
