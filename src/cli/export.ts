import 'reflect-metadata';

import { createWriteStream } from 'node:fs';

import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { EmbeddedNeo4jError } from '../db/embedded.js';
import { exportRelease, ExportRequestError, runExport, type Format, type What } from '../export/export.js';
import { createLogger } from '../logger.js';
import { exitOnUsageError, parseCommandLine } from './args.js';

const USAGE = `usage: npm run export -- --format csv|json|graphml [--what actions|statements|states|graph]
                      [--treaty <id>] [--neighborhood <id> --depth N] [--as-recorded-in <release>] [--out <file>]`;

async function run(): Promise<void> {
  const { values } = parseCommandLine(
    {
      options: {
        format: { type: 'string' },
        what: { type: 'string' },
        treaty: { type: 'string' },
        neighborhood: { type: 'string' },
        depth: { type: 'string' },
        'as-recorded-in': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  if (values.help || values.format === undefined) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const format = values.format as Format;
  const what = (values.what ?? (format === 'csv' ? 'actions' : 'graph')) as What;
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const connection = await connectNeo4j(config, logger, (line) => console.error(line));
  try {
    const asked = values['as-recorded-in'];
    const release = await exportRelease(connection.db, asked === undefined ? null : Number(asked));
    const chunks = await runExport(
      connection.db,
      {
        what,
        format,
        treaty: values.treaty ?? null,
        id: values.neighborhood ?? null,
        depth: values.depth === undefined ? null : Number(values.depth),
        asRecordedIn: release?.id ?? null,
      },
      release,
    );
    if (release !== null) console.error(`as recorded in release ${release.id} (${release.at}, ${release.hash})`);
    const out = values.out === undefined ? process.stdout : createWriteStream(values.out);
    for (const chunk of chunks) out.write(chunk);
    if (out !== process.stdout)
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    if (values.out !== undefined) console.error(`wrote ${values.out}`);
  } finally {
    await connection.close();
  }
}

run().catch((error: unknown) => {
  exitOnUsageError('export', error);
  if (error instanceof ExportRequestError || error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    console.error(`treaty-graph export: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
