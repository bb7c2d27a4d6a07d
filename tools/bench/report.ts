import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import type { ScaleName } from './generate.js';
import type { Summary } from './load.js';
import type { Machine } from './machine.js';

export type CandidateName = 'ours' | 'floor' | 'driver' | 'peer';

/** The ways, in table order, with what each is. */
export const WAYS: readonly { name: CandidateName; label: string }[] = [
  { name: 'ours', label: 'ours' },
  { name: 'floor', label: 'floor' },
  { name: 'driver', label: 'floor, in-process' },
  { name: 'peer', label: 'peer' },
];

export interface QueryRow {
  key: string;
  title: string;
  indexed: boolean;
  /** Why the query was not run at all (the API lacks it). */
  skipped?: string;
  ours?: Summary;
  /** The hand-written Cypher behind a bare JSON endpoint, over HTTP like ours. */
  floor?: Summary;
  /** The same Cypher called in-process through the driver: no HTTP at all. */
  driver?: Summary;
  peer?: Summary;
  /** Why the peer has no figures (it cannot express the question, or failed). */
  peerNote?: string;
  /** Whether the ways gave the same answers on the checked variables, or how they differ. */
  agreement?: string;
}

export interface ScaleReport {
  scale: ScaleName;
  nodes: number;
  relationships: number;
  load: {
    /** Neo4j's offline importer into the empty store, or the transactional bulk path. */
    way: 'import' | 'bulk';
    facts: number;
    ms: number;
    transactions: number;
    factsPerSecond: number;
    /** CPU the embedded Neo4j spent on the load (NaN for an external one)... */
    neo4jCpuSeconds: number;
    /** ...of which its JIT compiler threads, compiling Neo4j's own code as it warms up. */
    neo4jJitSeconds: number;
    /** CPU this process spent in the bulk path (mostly the driver's encoding) or writing the CSV; generating the parts is not counted. */
    loaderCpuSeconds: number;
    /** For an import: the importer's own process, sampled (its JIT compiler's share apart). */
    importerCpuSeconds?: number;
    importerJitSeconds?: number;
    /** For an import, where its time went (ms): the load time is their sum. */
    phases?: {
      csvMs: number;
      importMs: number;
      /** Neo4j's start until its first answer, on the imported store and on an empty one: only the difference counts. */
      startMs: number;
      emptyStartMs: number;
      indexMs: number;
      leftoverMs: number;
      leftovers: number;
    };
  };
  neo4jMemory: string;
  /**
   * Peak resident memory (MiB, sampled) of this process, which serves ours, the floor and the peer and
   * runs the clients, and of the embedded Neo4j's JVM (undefined for an external one), while loading
   * and while the queries ran.
   */
  peakRss?: { load: PeakRss; queries: PeakRss };
  loadAverage: { before: number; after: number };
  rows: QueryRow[];
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function loadLine(load: ScaleReport['load']): string {
  const rate = `**${count(load.factsPerSecond)} facts/s**${mark(load.factsPerSecond >= TARGETS.factsPerSecond)}`;
  const neo4jCpu = Number.isNaN(load.neo4jCpuSeconds)
    ? ''
    : `Neo4j ${load.neo4jCpuSeconds.toFixed(1)} s (${load.neo4jJitSeconds.toFixed(1)} s of it JIT-compiling Neo4j)`;
  if (load.way === 'bulk' || load.phases === undefined) {
    return (
      `Bulk load (transactional): ${count(load.facts)} facts (nodes + relationships) in ${seconds(load.ms)}, ${rate} ` +
      `(${load.transactions} transactions). ` +
      (neo4jCpu === ''
        ? ''
        : `CPU: ${neo4jCpu.replace(')', `; ${count(load.facts / load.neo4jCpuSeconds)} facts per Neo4j CPU-second)`)}, ` +
          `loader ${load.loaderCpuSeconds.toFixed(1)} s. `)
    );
  }
  const p = load.phases;
  const importer =
    load.importerCpuSeconds === undefined
      ? ''
      : `importer ${load.importerCpuSeconds.toFixed(1)} s (${(load.importerJitSeconds ?? 0).toFixed(1)} s of it JIT), `;
  return (
    `First load (offline import into the empty store): ${count(load.facts)} facts (nodes + relationships) in ${seconds(load.ms)}, ${rate}: ` +
    `CSV ${seconds(p.csvMs)}, import ${seconds(p.importMs)}, Neo4j start until its first answer ${seconds(p.startMs)} (on an empty store ` +
    `${seconds(p.emptyStartMs)}: the difference counts), constraints and indexes ` +
    `${seconds(p.indexMs)}, ${count(p.leftovers)} values the CSV cannot carry ${seconds(p.leftoverMs)}. ` +
    `CPU: ${importer}${neo4jCpu === '' ? '' : `${neo4jCpu} after the start, `}loader (writing CSV) ${load.loaderCpuSeconds.toFixed(1)} s. `
  );
}

