import 'reflect-metadata';
// ours and the peer served as in production (graphql-js's production mode), before graphql loads.
import '../src/production-mode.js';

import { parseArgs } from 'node:util';

import { ensureImporterClassArchive } from '../src/db/offline-import.js';
import { createSchema } from '../src/graph/schema.js';
import { createLogger } from '../src/logger.js';
import { DEFAULT_SEED, SCALES, type ScaleName } from './bench/generate.js';
import { LoadRunner } from './bench/load.js';
import { describeMachine } from './bench/machine.js';
import { QUERIES } from './bench/queries.js';
import { renderReport, writeReport, type BenchReport, type ScaleReport } from './bench/report.js';
import { runScale, type BenchSettings } from './bench/run.js';

const USAGE = `npm run bench [-- options]
  --quick               10k nodes only, short runs: a smoke test (prints, writes nothing unless --out)
  --load-only           load each scale and report the load, ask no questions (writes nothing unless --out)
  --scales 10k,100k,1M  which graph sizes (default: all three)
  --load import|bulk    first load through Neo4j's offline importer (default) or the transactional bulk path
                        (always bulk with --uri)
  --queries a,b         which questions (default: all: ${QUERIES.map((q) => q.key).join(', ')})
  --duration S          measured seconds per query and way (default 12; --quick 3)
  --warmup S            warm-up seconds before each measured round (default 1)
  --rounds N            rounds per query, the three ways interleaved (default 3; --quick 1)
  --concurrency N       concurrent clients (default 16)
  --seed N              graph generator seed (default ${DEFAULT_SEED})
  --uri URI             an external, empty Neo4j instead of the embedded one (emptied after each scale)
  --username U --password P --database D   credentials for --uri
  --out FILE            where to write the table (default docs/benchmarks.md; --quick: nowhere)`;

function fail(message: string): never {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) fail(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      scales: { type: 'string' },
      queries: { type: 'string' },
      load: { type: 'string', default: 'import' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      concurrency: { type: 'string' },
      seed: { type: 'string' },
      uri: { type: 'string' },
      username: { type: 'string', default: 'neo4j' },
      password: { type: 'string', default: '' },
      database: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const quick = values.quick;
  const scales = (values.scales?.split(',') ?? (quick ? ['10k'] : Object.keys(SCALES))) as ScaleName[];
  const unknown = scales.find((scale) => !Object.hasOwn(SCALES, scale));
  if (unknown !== undefined) fail(`unknown scale "${unknown}"; choose from ${Object.keys(SCALES).join(', ')}`);
  const keys = values.queries?.split(',') ?? QUERIES.map((q) => q.key);
  const unknownQuery = keys.find((key) => !QUERIES.some((q) => q.key === key));
  if (unknownQuery !== undefined) fail(`unknown query "${unknownQuery}"`);
  const queries = QUERIES.filter((q) => keys.includes(q.key));
  if (values.load !== 'import' && values.load !== 'bulk') fail(`--load must be import or bulk, got "${values.load}"`);
  const settings: BenchSettings = {
    load: values.load,
    concurrency: positive('concurrency', values.concurrency, 16),
    warmupMs: positive('warmup', values.warmup, 1) * 1000,
    durationMs: positive('duration', values.duration, quick ? 3 : 12) * 1000,
    rounds: positive('rounds', values.rounds, quick ? 1 : 3),
    seed: positive('seed', values.seed, DEFAULT_SEED),
    checks: 8,
    ...(values.uri === undefined
      ? {}
      : { external: { uri: values.uri, username: values.username, password: values.password, database: values.database } }),
  };
  const loadOnly = values['load-only'];
  const out = values.out ?? (quick || loadOnly ? undefined : 'docs/benchmarks.md');

  const progress = (line: string): void => {
    process.stderr.write(`bench: ${line}\n`);
  };
  const logger = createLogger('warn');
  const ourSchema = await createSchema();
  const runner = new LoadRunner();
  const startedAt = new Date().toISOString();
  const reports: ScaleReport[] = [];
  let neo4jVersion = 'unknown';
  try {
    // Made once per install, like the launcher's build, and kept out of every scale's load time.
    if (settings.external === undefined && settings.load === 'import') await ensureImporterClassArchive(progress);
    for (const scale of scales) {
      progress(`scale ${scale}: generating and loading about ${SCALES[scale].toLocaleString('en-US')} nodes...`);
      const { neo4jVersion: version, ...report } = await runScale(scale, {
        settings,
        queries: loadOnly ? [] : queries,
        ourSchema,
        runner,
        logger,
        progress,
      });
      neo4jVersion = version;
      reports.push(report);
    }
  } finally {
    await runner.close();
  }
  const report: BenchReport = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: describeMachine(neo4jVersion),
    settings: {
      concurrency: settings.concurrency,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      rounds: settings.rounds,
      seed: settings.seed,
    },
    startedAt,
    finishedAt: new Date().toISOString(),
    scales: reports,
  };
  const text = renderReport(report);
  console.log(text);
  if (out !== undefined) {
    writeReport(out, text);
    progress(`table written to ${out}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
