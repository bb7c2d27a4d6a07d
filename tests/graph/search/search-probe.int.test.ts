import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, it } from 'vitest';

import type { Params, Queryable } from '../../../src/db/database.js';
import { toLuceneQuery, toNameQuery, toSymbolQuery } from '../../../src/graph/search/lucene-query.js';
import { searchEntities } from '../../../src/graph/search/search.cypher.js';
import type { EntityLabel } from '../../../src/model/labels.js';
import { nameKey } from '../../../src/model/names.js';
import { testDatabase } from '../../support/server.js';

/**
 * Search reads a second, wider round of the index's top hits only when a tie at the page's lowest
 * score runs past the first, and every match only when it runs past the second too; otherwise the
 * page comes from the first top hits alone. Checked on the profile of the query: how many rows passed
 * the gate before each round.
 */
const db = testDatabase();
afterAll(async () => {
  await db.close();
});

interface ProfiledPlan {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows: number;
  children: ProfiledPlan[];
}

/** Which rounds searching `text` for a page of `first` read (the branches after `NOT complete` and `NOT wideComplete` ran), and the hits. */
async function roundsRead(
  text: string,
  first: number,
  labels: EntityLabel[] | null = null,
): Promise<{ wide: boolean; full: boolean; hits: number }> {
  let sent: { cypher: string; params: Params } | undefined;
  const capture: Queryable = {
    read: async (cypher, params = {}) => {
      sent = { cypher, params };
      return [];
    },
    write: () => Promise.reject(new Error('a read was expected')),
    writeTransaction: () => Promise.reject(new Error('a read was expected')),
  };
  const query = toLuceneQuery(text)!;
  await searchEntities(capture, query, toSymbolQuery(text)!, toNameQuery(text)!, text.toLowerCase(), nameKey(text), labels, first);
  const { summary, records } = await db.driver.executeQuery(`PROFILE ${sent!.cypher}`, sent!.params);
  const gates: Record<string, number[]> = { 'NOT complete': [], 'NOT wideComplete': [] };
  const walk = (plan: ProfiledPlan): void => {
    const details = String(plan.arguments.Details ?? '');
    if (plan.operatorType.startsWith('Filter') && details in gates) gates[details]!.push(plan.rows);
    plan.children.forEach(walk);
  };
  walk(summary.profile as unknown as ProfiledPlan);
  // The query has exactly one of each gate; a plan without them would make this check meaningless.
  expect(gates['NOT complete']).toHaveLength(1);
  expect(gates['NOT wideComplete']).toHaveLength(1);
  return { wide: gates['NOT complete']![0]! > 0, full: gates['NOT wideComplete']![0]! > 0, hits: records.length };
}

/** `count` synthetic documents with one title, so one score; their ids in the order a tie sorts them. */
async function tiedDocuments(count: number): Promise<{ tag: string; word: string; ids: string[] }> {
  const tag = `synthetic-tie-${randomUUID().slice(0, 8)}`;
  const word = `zq${tag.slice(-8).replace(/[^a-z]/g, 'x')}`;
  const ids = Array.from({ length: count }, (_, i) => `doc:${tag}-${String(count - 1 - i).padStart(4, '0')}`);
  await db.write(
    `UNWIND $ids AS id
     CREATE (:Entity:Document {id: id, name: 'Synthetic ' + $word, title: 'Synthetic ' + $word, kind: 'NEWS_ARTICLE',
       confidence: 'stated', sourceIds: []})`,
    { ids, word },
  );
  return { tag, word, ids: [...ids].sort() };
}

describe('search bounded by the index top hits', () => {
  it('a word with fewer matches than the top hits read never reads another round', async () => {
    const { wide, full, hits } = await roundsRead('Hanoi', 20);
    expect(hits).toBeGreaterThan(0);
    expect(wide).toBe(false);
    expect(full).toBe(false);
  });

  it('a page of a kind the top hits hold too few of reads the wider round, which holds every match', async () => {
    const { wide, full, hits } = await roundsRead('convention', 20, ['Statement']);
    expect({ wide, full }).toEqual({ wide: true, full: false });
    expect(hits).toBeGreaterThan(0);
    // What makes it the case: more matches than the first top hits of a page of 20, fewer than the wider round.
    const [matches] = await db.read<{ n: number }>(
      "CALL db.index.fulltext.queryNodes('entity_search', 'convention') YIELD node RETURN toFloat(count(node)) AS n",
    );
    expect(matches!.n).toBeGreaterThan(20 * 2 + 10);
    expect(matches!.n).toBeLessThan((20 * 2 + 10) * 20);
  });

  // A page of 20: the first top hits are 50 and the wider round 1,000, so a tie of 80 fits in the
  // wider round. A page of 1: 12 and 240, so a tie of 300 runs past both.
  it.each([
    { tie: 80, first: 20, full: false },
    { tie: 300, first: 1, full: true },
  ])(
    'a page of $first ending inside a tie of $tie reads the wider round, the full match list too: $full, and orders the tie by id',
    async ({ tie, first, full }) => {
      const { tag, word, ids } = await tiedDocuments(tie);
      try {
        expect(await roundsRead(word, first)).toEqual({ wide: true, full, hits: first });
        const rows = await searchEntities(db, word, `symbol:(${word})`, toNameQuery(word)!, word, nameKey(word), null, first, ['id']);
        expect(rows.map((row) => row.props.id)).toEqual(ids.slice(0, first));
      } finally {
        await db.write('MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag });
      }
    },
  );
});