export interface PeakRss {
  app: number | undefined;
  neo4j: number | undefined;
}

export interface BenchReport {
  command: string;
  machine: Machine;
  settings: { concurrency: number; warmupMs: number; durationMs: number; rounds: number; seed: number };
  startedAt: string;
  finishedAt: string;
  scales: ScaleReport[];
}

export const TARGETS = { oursOverFloorP50: 1.3, scaleGrowthP50: 2, factsPerSecond: 20_000 } as const;

const ms = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
const count = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '–' : Math.round(value).toLocaleString('en-US');
const mib = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '–' : `${Math.round(value).toLocaleString('en-US')} MiB`;
const ratio = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2));

export function oursOverFloor(row: QueryRow): number | undefined {
  return row.ours !== undefined && row.floor !== undefined ? row.ours.p50 / row.floor.p50 : undefined;
}

export function oursOverDriver(row: QueryRow): number | undefined {
  return row.ours !== undefined && row.driver !== undefined ? row.ours.p50 / row.driver.p50 : undefined;
}

export function oursOverPeer(row: QueryRow): number | undefined {
  return row.ours !== undefined && row.peer !== undefined && row.peer.requests > 0 ? row.ours.rps / row.peer.rps : undefined;
}

/** A way none of whose requests was both sent and answered inside a measured window. */
const tooSlow = (s: Summary | undefined): boolean => s !== undefined && s.requests === 0 && s.errors === 0;

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '' : ok ? ' ✓' : ' ✗';
}

export function scaleTable(report: ScaleReport): string {
  const measured = report.rows.filter((row) => row.skipped === undefined);
  const wayLines = measured.flatMap((row) =>
    WAYS.filter((way) => row[way.name] !== undefined).map((way, index) => {
      const s = row[way.name]!;
      return `| ${index === 0 ? row.title : ''} | ${way.label} | ${ms(s.p50)} | ${ms(s.p99)} | ${count(s.rps)} | ${count(s.roundTrips)} | ${ms(s.appCpuMs)} | ${ms(s.neo4jCpuMs)} |`;
    }),
  );
  const ratioLines = measured.map((row) => {
    const floorRatio = oursOverFloor(row);
    const peerRatio = oursOverPeer(row);
    const peerCell = tooSlow(row.peer)
      ? `the peer answered none inside a measured window${mark((row.ours?.requests ?? 0) > 0)}`
      : (peerRatio === undefined ? (row.peerNote ?? '–') : ratio(peerRatio)) + mark(peerRatio === undefined ? undefined : peerRatio >= 1);
    return [
      `| ${row.title}`,
      ratio(floorRatio) + mark(floorRatio === undefined ? undefined : floorRatio <= TARGETS.oursOverFloorP50),
      ratio(oursOverDriver(row)),
      peerCell,
      `${row.agreement ?? '–'} |`,
    ].join(' | ');
  });
  const skipped = report.rows.filter((row) => row.skipped !== undefined).map((row) => `- ${row.title}: ${row.skipped}`);
  const slow = measured.flatMap((row) =>
    WAYS.filter((way) => tooSlow(row[way.name])).map((way) => {
      const s = row[way.name]!;
      return (
        `- ${row.title}, ${way.label}: no request was both sent and answered inside a measured window; ` +
        `${s.completed} answered in all, warm-ups included, each outlasting a window (Neo4j CPU ${ms(s.neo4jCpuMs)} ms per request).`
      );
    }),
  );
  const errors = measured.flatMap((row) =>
    WAYS.filter((way) => (row[way.name]?.errors ?? 0) > 0).map(
      (way) => `- ${row.title}, ${way.label}: ${row[way.name]!.errors} failed request(s), first: ${row[way.name]!.firstError}`,
    ),
  );
  const load = report.load;
  return [
    `### ${report.scale}: ${count(report.nodes)} nodes, ${count(report.relationships)} relationships`,
    '',
    loadLine(load) +
      `Neo4j: ${report.neo4jMemory}. ` +
      `Load average (1 min) before/after the queries: ${report.loadAverage.before} / ${report.loadAverage.after}.`,
    '',
    ...(report.peakRss === undefined
      ? []
      : [
          `Peak memory (RSS): while loading, this process ${mib(report.peakRss.load.app)}, Neo4j ${mib(report.peakRss.load.neo4j)}; ` +
            `while the queries ran, this process ${mib(report.peakRss.queries.app)} (the API server, the floor, the peer and the ` +
            `load clients share it), Neo4j ${mib(report.peakRss.queries.neo4j)}.`,
          '',
        ]),
    '| query | way | p50 ms | p99 ms | req/s | trips | CPU ms/req, app | CPU ms/req, Neo4j |',
    `|${' --- |'.repeat(8)}`,
    ...wayLines,
    '',
    `| query | ours/floor p50 (target ≤ ${TARGETS.oursOverFloorP50}) | ours/floor in-process p50 | ours/peer req/s (target ≥ 1) | same answers |`,
    `|${' --- |'.repeat(5)}`,
    ...ratioLines,
    ...(skipped.length + slow.length + errors.length > 0 ? ['', ...skipped, ...slow, ...errors] : []),
  ].join('\n');
}

