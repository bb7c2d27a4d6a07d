import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  FindByNameDocument,
  HanoiSignaturesBetweenDocument,
  PossiblySignedByGroupDocument,
  RecordRangedSignatureDocument,
  SignaturesAsOfDocument,
  SignatureTimelineUpToDocument,
  type FindByNameQuery,
} from '../../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { expectCitable, type Evidence } from '../../support/evidence.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../../support/synthetic.js';

/**
 * Questions about dates a source gives only as a range ("25 or 26 October 2025") and about names
 * written another way ("Vietnam", "Turkey", "Ha Noi"), each answered by one request on the seeded
 * graph, each fact in the answer carrying a source a reader can open (a URL) or look up (a symbol).
 */
const CONVENTION = 'treaty:un-cybercrime-convention';
/** The Hanoi signatures no source dates to the day: UK statement, NewsHour, Ecofin's UNODC list. */
const RANGED = ['state:GBR', 'state:SWE', 'state:UGA', 'state:ZWE'];
const HANOI_RANGE = {
  value: '2025-10-25/2025-10-26',
  precision: 'DAY',
  ranged: true,
  earliest: '2025-10-25',
  latest: '2025-10-26',
  text: 'on or before 26 October 2025 (not before 25 October 2025)',
};

let api: TestServer;
const tag = syntheticTag();
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

type Hit = FindByNameQuery['search'][number]['node'];
/** Every fact a search hit shows: the entity and each of its name or place variants. */
function citableOfHit(hit: Hit): { id: string; sources: Evidence[] }[] {
  if (hit.__typename === 'State' || hit.__typename === 'Person') {
    return [hit, ...hit.nameVariants.map((v) => ({ id: `${hit.id} as ${v.name}`, sources: v.sources }))];
  }
  if (hit.__typename === 'Event') {
    return [hit, ...hit.placeVariants.map((v) => ({ id: `${hit.id} at ${v.name}`, sources: v.sources }))];
  }
  if (hit.__typename === 'Document') return [{ id: hit.id, sources: [{ id: hit.id, url: hit.url, symbol: hit.symbol }] }];
  return [];
}

async function search(text: string, first = 5): Promise<Hit[]> {
  const { data, errors } = await api.exec(FindByNameDocument, { text, first });
  expect(errors).toBeUndefined();
  return data!.search.map((h) => h.node);
}

