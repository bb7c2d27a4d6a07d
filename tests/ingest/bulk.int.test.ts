import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, it } from 'vitest';

import { bulkLoad } from '../../src/ingest/bulk.js';
import { dateProps, type GraphPlan, type RelRow } from '../../src/ingest/plan.js';
import { testDatabase } from '../support/server.js';

const db = testDatabase();
const tag = `synthetic-${randomUUID().slice(0, 8)}`;
const doc = `doc:${tag}`;
const treaty = `treaty:${tag}`;
const statements = Array.from({ length: 5 }, (_, i) => `statement:${tag}-${i}`);

/** A small synthetic graph, every fact citing a synthetic document. */
function plan(text = 'first'): GraphPlan {
  return {
    nodes: [
      { label: 'Document', id: doc, props: { name: `Synthetic ${tag}`, title: `Synthetic ${tag}`, confidence: 'stated', sourceIds: [] } },
      {
        label: 'Treaty',
        id: treaty,
        props: { name: `Synthetic ${tag}`, title: `Synthetic ${tag}`, confidence: 'stated', sourceIds: [doc] },
      },
      ...statements.map((id) => ({
        label: 'Statement' as const,
        id,
        props: { name: id, text, confidence: 'stated', sourceIds: [doc], ...dateProps('saidOn', '2025-10') },
      })),
    ],
    rels: [
      { from: treaty, type: 'CITES', to: doc, props: {} },
      ...statements.flatMap((id): RelRow[] => [
        { from: id, type: 'CITES' as const, to: doc, props: {} },
        { from: id, type: 'ABOUT' as const, to: treaty, props: { sourceIds: [doc] } },
      ]),
    ],
  };
}

async function stored(): Promise<{ nodes: number; rels: number; texts: string[] }> {
  const [row] = await db.read<{ nodes: { toNumber(): number }; rels: { toNumber(): number }; texts: string[] }>(
    `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OR n.id STARTS WITH $doc OR n.id = $treaty
     WITH collect(n) AS nodes
     RETURN size(nodes) AS nodes,
       COUNT { MATCH (a:Entity)-[r]->() WHERE a IN nodes } AS rels,
       [n IN nodes WHERE n:Statement | n.text] AS texts`,
    { prefix: `statement:${tag}`, doc, treaty },
  );
  return { nodes: row!.nodes.toNumber(), rels: row!.rels.toNumber(), texts: row!.texts };
}

afterAll(async () => {
  await db.write('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OR n.id STARTS WITH $doc OR n.id = $treaty DETACH DELETE n', {
    prefix: `statement:${tag}`,
    doc,
    treaty,
  });
  await db.close();
});

describe('bulk load', () => {
  it('loads a plan in batches of their own transactions, labels and dates included', async () => {
    const summary = await bulkLoad(db, plan(), { batchSize: 2 });
    // Every id is new, so every node and relationship took the CREATE path.
    expect(summary).toMatchObject({ nodes: 7, relationships: 11, nodesCreated: 7, relationshipsCreated: 11 });
    // Document 1, Treaty 1, Statement 3 batches; CITES 3, ABOUT 3 batches.
    expect(summary.transactions).toBe(11);
    expect(await stored()).toEqual({ nodes: 7, rels: 11, texts: Array(5).fill('first') });
    const [row] = await db.read<{ labels: string[]; first: string }>(
      'MATCH (s:Entity {id: $id}) RETURN labels(s) AS labels, toString(s.saidOnFirst) AS first',
      { id: statements[0] },
    );
    expect(row).toEqual({ labels: expect.arrayContaining(['Entity', 'Statement']), first: '2025-10-01' });
  });

  it('is idempotent: a second run creates nothing and updates what changed', async () => {
    const again = await bulkLoad(db, plan(), { batchSize: 3 });
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await stored()).toEqual({ nodes: 7, rels: 11, texts: Array(5).fill('first') });
    await bulkLoad(db, plan('second'), { batchSize: 100 });
    expect(await stored()).toEqual({ nodes: 7, rels: 11, texts: Array(5).fill('second') });
  });

  // The documents added below need no citation of their own, so no other test reading the shared graph
  // between this file's node and relationship batches finds a fact without a source.
  const document = (id: string) => ({
    label: 'Document' as const,
    id,
    props: { name: `Synthetic ${id}`, title: `Synthetic ${id}`, confidence: 'stated', sourceIds: [] },
  });

  it('creates only what a batch lacks, and writes an id or relationship planned twice once', async () => {
    const extra = `${doc}-extra`;
    const added = `${doc}-added`;
    const partlyNew: GraphPlan = {
      // Two batches of two in flight at once, the second half new; the extra document planned twice.
      nodes: [
        ...plan('second')
          .nodes.filter((n) => n.label === 'Statement')
          .slice(0, 3),
        document(added),
        document(extra),
        document(extra),
      ],
      rels: [
        { from: statements[0]!, type: 'CITES', to: added, props: {} },
        { from: statements[1]!, type: 'CITES', to: extra, props: {} },
        { from: statements[1]!, type: 'CITES', to: extra, props: {} },
        { from: statements[0]!, type: 'CITES', to: doc, props: {} },
      ],
    };
    const summary = await bulkLoad(db, partlyNew, { batchSize: 2, nodeParallelism: 2 });
    // The extra document is new but planned twice, so it and its citation are MERGEd: written once.
    expect(summary).toMatchObject({ nodesCreated: 1, relationshipsCreated: 1 });
    expect(await stored()).toEqual({ nodes: 9, rels: 13, texts: Array(5).fill('second') });
    const rerun = await bulkLoad(db, partlyNew, { batchSize: 2 });
    expect(rerun).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await stored()).toEqual({ nodes: 9, rels: 13, texts: Array(5).fill('second') });
  });

  it('CREATEs the relationships of a new node to nodes already in the graph, once', async () => {
    const fresh = `${doc}-fresh`;
    const withFresh: GraphPlan = {
      nodes: [document(fresh)],
      rels: [
        { from: statements[2]!, type: 'CITES', to: fresh, props: {} },
        { from: statements[3]!, type: 'CITES', to: fresh, props: {} },
      ],
    };
    expect(await bulkLoad(db, withFresh)).toMatchObject({ nodesCreated: 1, relationshipsCreated: 2 });
    expect(await stored()).toEqual({ nodes: 10, rels: 15, texts: Array(5).fill('second') });
    expect(await bulkLoad(db, withFresh)).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await stored()).toEqual({ nodes: 10, rels: 15, texts: Array(5).fill('second') });
  });

  it('refuses a relationship to an id the graph lacks instead of dropping it', async () => {
    const broken: GraphPlan = { nodes: [], rels: [{ from: statements[0]!, type: 'ABOUT', to: `treaty:${tag}-missing`, props: {} }] };
    await expect(bulkLoad(db, broken)).rejects.toThrow(/1 ABOUT relationship\(s\) point to ids that are not in the graph/);
    expect((await stored()).rels).toBe(15);
  });
});
