import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
