import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrations.js';
import { createLogger } from '../../src/logger.js';
import type { PropValue } from '../../src/ingest/plan.js';
import { SCALES, SyntheticGraphGenerator, type ScaleName } from './generate.js';
import { processCpuSeconds } from './machine.js';

/**
 * A measurement, not a load path: how fast Neo4j's offline importer (`neo4j-admin database import
 * full`, shipped in the embedded launcher's jars) loads the benchmark's synthetic graph into an empty
 * store, with the migrations' constraints and indexes built afterwards. Keeps every part in memory, so
 * it is for 10k and 100k. Run after `npm run build:tools`:
 * `SCALE=100k node dist-tools/tools/bench/import-probe.js`. docs/benchmarks.md gives its figures.
 */
const scale = (process.env.SCALE ?? '100k') as ScaleName;
const storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-import-'));
const csvDir = path.join(storeDir, 'csv');
mkdirSync(csvDir);
mkdirSync(path.join(storeDir, 'conf'));
writeFileSync(path.join(storeDir, 'conf/neo4j.conf'), '');
const t0 = performance.now();
const cpu0 = process.cpuUsage();

const type = (v: PropValue): string | undefined => {
  if (v === null) return undefined;
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) return 'string[]';
  if (neo4j.isDate(v as object)) return 'date';
  throw new Error(`type of ${String(v)}`);
};
const cell = (v: PropValue | undefined): string => {
  if (v === null || v === undefined) return '';
  const text = Array.isArray(v) ? v.join('\u001f') : String(v);
  return `"${text.replace(/"/g, '""')}"`;
};
// Pass 1: every part in memory (a probe only), keys per label/type.
const gen = new SyntheticGraphGenerator(SCALES[scale], 20_241_224);
const nodeKeys = new Map<string, Map<string, string>>();
const relKeys = new Map<string, Map<string, string>>();
const parts = [...gen.parts()];
for (const part of parts) {
  for (const n of part.nodes) {
    const keys = nodeKeys.get(n.label) ?? new Map<string, string>();
    nodeKeys.set(n.label, keys);
    for (const [k, v] of Object.entries(n.props)) {
      const t = type(v);
      if (t !== undefined) keys.set(k, t);
    }
  }
  for (const r of part.rels) {
    const keys = relKeys.get(r.type) ?? new Map<string, string>();
    relKeys.set(r.type, keys);
    for (const [k, v] of Object.entries(r.props)) {
      const t = type(v);
      if (t !== undefined) keys.set(k, t);
    }
  }
}
const files = new Map<string, WriteStream>();
const open = (name: string, header: string): WriteStream => {
  let f = files.get(name);
  if (f === undefined) {
    f = createWriteStream(path.join(csvDir, name));
    f.write(header + '\n');
    files.set(name, f);
  }
  return f;
};
let facts = 0;
for (const part of parts) {
  for (const n of part.nodes) {
    const keys = [...nodeKeys.get(n.label)!];
    open(`n-${n.label}.csv`, ['id:ID', ':LABEL', ...keys.map(([k, t]) => `${k}:${t}`)].join(',')).write(
      [cell(n.id), `Entity;${n.label}`, ...keys.map(([k]) => cell(n.props[k]))].join(',') + '\n',
    );
    facts++;
  }
  for (const r of part.rels) {
    const keys = [...relKeys.get(r.type)!];
    open(`r-${r.type}.csv`, [':START_ID', ':END_ID', ':TYPE', ...keys.map(([k, t]) => `${k}:${t}`)].join(',')).write(
      [cell(r.from), cell(r.to), r.type, ...keys.map(([k]) => cell(r.props[k]))].join(',') + '\n',
    );
    facts++;
  }
}
await Promise.all([...files.values()].map((f) => new Promise((resolve) => f.end(resolve))));
const tCsv = performance.now();
const lib = path.resolve('neo4j-embedded/target/lib');
const args = [
  '-Xmx1g',
  '-cp',
  `${lib}/*`,
  'org.neo4j.cli.AdminTool',
  'database',
  'import',
  'full',
  'neo4j',
  '--overwrite-destination',
  '--multiline-fields=true',
  '--array-delimiter=\u001f',
  '--id-type=string',
  '--threads=2',
  `--report-file=${path.join(storeDir, 'import.report')}`,
  ...[...files.keys()].filter((f) => f.startsWith('n-')).map((f) => `--nodes=${path.join(csvDir, f)}`),
  ...[...files.keys()].filter((f) => f.startsWith('r-')).map((f) => `--relationships=${path.join(csvDir, f)}`),
];
const imp = spawnSync('java', args, {
  env: { ...process.env, NEO4J_HOME: storeDir, NEO4J_CONF: path.join(storeDir, 'conf') },
  encoding: 'utf8',
});
const tImport = performance.now();
console.error(imp.stdout.split('\n').slice(-12).join('\n'), imp.stderr.slice(-2000));
const neo = await startEmbeddedNeo4j({ storeDir, port: 0, heap: '1g', pageCache: '1g', transactionTimeoutSeconds: 600 });
const db = Database.connect({
  uri: neo.uri,
  username: 'neo4j',
  password: '',
  database: undefined,
  transactionTimeoutMs: 600_000,
  logger: createLogger('warn'),
});
try {
  const tStarted = performance.now();
  const w0 = processCpuSeconds(neo.pid)!;
  await migrate(db);
  const tIndexed = performance.now();
  const [count] = await db.read<{ n: { toNumber(): number }; r: { toNumber(): number } }>(
    'MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r',
  );
  const u = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      scale,
      facts,
      nodes: count!.n.toNumber(),
      rels: count!.r.toNumber(),
      csvS: (tCsv - t0) / 1000,
      importS: (tImport - tCsv) / 1000,
      indexS: (tIndexed - tStarted) / 1000,
      totalWithoutStartS: (tCsv - t0 + tImport - tCsv + tIndexed - tStarted) / 1000,
      factsPerS: Math.round(facts / ((tCsv - t0 + tImport - tCsv + tIndexed - tStarted) / 1000)),
      indexNeo4jCpu: processCpuSeconds(neo.pid)! - w0,
      nodeCpu: (u.user + u.system) / 1e6,
      importExit: imp.status,
    }),
  );
} finally {
  await db.close();
  await neo.stop();
  rmSync(storeDir, { recursive: true, force: true });
}