/** p50 of ours at each scale and the growth from the smallest to the largest, for indexed queries. */
export function growthTable(scales: readonly ScaleReport[]): string {
  if (scales.length < 2) return '';
  const first = scales[0]!;
  const last = scales[scales.length - 1]!;
  const keys = first.rows.filter((row) => row.ours !== undefined).map((row) => row.key);
  const lines = keys.map((key) => {
    const rows = scales.map((s) => s.rows.find((row) => row.key === key));
    const growth = (rows.at(-1)?.ours?.p50 ?? Number.NaN) / (rows[0]?.ours?.p50 ?? Number.NaN);
    const indexed = rows[0]!.indexed;
    return `| ${rows[0]!.title} | ${rows.map((row) => ms(row?.ours?.p50)).join(' | ')} | ${ratio(growth)}${
      indexed && Number.isFinite(growth) ? mark(growth <= TARGETS.scaleGrowthP50) : ''
    } | ${indexed ? 'yes' : 'no'} |`;
  });
  return [
    `### How ours grows: p50 (ms) by scale`,
    '',
    `| query | ${scales.map((s) => s.scale).join(' | ')} | ${last.scale}/${first.scale} | indexed |`,
    `|${' --- |'.repeat(scales.length + 3)}`,
    ...lines,
  ].join('\n');
}

/** Peak resident memory of this process and of Neo4j at each scale, beside the memory Neo4j was given. */
export function memoryTable(scales: readonly ScaleReport[]): string {
  const measured = scales.filter((s) => s.peakRss !== undefined);
  if (measured.length === 0) return '';
  return [
    '### Peak memory (RSS) by scale',
    '',
    '| scale | this process, load | this process, queries | Neo4j, load | Neo4j, queries | Neo4j given |',
    `|${' --- |'.repeat(6)}`,
    ...measured.map((s) => {
      const m = s.peakRss!;
      return `| ${s.scale} | ${mib(m.load.app)} | ${mib(m.queries.app)} | ${mib(m.load.neo4j)} | ${mib(m.queries.neo4j)} | ${s.neo4jMemory} |`;
    }),
  ].join('\n');
}

export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const s = report.settings;
  return [
    `Run ${report.startedAt} to ${report.finishedAt}.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j}.`,
    '',
    `Command: \`${report.command}\``,
    '',
    `Load: ${s.concurrency} concurrent clients (closed loop) on a worker thread; per query and way, an unmeasured warm-up pass, then ` +
      `${s.rounds} round(s) of ${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000 / s.rounds} s measured, the ways interleaved ` +
      `round by round; seed ${s.seed}. trips = median Cypher round trips per request. CPU per request (warm-up included): "app" is ` +
      `this process (the load clients, plus the server under test for ours, the floor and the peer), "Neo4j" is Neo4j without its ` +
      `JIT compiler threads; unlike wall time, it does not grow when other work shares the cores. ✓/✗: target met or missed.`,
    '',
    ...report.scales.flatMap((scale) => [scaleTable(scale), '']),
    growthTable(report.scales),
    '',
    memoryTable(report.scales),
  ].join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the generated part of docs/benchmarks.md, keeping the notes written around it. */
export function writeReport(file: string, body: string): void {
  const block = `${START}\n${body.trim()}\n${END}`;
  if (!existsSync(file)) {
    writeFileSync(file, `# Benchmarks\n\n${block}\n`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    writeFileSync(file, `${text.trimEnd()}\n\n${block}\n`);
    return;
  }
  writeFileSync(file, text.slice(0, start) + block + text.slice(end + END.length));
}
