import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { generateGraph, SyntheticGraphGenerator } from '../../../tools/bench/generate.js';
import { checkReferences, validateRecords } from '../../../src/ingest/read.js';
import type { RecordBundle, RecordKind } from '../../../src/ingest/records.js';
import { SEEDS_DIR } from '../../../src/ingest/seed.js';

const NODES = 3000;

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

describe('synthetic benchmark graph', () => {
  const graph = generateGraph(NODES);

  it('is the same graph, and asks the same questions, on every run with the same seed', () => {
    const again = generateGraph(NODES);
    expect(fingerprint(again.plan)).toBe(fingerprint(graph.plan));
    expect(again.picks).toEqual(graph.picks);
    expect(fingerprint(generateGraph(NODES, 7).plan)).not.toBe(fingerprint(graph.plan));
  });

  it('comes out the same whether planned whole or in small parts', () => {
    const generator = new SyntheticGraphGenerator(NODES);
    const nodes = [];
    const rels = [];
    for (const part of generator.parts(500)) {
      expect(part.nodes.length).toBeLessThanOrEqual(500 + 2 * 193);
      nodes.push(...part.nodes);
      rels.push(...part.rels);
    }
    expect(fingerprint({ nodes, rels })).toBe(fingerprint(graph.plan));
  });

  it('has about the requested size, the 193 real States and otherwise only synthetic ids', () => {
    const { nodes, rels } = graph.plan;
    expect(nodes.length).toBeGreaterThan(NODES * 0.9);
    expect(nodes.length).toBeLessThan(NODES * 1.1);
    expect(rels.length).toBeGreaterThan(nodes.length * 2);

    const memberStates = (JSON.parse(readFileSync(path.join(SEEDS_DIR, 'participants.json'), 'utf8')) as { id: string; kind: string }[])
      .filter((p) => p.kind === 'MEMBER_STATE')
      .map((p) => p.id)
      .sort();
    const states = nodes
      .filter((n) => n.label === 'State')
      .map((n) => n.id)
      .sort();
    expect(states).toEqual(memberStates);
    expect(states).toHaveLength(193);
    expect(nodes.filter((n) => n.label !== 'State').every((n) => n.id.includes(':synthetic-bench-'))).toBe(true);

    const count = (label: string): number => nodes.filter((n) => n.label === label).length;
    expect(count('TreatyAction')).toBeGreaterThan(count('Treaty') * 150);
    expect(count('Statement')).toBeGreaterThan(count('Person'));
  });

  it('points only at nodes it holds, and every fact cites a document', () => {
    const ids = new Set(graph.plan.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.plan.nodes.length);
    expect(graph.plan.rels.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    const citing = new Set(graph.plan.rels.filter((r) => r.type === 'CITES').map((r) => r.from));
    expect(graph.plan.nodes.filter((n) => n.label !== 'Document').every((n) => citing.has(n.id))).toBe(true);
    const retracted = graph.plan.nodes.filter((n) => n.props.retracted === true);
    expect(retracted.length).toBeGreaterThan(0);
    expect(retracted.every((n) => n.label === 'Statement' || n.label === 'TreatyAction')).toBe(true);
  });

  it('writes records the seed validator accepts', () => {
    const generator = new SyntheticGraphGenerator(NODES);
    const [bundle, ...rest] = [...generator.bundles(Number.MAX_SAFE_INTEGER)];
    expect(rest).toHaveLength(0);
    for (const [file, records] of Object.entries(bundle!) as [RecordKind, unknown[]][]) {
      expect(validateRecords(file, JSON.parse(JSON.stringify(records))).problems, file).toEqual([]);
    }
    expect(checkReferences(bundle as RecordBundle)).toEqual([]);
  });

  it('asks about live entities that exist, and about pairs and words the graph holds', () => {
    const live = new Set(graph.plan.nodes.filter((n) => n.props.retracted !== true).map((n) => n.id));
    const { picks } = graph;
    for (const list of [picks.entities, picks.speakers, picks.treaties, picks.neighborhoods]) {
      expect(list).toHaveLength(256);
      expect(list.every((id) => live.has(id))).toBe(true);
    }
    expect(picks.paths.length).toBeGreaterThan(100);
    expect(picks.paths.flat().every((id) => live.has(id))).toBe(true);
    expect(picks.asOf.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
    const texts = graph.plan.nodes.filter((n) => n.label === 'Statement').map((n) => String(n.props.text));
    expect(picks.searchTerms.slice(0, 20).every((word) => texts.some((text) => text.includes(word)))).toBe(true);
  });
});
