import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importBundle } from '../../src/import/bundle.import.js';
import { ImportError } from '../../src/import/problems.js';
import { importUntcTable } from '../../src/import/untc.import.js';
import { SeedValidationError } from '../../src/ingest/read.js';
import { testDatabase } from '../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../support/synthetic.js';

const db = testDatabase();
const tag = syntheticTag();
const scratch = mkdtempSync(path.join(tmpdir(), 'treaty-graph-import-'));
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
let treatyId: string;
let docId: string;
const title = `Synthetic status table ${tag}`;

beforeAll(async () => {
  ({ treatyId, docId } = await createSyntheticTreaty(db, tag));
});
afterAll(async () => {
  await deleteSynthetic(db, tag);
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Everything this file's imports can touch: actions on the synthetic treaty and nodes with the tag. */
async function snapshot(): Promise<unknown> {
  return db.read(
    `MATCH (n:Entity) WHERE n.id CONTAINS $tag
     RETURN n.id AS id, n.date AS date, n.sourceIds AS sourceIds, COUNT { (n)--() } AS degree ORDER BY id`,
    { tag },
  );
}

async function actions(): Promise<{ participant: string; kind: string; date: string; cites: string[] }[]> {
  return db.read(
    `MATCH (p:State)-[:TOOK]->(a:TreatyAction)-[:ON]->(:Treaty {id: $treatyId})
     RETURN p.id AS participant, a.kind AS kind, a.date AS date, [(a)-[:CITES]->(d) | d.id] AS cites ORDER BY participant, kind`,
    { treatyId },
  );
}

describe('importing a UNTC status table', () => {
  it('rejects a table with a bad date in row 7, naming row and column, and writes nothing', async () => {
    const before = await snapshot();
    const error = await importUntcTable(db, fixture('untc-synthetic-status-bad-row-7.csv'), {
      file: 'bad.csv',
      treaty: treatyId,
      title,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([{ row: 7, column: 'Signature', message: expect.stringContaining('31 Feb 2025') }]);
    expect((error as Error).message).toContain('row 7, column "Signature"');
    expect(await snapshot()).toEqual(before);
    expect(await actions()).toEqual([]);
  });

  it('rejects an unknown participant and a date before the adoption, naming each row and column', async () => {
    const text = `${fixture('untc-synthetic-status.csv')}Atlantis,25 Oct 2025,\nPeru,1 Jan 2024,\n`;
    const error = (await importUntcTable(db, text, { file: 'x.csv', treaty: treatyId, title }).catch((e: unknown) => e)) as ImportError;
    expect(error.problems).toEqual([
      { row: 11, column: 'Participant', message: expect.stringContaining('"Atlantis" is no participant') },
      { row: 12, column: 'Signature', message: expect.stringContaining("before the treaty's adoption") },
    ]);
    expect(await actions()).toEqual([]);
  });

  it('dry run reports what would change and writes nothing', async () => {
    const summary = await importUntcTable(db, fixture('untc-synthetic-status.csv'), {
      file: 'ok.csv',
      treaty: treatyId,
      title,
      dryRun: true,
    });
    expect(summary.nodesCreated).toEqual({ Document: 1, TreatyAction: 12 });
    expect(await actions()).toEqual([]);
  });

  it('imports every action citing the table as a document, and a second import changes nothing', async () => {
    const first = await importUntcTable(db, fixture('untc-synthetic-status.csv'), {
      file: 'ok.csv',
      treaty: treatyId,
      title,
      url: 'https://example.org/synthetic-status',
      published: '2025-11',
    });
    expect(first).toMatchObject({ rows: 9, actions: 12, nodesCreated: { Document: 1, TreatyAction: 12 } });
    const statusDoc = first.documentId;
    expect(statusDoc).toContain(tag);
    const rows = await actions();
    expect(rows).toHaveLength(12);
    expect(rows.every((row) => row.cites.length === 1 && row.cites[0] === statusDoc)).toBe(true);
    expect(rows).toContainEqual({ participant: 'state:TUR', kind: 'SIGNATURE', date: '2025-10-25', cites: [statusDoc] });
    expect(rows).toContainEqual({ participant: 'reio:eu', kind: 'SIGNATURE', date: '2025-10-25', cites: [statusDoc] });
    expect(rows).toContainEqual({ participant: 'state:NOR', kind: 'ACCEPTANCE', date: '2025-11-12', cites: [statusDoc] });
    const [doc] = await db.read<{ kind: string; title: string }>(
      'MATCH (d:Document {id: $statusDoc}) RETURN d.kind AS kind, d.title AS title',
      { statusDoc },
    );
    expect(doc).toEqual({ kind: 'TREATY_STATUS', title });

    const before = await snapshot();
    const second = await importUntcTable(db, fixture('untc-synthetic-status.csv'), {
      file: 'ok.csv',
      treaty: treatyId,
      title,
      url: 'https://example.org/synthetic-status',
      published: '2025-11',
    });
    expect(second).toMatchObject({ nodesCreated: {}, nodesUpdated: {}, relationshipsCreated: {}, relationshipsUpdated: 0 });
    expect(second.nodesUnchanged).toBe(13);
    expect(await snapshot()).toEqual(before);
  });

  it('reuses an action already recorded from another source, adding the table as its source', async () => {
    const other = `Synthetic later table ${tag}`;
    const summary = await importUntcTable(
      db,
      'Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"\nIceland,25 Oct 2025,3 Nov 2025\n',
      {
        file: 'later.csv',
        treaty: treatyId,
        title: other,
      },
    );
    expect(summary).toMatchObject({ nodesCreated: { Document: 1 }, nodesUpdated: { TreatyAction: 2 } });
    const iceland = (await actions()).filter((row) => row.participant === 'state:ISL');
    expect(iceland.map((row) => row.cites.length)).toEqual([2, 2]);

    const contradicting = await importUntcTable(
      db,
      'Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"\nIceland,26 Oct 2025,\n',
      {
        file: 'contra.csv',
        treaty: treatyId,
        title: other,
      },
    ).catch((e: unknown) => e);
    expect((contradicting as ImportError).problems).toEqual([
      { row: 2, column: 'Signature', message: expect.stringContaining('already recorded on 2025-10-25') },
    ]);
  });
});

describe('importing a bundle in the seeds format', () => {
  const bundle = () => ({
    'statements.json': [
      {
        id: `statement:${tag}-bundle`,
        speaker: 'person:ghada-waly',
        text: 'A synthetic statement imported from a bundle.',
        language: 'en',
        saidOn: '2025-10-25',
        context: null,
        roleAtTime: null,
        about: [treatyId],
        at: null,
        sources: [docId],
        confidence: 'stated',
      },
    ],
  });

  it('validates like seeds, resolves references to the graph, and is idempotent', async () => {
    const file = path.join(scratch, 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle()));
    const first = await importBundle(db, file);
    expect(first.nodesCreated).toEqual({ Statement: 1 });
    expect(first.release).toMatchObject({ by: 'import', created: expect.any(Number) as number });
    const second = await importBundle(db, file);
    expect(second.release).toBeNull();
    expect(second).toMatchObject({
      nodesCreated: {},
      nodesUpdated: {},
      relationshipsCreated: {},
      relationshipsUpdated: 0,
      nodesUnchanged: 1,
    });
  });

  it('rejects a bad record or an unknown reference, naming file, record and field, and writes nothing', async () => {
    const bad = bundle();
    bad['statements.json'][0]!.id = `statement:${tag}-bad`;
    bad['statements.json'][0]!.saidOn = '2025-13-01';
    const file = path.join(scratch, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    await expect(importBundle(db, file)).rejects.toThrow(/statements\.json record 1 .* field saidOn/);

    bad['statements.json'][0]!.saidOn = '2025-10-25';
    bad['statements.json'][0]!.speaker = `person:${tag}-nobody`;
    writeFileSync(file, JSON.stringify(bad));
    const error = await importBundle(db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/field speaker: points to unknown id/);
    expect(await db.read('MATCH (s:Statement {id: $id}) RETURN s', { id: `statement:${tag}-bad` })).toEqual([]);
  });
});