describe('dates known as a range, one request each', () => {
  it('the status on 25 October 2025: the Hanoi signers known only as "25 or 26 October" are possible, shown on or before the 26th, not counted', async () => {
    const { data, errors } = await api.exec(SignaturesAsOfDocument, { treaty: CONVENTION, asOf: '2025-10-25' });
    expect(errors).toBeUndefined();
    const status = data!.treaty!.status;
    expect(status.signatoryCount).toBe(65);
    expect(status.signatories.map((s) => s.participant.id)).not.toEqual(expect.arrayContaining([RANGED[0]]));
    expect(status.possibleSignatures.map((s) => s.participant.id).sort()).toEqual(RANGED);
    for (const signature of status.possibleSignatures) {
      expect(signature.date).toEqual(HANOI_RANGE);
      expect(signature.action?.place).toBe('Hanoi');
      // The range is the Hanoi signing period, cited from the treaty text and the depositary.
      expect(signature.action?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['doc:uncc-text', 'doc:untc-xviii-16']));
    }
    // The undated list no longer mixes Hanoi signers with the later one at Headquarters.
    expect(status.undatedSignatures.map((s) => [s.participant.id, s.action?.place])).toEqual([['state:FJI', 'New York']]);
    expectCitable([...status.signatories, ...status.possibleSignatures, ...status.undatedSignatures].map((s) => s.action!));
  });

  it('the status on 26 October 2025: the ranged signers now count, making the 72 Hanoi signatories', async () => {
    const { data, errors } = await api.exec(SignaturesAsOfDocument, { treaty: CONVENTION, asOf: '2025-10-26' });
    expect(errors).toBeUndefined();
    const status = data!.treaty!.status;
    // UNTC's Hanoi snapshot: "Signatories 72"; 65 dated the 25th, 3 the 26th, 4 "25 or 26".
    expect(status.signatoryCount).toBe(72);
    expect(status.possibleSignatures).toEqual([]);
    const ranged = status.signatories.filter((s) => s.date?.ranged);
    expect(ranged.map((s) => s.participant.id).sort()).toEqual(RANGED);
    expect(ranged.every((s) => s.date?.text.startsWith('on or before 26 October 2025'))).toBe(true);
    expectCitable(status.signatories.map((s) => s.action!));
  });

  it('the undated list today holds only the later New York signature, no Hanoi signer', async () => {
    const { data, errors } = await api.exec(SignaturesAsOfDocument, { treaty: CONVENTION, asOf: '2026-12-01' });
    expect(errors).toBeUndefined();
    const status = data!.treaty!.status;
    expect(status.undatedSignatures.map((s) => s.participant.id)).toEqual(['state:FJI']);
    expect(status.undatedSignatures[0]!.action?.place).toBe('New York');
    expect(status.signatories.filter((s) => s.action?.place === 'Hanoi')).toHaveLength(72);
    expectCitable([...status.signatories, ...status.undatedSignatures].map((s) => s.action!));
  });

  it('which African Group States had possibly, not certainly, signed by 25 October 2025', async () => {
    const { data, errors } = await api.exec(PossiblySignedByGroupDocument, { treaty: CONVENTION, asOf: '2025-10-25' });
    expect(errors).toBeUndefined();
    const african = data!.participantsByRegionalGroup.find((g) => g.group === 'AFRICAN')!;
    expect(african.members.nodes.map((s) => s.id)).toEqual(['state:UGA', 'state:ZWE']);
    expect(african.possiblySigned).toBe(2);
    const total = data!.participantsByRegionalGroup.reduce((sum, g) => sum + g.possiblySigned, 0);
    expect(total).toBe(RANGED.length);
    expectCitable(data!.participantsByRegionalGroup.flatMap((g) => g.members.nodes));
    const later = await api.exec(PossiblySignedByGroupDocument, { treaty: CONVENTION, asOf: '2025-10-26' });
    expect(later.data!.participantsByRegionalGroup.every((g) => g.possiblySigned === 0)).toBe(true);
  });

  it('who signed in Hanoi between 25 and 26 October 2025, the ranged signers included with their range', async () => {
    const { data, errors } = await api.exec(HanoiSignaturesBetweenDocument, { treaty: CONVENTION, from: '2025-10-25', to: '2025-10-26' });
    expect(errors).toBeUndefined();
    const actions = data!.treatyActions.nodes;
    expect(data!.treatyActions.totalCount).toBe(72);
    expect(
      actions
        .filter((a) => a.date?.ranged)
        .map((a) => a.participant?.id)
        .sort(),
    ).toEqual(RANGED);
    expectCitable(actions);
    // Only the 25th: a signature that may have been on the 26th is not placed on the 25th.
    const first = await api.exec(HanoiSignaturesBetweenDocument, { treaty: CONVENTION, from: '2025-10-25', to: '2025-10-25' });
    expect(first.data!.treatyActions.totalCount).toBe(65);
  });

  it('the timeline of signatures up to the 25th and up to the 26th: a ranged act appears only once its latest day is in', async () => {
    const { data, errors } = await api.exec(SignatureTimelineUpToDocument, {
      treaty: CONVENTION,
      dayOne: '2025-10-25',
      dayTwo: '2025-10-26',
    });
    expect(errors).toBeUndefined();
    expect(data!.byDayOne.nodes.filter((i) => i.node.id === 'action:uncc:gbr:signature')).toEqual([]);
    const uk = data!.byDayTwo.nodes.find((i) => i.node.id === 'action:uncc:gbr:signature');
    expect(uk?.date).toEqual(HANOI_RANGE);
    expect(data!.byDayTwo.totalCount - data!.byDayOne.totalCount).toBe(3 + RANGED.length);
    expectCitable(
      [...data!.byDayOne.nodes, ...data!.byDayTwo.nodes].map((i) => ({
        id: i.node.id,
        sources: 'sources' in i.node ? i.node.sources : [],
      })),
    );
  });

  it('a range whose latest day precedes its earliest is refused as bad input, naming the field', async () => {
    // The synthetic treaty lives only for this test: other files' pages list every treaty.
    const { treatyId, docId } = await createSyntheticTreaty(api.db, tag);
    try {
      const input = { treaty: treatyId, participant: 'state:ISL', kind: 'SIGNATURE' as const, sources: [{ id: docId }] };
      const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
      const reversed = await api.exec(RecordRangedSignatureDocument, { input: { ...input, date: '2025-10-26/2025-10-25' } }, auth);
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
      expect(reversed.errors?.[0]?.message).toContain('the latest possible day (2025-10-25) precedes the earliest (2025-10-26)');
      const recorded = await api.exec(RecordRangedSignatureDocument, { input: { ...input, date: '2025-10-25/2025-10-26' } }, auth);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordTreatyAction).toEqual({ id: `action:${tag}:isl:signature:2025-10-25..2025-10-26`, date: HANOI_RANGE });
    } finally {
      await deleteSynthetic(api.db, tag);
    }
  });
});

