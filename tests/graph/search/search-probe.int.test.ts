import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, it } from 'vitest';

import type { Params, Queryable } from '../../../src/db/database.js';
import { toLuceneQuery, toNameQuery, toSymbolQuery } from '../../../src/graph/search/lucene-query.js';
import { searchEntities } from '../../../src/graph/search/search.cypher.js';
import type { EntityLabel } from '../../../src/model/labels.js';
import { nameKey } from '../../../src/model/names.js';
import { testDatabase } from '../../support/server.js';

/**
 * Search reads every match only when a tie at the page's lowest score runs past the index's top hits;
 * otherwise the page comes from those top hits alone. Checked on the profile of the query: how many
 * rows the full-text call without a limit produced.
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

/** Whether searching `text` for a page of `first` read the full match list (the branch after `NOT complete` ran), and the hits. */
async function readsEveryMatch(text: string, first: number, labels: EntityLabel[] | null = null): Promise<{ full: boolean; hits: number }> {
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
  const gates: number[] = [];
  const walk = (plan: ProfiledPlan): void => {
    if (plan.operatorType.startsWith('Filter') && String(plan.arguments.Details ?? '') === 'NOT complete') gates.push(plan.rows);
    plan.children.forEach(walk);
  };
  walk(summary.profile as unknown as ProfiledPlan);
  // The query has exactly one such gate; a plan without it would make this check meaningless.
  expect(gates).toHaveLength(1);
  return { full: gates[0]! > 0, hits: records.length };
}

describe('search bounded by the index top hits', () => {
  it('a word with fewer matches than the top hits read never reads the match list again', async () => {
    const { full, hits } = await readsEveryMatch('Hanoi', 20);
    expect(hits).toBeGreaterThan(0);
    expect(full).toBe(false);
  });

  it('a page of a kind the top hits hold too few of reads the full match list', async () => {
    const { full, hits } = await readsEveryMatch('convention', 20, ['Statement']);
    expect(full).toBe(true);
    expect(hits).toBeGreaterThan(0);
  });

  it('a page ending inside a tie longer than the top hits reads the full match list, and orders the tie by id', async () => {
    // 80 synthetic documents with one title score alike; the probe of a page of 20 holds 50 of them.
    const tag = `synthetic-tie-${randomUUID().slice(0, 8)}`;
    const word = `zq${tag.slice(-8).replace(/[^a-z]/g, 'x')}`;
    const ids = Array.from({ length: 80 }, (_, i) => `doc:${tag}-${String(79 - i).padStart(2, '0')}`);
    await db.write(
      `UNWIND $ids AS id
       CREATE (:Entity:Document {id: id, name: 'Synthetic ' + $word, title: 'Synthetic ' + $word, kind: 'NEWS_ARTICLE',
         confidence: 'stated', sourceIds: []})`,
      { ids, word },
    );
    try {
      const { full, hits } = await readsEveryMatch(word, 20);
      expect(full).toBe(true);
      expect(hits).toBe(20);
      const rows = await searchEntities(db, word, `symbol:(${word})`, toNameQuery(word)!, word, nameKey(word), null, 20, ['id']);
      expect(rows.map((row) => row.props.id)).toEqual([...ids].sort().slice(0, 20));
    } finally {
      await db.write('MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag });
    }
  });
});
