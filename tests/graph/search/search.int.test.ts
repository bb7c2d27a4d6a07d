import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toLuceneQuery } from '../../../src/graph/search/lucene-query.js';
import { nameKey } from '../../../src/model/names.js';
import { SearchDocument } from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/** Search that forgives: accents and case folded, symbols found as typed and ranked first, offices and places searched. */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

async function hitIds(text: string, first = 10): Promise<string[]> {
  const { data, errors } = await api.exec(SearchDocument, { text, first });
  expect(errors).toBeUndefined();
  return data!.search.map((hit) => hit.node.id);
}

describe('search', () => {
  it.each([
    ['Philémon Yang', 'Philemon Yang', 'person:philemon-yang'],
    ["Côte d'Ivoire", "Cote d'Ivoire", 'state:CIV'],
    ['Türkiye', 'Turkiye', 'state:TUR'],
  ])('finds %s with or without its accents (%s), in any case', async (accented, plain, id) => {
    const withAccents = await hitIds(accented);
    expect(withAccents[0]).toBe(id);
    expect(await hitIds(plain)).toEqual(withAccents);
    expect(await hitIds(plain.toUpperCase())).toEqual(withAccents);
  });

  it.each([
    ['A/RES/79/243', 'doc:a-res-79-243'],
    ['79/243', 'doc:a-res-79-243'],
    ['a/res/74/247', 'doc:a-res-74-247'],
    ['74/247', 'doc:a-res-74-247'],
  ])('ranks the document whose symbol is %s first', async (text, id) => {
    expect((await hitIds(text))[0]).toBe(id);
  });

  it('searches offices and the places of events', async () => {
    const offices = await api.exec(SearchDocument, { text: 'Executive Director', first: 20, kinds: ['POSITION'] });
    expect(offices.errors).toBeUndefined();
    expect(offices.data!.search.length).toBeGreaterThan(0);
    expect(offices.data!.search.every((hit) => hit.node.__typename === 'Position')).toBe(true);

    const inVienna = await api.exec(SearchDocument, { text: 'Vienna', first: 50, kinds: ['EVENT'] });
    expect(inVienna.data!.search.length).toBeGreaterThan(0);
  });
});

/** Every match sorted, then cut: what `search` answered before it was bounded by the page (symbol, then whole name). */
const EVERY_MATCH_SORTED = `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
  WHERE coalesce(node.retracted, false) = false
    AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
  WITH node, score, toLower(coalesce(node.symbol, '')) AS own
  RETURN node.id AS id, score
  ORDER BY CASE WHEN own <> '' AND (own = $symbol OR own ENDS WITH '/' + $symbol) THEN 0
                WHEN $key IN coalesce(node.searchKeys, []) THEN 1 ELSE 2 END, score DESC, node.id
  LIMIT $limit`;

describe('search bounded by the page', () => {
  it('answers as sorting every match would, ties at the cut and symbols included', async () => {
    // Common words have many matches with equal scores, so the page often ends inside a tie.
    const texts = [
      'convention',
      'the',
      'cybercrime',
      'united nations',
      'state',
      'signature',
      'A/RES/79/243',
      '79/243',
      'Hanoi',
      'ministry',
      // Whole names and aliases rank before plain matches.
      'Vietnam',
      'Viet Nam',
      'Turkey',
    ];
    const kindsOf = [null, ['DOCUMENT'], ['STATEMENT', 'PERSON']] as const;
    const labelOf: Record<string, string> = { DOCUMENT: 'Document', STATEMENT: 'Statement', PERSON: 'Person' };
    let tiedAtCut = 0;
    for (const text of texts) {
      for (const kinds of kindsOf) {
        for (const first of [1, 3, 10, 20]) {
          const { data, errors } = await api.exec(SearchDocument, { text, first, kinds: kinds === null ? null : [...kinds] });
          expect(errors).toBeUndefined();
          const expected = await api.db.read<{ id: string; score: number }>(EVERY_MATCH_SORTED, {
            query: toLuceneQuery(text),
            symbol: text.trim().toLowerCase(),
            key: nameKey(text),
            labels: kinds === null ? null : kinds.map((kind) => labelOf[kind]),
            limit: neo4j.int(first + 1),
          });
          expect(
            data!.search.map((hit) => hit.node.id),
            `${text} ${String(kinds)} ${first}`,
          ).toEqual(expected.slice(0, first).map((row) => row.id));
          if (expected.length > first && expected[first]!.score === expected[first - 1]!.score) tiedAtCut += 1;
        }
      }
    }
    // The check means something only if some pages end inside a tie.
    expect(tiedAtCut).toBeGreaterThan(0);
  });
});
