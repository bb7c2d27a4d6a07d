import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { importBundle } from '../../src/import/bundle.import.js';
import { num } from '../../src/db/values.js';
import { testDatabase } from '../support/server.js';
import { deleteSynthetic, syntheticTag } from '../support/synthetic.js';

const db = testDatabase();
const tag = syntheticTag();
const scratch = mkdtempSync(path.join(tmpdir(), 'treaty-graph-release-'));

afterAll(async () => {
  await deleteSynthetic(db, tag);
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

function documentBundle(suffix: string, title = `Synthetic release test document ${suffix}`): string {
  const file = path.join(scratch, `${suffix}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      'documents.json': [
        { id: `doc:${tag}-${suffix}`, kind: 'NEWS_ARTICLE', title, url: `https://example.org/${tag}/${suffix}`, sources: [] },
      ],
    }),
  );
  return file;
}

async function stamps(id: string): Promise<Record<string, unknown>> {
  const [row] = await db.read<{ props: Record<string, unknown> }>(
    'MATCH (n:Entity {id: $id}) RETURN n {.recordedIn, .recordedAt, .recordedBy, .updatedIn, .updatedBy} AS props',
    { id },
  );
  return Object.fromEntries(Object.entries(row!.props).map(([k, v]) => [k, num(v) ?? v]));
}

describe('releases', () => {
  it('the seeded graph has a release; every seeded fact names it', async () => {
    const [row] = await db.read<{ unstamped: unknown; first: unknown }>(
      `MATCH (r:Release {id: 1}) WITH r
       RETURN r.by AS first, COUNT { MATCH (n:Entity) WHERE n.recordedIn IS NULL AND NOT n.id CONTAINS 'synthetic' } AS unstamped`,
    );
    expect(row?.first).toBe('seed');
    expect(num(row?.unstamped)).toBe(0);
  });

  it('a write that changes the graph records a release; the same write again records none', async () => {
    const file = documentBundle('first');
    const first = await importBundle(db, file);
    expect(first.release).toMatchObject({ by: 'import', created: 1, updated: 0, retracted: 0, removed: 0 });
    expect(first.release!.factIds).toEqual([`doc:${tag}-first`]);
    expect(first.release!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await stamps(`doc:${tag}-first`)).toMatchObject({ recordedIn: first.release!.id, recordedBy: 'import' });

    const again = await importBundle(db, file);
    expect(again.release).toBeNull();
    const [row] = await db.read<{ n: unknown }>('MATCH (r:Release) WHERE $id IN r.factIds RETURN count(r) AS n', {
      id: `doc:${tag}-first`,
    });
    expect(num(row?.n)).toBe(1);
  });

  it('a correction records a release that updates the fact and moves the hash', async () => {
    const created = await importBundle(db, documentBundle('fixed', 'Synthetic title with a typo'));
    const fixed = await importBundle(db, documentBundle('fixed', 'Synthetic title, corrected'));
    expect(fixed.release).toMatchObject({ created: 0, updated: 1, factChanges: ['UPDATED'] });
    expect(fixed.release!.id).toBeGreaterThan(created.release!.id);
    expect(fixed.release!.hash).not.toBe(created.release!.hash);
    expect(await stamps(`doc:${tag}-fixed`)).toMatchObject({ recordedIn: created.release!.id, updatedIn: fixed.release!.id });
  });

  it('concurrent writers get distinct releases, each chaining the hash of the one before', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((suffix) => importBundle(db, documentBundle(`concurrent-${suffix}`))));
    const ids = results.map((r) => r.release!.id);
    expect(new Set(ids).size).toBe(4);
    const rows = await db.read<{ id: unknown; fact: string }>(
      'MATCH (r:Release) WHERE r.id IN $ids UNWIND r.factIds AS fact RETURN r.id AS id, fact ORDER BY id',
      { ids },
    );
    expect(rows.map((row) => row.fact).sort()).toEqual(['a', 'b', 'c', 'd'].map((s) => `doc:${tag}-concurrent-${s}`));
  });
});
