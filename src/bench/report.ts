import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import type { ScaleName } from './generate.js';
import type { Summary } from './load.js';
import type { Machine } from './machine.js';

export type CandidateName = 'ours' | 'floor' | 'peer';

export interface QueryRow {
  key: string;
  title: string;
  indexed: boolean;
  /** Why the query was not run at all (the API lacks it). */
  skipped?: string;
  ours?: Summary;
  floor?: Summary;
  peer?: Summary;
  /** Why the peer has no figures (it cannot express the question, or failed). */
  peerNote?: string;
  /** Whether the three ways gave the same answers on the checked variables, or how they differ. */
  agreement?: string;
}

export interface ScaleReport {
  scale: ScaleName;
  nodes: number;
  relationships: number;
  load: {
    facts: number;
    ms: number;
    transactions: number;
    factsPerSecond: number;
    /** CPU the embedded Neo4j spent on the load (NaN for an external one). */
    neo4jCpuSeconds: number;
    /** CPU this process spent in the bulk path (mostly the driver's encoding); generating the parts is not counted. */
    loaderCpuSeconds: number;
  };
  neo4jMemory: string;
  loadAverage: { before: number; after: number };
  rows: QueryRow[];
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
const ratio = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2));

export function oursOverFloor(row: QueryRow): number | undefined {
  return row.ours !== undefined && row.floor !== undefined ? row.ours.p50 / row.floor.p50 : undefined;
}

export function oursOverPeer(row: QueryRow): number | undefined {
  return row.ours !== undefined && row.peer !== undefined ? row.ours.rps / row.peer.rps : undefined;
}

function mark(ok: boolean | undefined): string {
  return ok === undefined ? '' : ok ? ' ✓' : ' ✗';
}

export function scaleTable(report: ScaleReport): string {
  const header =
    '| query | ours p50 ms | ours p99 ms | ours req/s | ours trips | floor p50 ms | floor p99 ms | floor req/s | floor trips | peer p50 ms | peer p99 ms | peer req/s | peer trips | ours/floor p50 | ours/peer req/s | same answers |';
  const rule = `|${' --- |'.repeat(16)}`;
  const lines = report.rows.map((row) => {
    if (row.skipped !== undefined) return `| ${row.title} | ${row.skipped} |${' |'.repeat(14)}`;
    const cells = (s: Summary | undefined): string[] => [ms(s?.p50), ms(s?.p99), count(s?.rps), s === undefined ? '–' : count(s.roundTrips)];
    const floorRatio = oursOverFloor(row);
    const peerRatio = oursOverPeer(row);
    const peer = row.peer === undefined ? ['–', '–', '–', '–'] : cells(row.peer);
    return [
      `| ${row.title}`,
      ...cells(row.ours),
      ...cells(row.floor),
      ...peer,
      ratio(floorRatio) + mark(floorRatio === undefined ? undefined : floorRatio <= TARGETS.oursOverFloorP50),
      (peerRatio === undefined ? (row.peerNote ?? '–') : ratio(peerRatio)) +
        mark(peerRatio === undefined ? undefined : peerRatio >= 1),
      `${row.agreement ?? '–'} |`,
    ].join(' | ');
  });
  const errors = report.rows.flatMap((row) =>
    (['ours', 'floor', 'peer'] as const)
      .filter((c) => (row[c]?.errors ?? 0) > 0)
      .map((c) => `- ${row.title}, ${c}: ${row[c]!.errors} failed request(s), first: ${row[c]!.firstError}`),
  );
  const notes = report.rows
    .filter((row) => row.peerNote !== undefined && row.peer === undefined && row.skipped === undefined)
    .map((row) => `- peer, ${row.title}: ${row.peerNote}`);
  const load = report.load;
  return [
    `### ${report.scale}: ${count(report.nodes)} nodes, ${count(report.relationships)} relationships`,
    '',
    `Bulk load: ${count(load.facts)} facts (nodes + relationships) in ${(load.ms / 1000).toFixed(1)} s, ` +
      `**${count(load.factsPerSecond)} facts/s**${mark(load.factsPerSecond >= TARGETS.factsPerSecond)} ` +
      `(${load.transactions} transactions). ` +
      (Number.isNaN(load.neo4jCpuSeconds)
        ? ''
        : `CPU: Neo4j ${load.neo4jCpuSeconds.toFixed(1)} s (${count(load.facts / load.neo4jCpuSeconds)} facts per Neo4j CPU-second), ` +
          `loader ${load.loaderCpuSeconds.toFixed(1)} s. `) +
      `Neo4j: ${report.neo4jMemory}. ` +
      `Load average (1 min) before/after the queries: ${report.loadAverage.before} / ${report.loadAverage.after}.`,
    '',
    header,
    rule,
    ...lines,
    ...(notes.length > 0 || errors.length > 0 ? ['', ...notes, ...errors] : []),
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
    `Load: ${s.concurrency} concurrent clients (closed loop) on a worker thread; per query and way, ${s.rounds} round(s) of ` +
      `${s.warmupMs / 1000} s warm-up + ${s.durationMs / 1000 / s.rounds} s measured, the three ways interleaved round by round; ` +
      `seed ${s.seed}. Latencies in ms; trips = median Cypher round trips per request. ✓/✗: target met or missed.`,
    '',
    ...report.scales.flatMap((scale) => [scaleTable(scale), '']),
    growthTable(report.scales),
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
