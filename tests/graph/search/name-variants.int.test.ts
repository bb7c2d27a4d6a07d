import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SearchDocument } from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/**
 * Names as sources write them: a State's former or common English name, a person's name without its
 * accent, a place's own spelling. Each finds its entity, ranked first where the whole name is what was
 * typed, with or without accents; the canonical name still finds it too.
 */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

async function hitIds(text: string, first = 10, kinds?: 'STATE'[]): Promise<string[]> {
  const { data, errors } = await api.exec(SearchDocument, { text, first, kinds });
  expect(errors).toBeUndefined();
  return data!.search.map((hit) => hit.node.id);
}

describe('name variants in search', () => {
  it.each([
    ['Vietnam', 'Viet Nam', 'state:VNM'],
    ['Turkey', 'Türkiye', 'state:TUR'],
    ['Czech Republic', 'Czechia', 'state:CZE'],
    ['Russia', 'Russian Federation', 'state:RUS'],
    ['Swaziland', 'Eswatini', 'state:SWZ'],
    ['Burma', 'Myanmar', 'state:MMR'],
    ['Antonio Guterres', 'António Guterres', 'person:antonio-guterres'],
  ])('finds %s as the canonical %s, first, and the canonical name still finds it first', async (variant, canonical, id) => {
    expect((await hitIds(variant))[0]).toBe(id);
    expect((await hitIds(canonical))[0]).toBe(id);
  });

  it.each([
    ['Česko', 'Cesko', 'state:CZE'],
    ['Türkiye', 'TURKIYE', 'state:TUR'],
    ['Hà Nội', 'ha noi', 'event:hanoi-signing-ceremony'],
  ])('finds %s with or without its accents (%s)', async (accented, plain, id) => {
    expect(await hitIds(accented, 50)).toContain(id);
    expect(await hitIds(plain, 50)).toContain(id);
  });

  it('ranks the State whose alias is the text above the news items that mention it', async () => {
    const ids = await hitIds('Vietnam', 10);
    expect(ids[0]).toBe('state:VNM');
    expect(ids.slice(1).some((id) => id.startsWith('doc:'))).toBe(true);
  });

  it('leaves out a variant no source above machine gives: "Ivory Coast" is not an alias', async () => {
    expect(await hitIds('Ivory Coast', 10, ['STATE'])).toEqual([]);
  });

  it('still ranks an exact symbol above a whole-name match', async () => {
    expect((await hitIds('A/RES/79/243'))[0]).toBe('doc:a-res-79-243');
  });
});
