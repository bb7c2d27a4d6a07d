import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { SeedValidationError } from '../../src/ingest/read.js';
import { SEEDS_DIR, seedGraph } from '../../src/ingest/seed.js';
import { testDatabase } from '../support/server.js';

const db = testDatabase();
const scratch = mkdtempSync(path.join(tmpdir(), 'treaty-graph-seeds-'));
afterAll(async () => {
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Counts the graph's facts minus synthetic test data, which test files running in parallel create and delete (and release). */
async function graphFingerprint(): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.read<{ nodes: { toNumber(): number }; rels: { toNumber(): number } }>(
    `CALL () { MATCH (n:Entity) WHERE NOT n.id CONTAINS 'synthetic' RETURN count(n) AS nodes }
     CALL () {
       MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id CONTAINS 'synthetic' AND NOT b.id CONTAINS 'synthetic'
       RETURN count(r) AS rels
     }
     RETURN nodes, rels`,
  );
  return { nodes: row!.nodes.toNumber(), rels: row!.rels.toNumber() };
}

/** A copy of the real seeds with one file edited, in a scratch folder. */
function seedsWith(file: string, edit: (records: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(path.join(scratch, 'case-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const records = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>[];
  edit(records);
  writeFileSync(path.join(dir, file), JSON.stringify(records));
  return dir;
}

describe('seeding', () => {
  it('is idempotent: a second run finds everything in place and writes nothing', async () => {
    const before = await graphFingerprint();
    const summary = await seedGraph(db);
    expect(summary.nodesCreated).toEqual({});
    expect(summary.nodesUpdated).toEqual({});
    expect(summary.relationshipsCreated).toEqual({});
    expect(summary.relationshipsUpdated).toBe(0);
    expect(summary.nodesUnchanged).toBeGreaterThan(700);
    expect(summary.release).toBeNull();
    expect(await graphFingerprint()).toEqual(before);
  });

  it('--dry-run reports a change without writing it', async () => {
    const dir = seedsWith('organizations.json', (records) => {
      const unodc = records.find((r) => r.id === 'org:unodc')!;
      unodc.description = `${String(unodc.description)} (edited)`;
    });
    const summary = await seedGraph(db, { dir, dryRun: true });
    expect(summary.nodesUpdated).toEqual({ Organization: 1 });
    const [row] = await db.read<{ description: string }>("MATCH (o:Organization {id: 'org:unodc'}) RETURN o.description AS description");
    expect(row?.description).not.toContain('(edited)');
  });

  it('rejects a bad record naming file, record and field, and writes nothing', async () => {
    const before = await graphFingerprint();
    const dir = seedsWith('treaty-actions.json', (records) => {
      records[3]!.date = '2025-02-30';
      records.push({ ...records[0], id: 'action:uncc:zzz:signature', sources: [] });
    });
    const error = await seedGraph(db, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: 'treaty-actions.json', record: 4, field: 'date' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'treaty-actions.json', id: 'action:uncc:zzz:signature', field: 'sources' }),
    );
    expect((error as Error).message).toMatch(/treaty-actions\.json record 4 \(action:uncc:[a-z]+:signature\) field date/);
    expect(await graphFingerprint()).toEqual(before);
  });

  it('rejects a reference to an id that exists nowhere, and writes nothing', async () => {
    const before = await graphFingerprint();
    const dir = seedsWith('statements.json', (records) => {
      records[0]!.speaker = 'person:synthetic-nobody';
    });
    await expect(seedGraph(db, { dir })).rejects.toThrow(
      /statements\.json record 1 .* field speaker: points to unknown id "person:synthetic-nobody"/,
    );
    expect(await graphFingerprint()).toEqual(before);
  });
});

describe('provenance', () => {
  it('every fact node cites at least one document', async () => {
    const rows = await db.read<{ id: string }>(
      'MATCH (n:Entity) WHERE NOT n:Document AND NOT (n)-[:CITES]->(:Document) RETURN n.id AS id LIMIT 10',
    );
    expect(rows).toEqual([]);
  });

  it('every relationship that states a fact carries the ids of its sources', async () => {
    const rows = await db.read<{ type: string }>(
      "MATCH ()-[r]->() WHERE type(r) <> 'CITES' AND (r.sourceIds IS NULL OR size(r.sourceIds) = 0) RETURN type(r) AS type LIMIT 10",
    );
    expect(rows).toEqual([]);
  });

  it('keeps a year a year: no date is widened to a day', async () => {
    const [row] = await db.read<{ value: string; first: string; last: string }>(
      "MATCH (c:Claim) WHERE c.date = '2025' RETURN c.date AS value, toString(c.dateFirst) AS first, toString(c.dateLast) AS last LIMIT 1",
    );
    expect(row).toEqual({ value: '2025', first: '2025-01-01', last: '2025-12-31' });
  });
});