describe('names written another way, one request each', () => {
  it('"Vietnam" finds the State Viet Nam first, by a variant a source uses; "Viet Nam" still finds it', async () => {
    const hits = await search('Vietnam');
    expect(hits[0]).toMatchObject({ __typename: 'State', id: 'state:VNM', name: 'Viet Nam', aliases: ['Vietnam'] });
    expect(hits.length).toBeGreaterThan(1);
    hits.forEach((hit) => expectCitable(citableOfHit(hit)));
    expect((await search('Viet Nam'))[0]?.id).toBe('state:VNM');
    expect((await search('VIỆT NAM'))[0]?.id).toBe('state:VNM');
  });

  it('"Turkey" and "Turkiye" find Türkiye first, with the source of each variant; "Türkiye" still does', async () => {
    for (const text of ['Turkey', 'Turkiye', 'Türkiye', 'turkey']) {
      const [first] = await search(text);
      expect(first, text).toMatchObject({ __typename: 'State', id: 'state:TUR', name: 'Türkiye' });
      expectCitable(citableOfHit(first!));
    }
    const [turkey] = await search('Turkey');
    expect(turkey?.__typename === 'State' && turkey.nameVariants.map((v) => v.name)).toEqual(['Turkey', 'Turkiye']);
    expect(turkey?.__typename === 'State' && turkey.nameVariants[0]?.sources[0]?.url).toContain('freepressjournal.in');
  });

  it('"Czech Republic" and "Cesko" find Czechia first; "Czechia" still does', async () => {
    for (const text of ['Czech Republic', 'Cesko', 'Česko', 'Czechia']) {
      const [first] = await search(text);
      expect(first, text).toMatchObject({ __typename: 'State', id: 'state:CZE', name: 'Czechia' });
      expectCitable(citableOfHit(first!));
    }
  });

  it('"Cote d\'Ivoire" without its accent finds Côte d\'Ivoire first, and with it too', async () => {
    for (const text of ["Cote d'Ivoire", 'Côte d’Ivoire', "cote d'ivoire"]) {
      const [first] = await search(text);
      expect(first, text).toMatchObject({ __typename: 'State', id: 'state:CIV', name: "Côte d'Ivoire" });
      expectCitable(citableOfHit(first!));
    }
  });

  it('"Antonio Guterres" finds António Guterres first, by the spelling TASS quotes; with the accent too', async () => {
    for (const text of ['Antonio Guterres', 'António Guterres']) {
      const [first] = await search(text);
      expect(first, text).toMatchObject({ __typename: 'Person', id: 'person:antonio-guterres', name: 'António Guterres' });
      expectCitable(citableOfHit(first!));
    }
    const [guterres] = await search('Antonio Guterres');
    expect(guterres?.__typename === 'Person' && guterres.nameVariants.map((v) => [v.name, v.sources.map((s) => s.id)])).toEqual([
      ['Antonio Guterres', ['doc:tass-guterres-second-term']],
    ]);
  });

  it('"Ha Noi" finds the signing ceremony held in Hanoi, by the spelling Viet Nam News uses; "Hanoi" still does', async () => {
    const event = 'event:hanoi-signing-ceremony';
    for (const text of ['Ha Noi', 'Hà Nội', 'Hanoi']) {
      const { data, errors } = await api.exec(FindByNameDocument, { text, first: 50 });
      expect(errors).toBeUndefined();
      const hit = data!.search.map((h) => h.node).find((n) => n.id === event);
      expect(hit, text).toBeDefined();
      expectCitable(citableOfHit(hit!));
    }
    const { data } = await api.exec(FindByNameDocument, { text: 'Ha Noi', first: 50 });
    const ceremony = data!.search.map((h) => h.node).find((n) => n.id === event);
    expect(ceremony?.__typename === 'Event' && ceremony.placeVariants.map((v) => v.name)).toEqual(['Hà Nội']);
  });
});
