import { describe, expect, it } from 'vitest';

import { memoryTable, scaleTable, type ScaleReport } from '../../../tools/bench/report.js';

function scale(name: ScaleReport['scale'], peakRss?: ScaleReport['peakRss']): ScaleReport {
  return {
    scale: name,
    nodes: 1000,
    relationships: 3000,
    load: {
      way: 'bulk',
      facts: 4000,
      ms: 2000,
      transactions: 4,
      factsPerSecond: 2000,
      neo4jCpuSeconds: 3,
      neo4jJitSeconds: 1,
      loaderCpuSeconds: 0.5,
    },
    neo4jMemory: 'embedded, heap 1g, page cache 512m',
    loadAverage: { before: 1, after: 2 },
    rows: [],
    ...(peakRss === undefined ? {} : { peakRss }),
  };
}

describe('bench report', () => {
  it('gives an offline first load with its phases, counting only what the import adds to a start on an empty store', () => {
    const report = scale('100k');
    report.load = {
      ...report.load,
      way: 'import',
      ms: 19_000,
      factsPerSecond: 20_000,
      importerCpuSeconds: 11,
      importerJitSeconds: 2,
      phases: { csvMs: 2000, importMs: 10_000, startMs: 8000, emptyStartMs: 6000, indexMs: 4500, leftoverMs: 500, leftovers: 24_193 },
    };
    const line = scaleTable(report).split('\n')[2]!;
    expect(line).toContain(
      'First load (offline import into the empty store): 4,000 facts (nodes + relationships) in 19.0 s, **20,000 facts/s** ✓',
    );
    expect(line).toContain('Neo4j start until its first answer 8.0 s (on an empty store 6.0 s: the difference counts)');
    expect(line).toContain('24,193 values the CSV cannot carry 0.5 s');
    expect(line).toContain('importer 11.0 s (2.0 s of it JIT)');
  });

  it('gives the peak memory of this process and of Neo4j while loading and while asking', () => {
    const report = scale('10k', { load: { app: 300.4, neo4j: 1500 }, queries: { app: 420, neo4j: 1710.6 } });
    expect(scaleTable(report)).toContain(
      'Peak memory (RSS): while loading, this process 300 MiB, Neo4j 1,500 MiB; while the queries ran, this process 420 MiB',
    );
    expect(memoryTable([report]).split('\n')).toContain(
      '| 10k | 300 MiB | 420 MiB | 1,500 MiB | 1,711 MiB | embedded, heap 1g, page cache 512m |',
    );
  });

  it('says a figure is unknown rather than inventing one (an external Neo4j has no process to read)', () => {
    const report = scale('100k', { load: { app: 300, neo4j: undefined }, queries: { app: 400, neo4j: undefined } });
    expect(memoryTable([report])).toContain('| 100k | 300 MiB | 400 MiB | – | – |');
    expect(memoryTable([scale('1M')])).toBe('');
  });
});
