import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readSeeds } from '../../src/ingest/read.js';
import { SEEDS_DIR } from '../../src/ingest/seed.js';
import {
  AllStatementsDocument,
  ConflictDetailDocument,
  ConflictsDocument,
  EventDetailDocument,
  EventsDocument,
  NodeByIdDocument,
  OrganizationDetailDocument,
  PersonDetailDocument,
  StatesDocument,
  TreatyAdoptionDocument,
} from '../generated/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** What the graph must hold is what the seed files say: the tests compare against them, not a copy. */
const seeds = readSeeds(SEEDS_DIR);
const CONVENTION = 'treaty:un-cybercrime-convention';
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('the treaty-process graph through GraphQL', () => {
  it('holds the Convention, adopted on 24 December 2024 by the General Assembly under A/RES/79/243', async () => {
    const { data, errors } = await api.exec(TreatyAdoptionDocument, { id: CONVENTION });
    expect(errors).toBeUndefined();
    const seed = seeds.treaties.find((t) => t.id === CONVENTION)!;
    expect(data?.treaty).toMatchObject({
      id: CONVENTION,
      name: seed.shortTitle,
      adoptedOn: { value: '2024-12-24', precision: 'DAY' },
      adoptedBy: { id: 'org:unga' },
      adoptionDocument: { id: 'doc:a-res-79-243', symbol: 'A/RES/79/243', kind: 'RESOLUTION', publishedOn: { value: '2024-12-24' } },
    });
    expect(sorted(data!.treaty.sources.map((s) => s.id))).toEqual(sorted(seed.sources));
  });

  it.each(['org:unga', 'org:unodc', 'org:ahc-cybercrime', 'org:cosp-cybercrime'])(
    'holds %s as in the seeds, with its sources',
    async (id) => {
      const { data, errors } = await api.exec(OrganizationDetailDocument, { id });
      expect(errors).toBeUndefined();
      const seed = seeds.organizations.find((o) => o.id === id)!;
      expect(data?.organization).toMatchObject({ id, name: seed.name, acronym: seed.acronym ?? null, kind: seed.kind });
      expect(sorted(data!.organization.sources.map((s) => s.id))).toEqual(sorted(seed.sources));
    },
  );

  it('relates UNODC, the Ad Hoc Committee, the General Assembly and the Conference of the States Parties', async () => {
    const unodc = (await api.exec(OrganizationDetailDocument, { id: 'org:unodc' })).data!.organization;
    expect(sorted(unodc.secretariatOf.map((o) => o.id))).toEqual(['org:ahc-cybercrime', 'org:cosp-cybercrime']);

    const ahc = (await api.exec(OrganizationDetailDocument, { id: 'org:ahc-cybercrime' })).data!.organization;
    expect(ahc.secretariat?.id).toBe('org:unodc');
    expect(ahc.subsidiaryOf?.id).toBe('org:unga');
    expect(sorted(ahc.negotiates.map((p) => p.id))).toEqual(
      sorted(seeds.processes.filter((p) => p.conductedBy === 'org:ahc-cybercrime').map((p) => p.id)),
    );
    const established = ahc.relations.find((r) => r.type === 'ESTABLISHED');
    expect(established).toMatchObject({ direction: 'IN', node: { __typename: 'Document', id: 'doc:a-res-74-247' } });
    expect(established!.sources.length).toBeGreaterThan(0);

    const unga = (await api.exec(OrganizationDetailDocument, { id: 'org:unga' })).data!.organization;
    expect(unga.subsidiaries.map((o) => o.id)).toContain('org:ahc-cybercrime');
  });

  it('holds Philémon Yang and Ghada Waly in their offices, with sources', async () => {
    const yang = (await api.exec(PersonDetailDocument, { id: 'person:philemon-yang' })).data!.person;
    expect(yang.name).toBe('Philémon Yang');
    expect(yang.positions.map((p) => p.heldIn?.id)).toContain('org:unga');

    const waly = (await api.exec(PersonDetailDocument, { id: 'person:ghada-waly' })).data!.person;
    expect(waly.name).toBe('Ghada Waly');
    const office = waly.positions.find((p) => p.heldIn?.id === 'org:unodc');
    expect(office?.title).toBe('Executive Director');
    expect(office!.sources.length).toBeGreaterThan(0);
  });

  it('holds Sonya Yee as Chief of the UNODC Advocacy Section, a part of UNODC', async () => {
    const seed = seeds.positions.find((p) => p.person === 'person:sonya-yee')!;
    const { data, errors } = await api.exec(PersonDetailDocument, { id: 'person:sonya-yee' });
    expect(errors).toBeUndefined();
    const [position] = data!.person.positions;
    expect(data!.person.positions).toHaveLength(1);
    expect(position!.title).toBe(seed.title);
    expect(position!.title).toContain('Chief, UNODC Advocacy Section');
    expect(position!.heldIn).toMatchObject({ __typename: 'Organization', id: seed.in });
    expect(position!.sources.map((s) => s.id)).toEqual(sorted(seed.sources));

    const section = (await api.exec(OrganizationDetailDocument, { id: seed.in })).data!.organization;
    expect(section.relations).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', direction: 'OUT', node: { __typename: 'Organization', id: 'org:unodc' } }),
    );
  });

  it('resolves every speaker of the quotes as a Person', async () => {
    const speakers = [...new Set(seeds.statements.map((s) => s.speaker))];
    for (const id of speakers) {
      const { data, errors } = await api.exec(NodeByIdDocument, { id });
      expect(errors, id).toBeUndefined();
      expect(data?.node.__typename, id).toBe('Person');
    }
  });

  it('holds every quote with its speaker, date and sources, as in seeds/statements.json', async () => {
    const seed = seeds.statements;
    expect(seed).toHaveLength(39);
    const { data, errors } = await api.exec(AllStatementsDocument, { first: 100 });
    expect(errors).toBeUndefined();
    const quotes = data!.statements.nodes;
    expect(data!.statements.totalCount).toBe(seed.length);
    expect(quotes).toHaveLength(seed.length);
    const byId = new Map(quotes.map((q) => [q.id, q]));
    for (const record of seed) {
      const quote = byId.get(record.id);
      expect(quote, record.id).toBeDefined();
      expect(quote!.text).toBe(record.text);
      expect(quote!.speaker?.id).toBe(record.speaker);
      expect(quote!.saidOn?.value).toBe(record.saidOn);
      expect(sorted(quote!.sources.map((s) => s.id))).toEqual(sorted(record.sources));
      expect(sorted(quote!.about.map((a) => a.id))).toEqual(sorted(record.about));
      expect(quote!.at?.id ?? null).toBe(record.at ?? null);
    }
    expect(seed.filter((s) => s.sources.includes('doc:unodc-press-release-adoption')).length).toBeGreaterThan(0);
  });

  it("lists the Ad Hoc Committee's sessions, as many as the seeds hold, in date order", async () => {
    const expected = seeds.events.filter((e) => e.kind === 'COMMITTEE_SESSION' && e.body === 'org:ahc-cybercrime');
    const { data, errors } = await api.exec(EventsDocument, { kind: 'COMMITTEE_SESSION', body: 'org:ahc-cybercrime', first: 100 });
    expect(errors).toBeUndefined();
    const sessions = data!.events.nodes;
    expect(data!.events.totalCount).toBe(expected.length);
    expect(sorted(sessions.map((s) => s.id))).toEqual(sorted(expected.map((e) => e.id)));
    const starts = sessions.map((s) => s.start!.first);
    expect(starts).toEqual([...starts].sort());
    expect(sessions.every((s) => s.kind === 'COMMITTEE_SESSION' && s.body?.id === 'org:ahc-cybercrime' && s.sources.length > 0)).toBe(true);

    const convened = (await api.exec(OrganizationDetailDocument, { id: 'org:ahc-cybercrime' })).data!.organization.convened;
    expect(sorted(convened.filter((e) => e.kind === 'COMMITTEE_SESSION').map((e) => e.id))).toEqual(sorted(expected.map((e) => e.id)));
  });

  it('holds the adoption on 24 December 2024, recorded as without a vote', async () => {
    const seed = seeds.events.find((e) => e.id === 'event:ga-adoption-uncc')!;
    const { data, errors } = await api.exec(EventDetailDocument, { id: seed.id });
    expect(errors).toBeUndefined();
    const adoption = data!.event;
    expect(adoption).toMatchObject({ kind: 'ADOPTION', start: { value: '2024-12-24', precision: 'DAY' }, body: { id: 'org:unga' } });
    expect(adoption.description).toBe(seed.description);
    expect(adoption.description).toContain('without a vote');
    expect(sorted(adoption.sources.map((s) => s.id))).toEqual(sorted(seed.sources));
    expect(adoption.statements.map((s) => s.speaker?.id)).toContain('person:philemon-yang');

    // The sources also say "consensus" and "unanimously": kept as claims of one conflict, none picked.
    const described = (await api.exec(ConflictDetailDocument, { id: 'conflict:ga-adoption-description' })).data!.conflict;
    expect(described.claims.some((c) => c.value.includes('without a vote'))).toBe(true);
    expect(described.claims.every((c) => c.sources.length > 0)).toBe(true);
  });

  it('holds the signing ceremony in Hanoi on 25 and 26 October 2025', async () => {
    const seed = seeds.events.find((e) => e.id === 'event:hanoi-signing-ceremony')!;
    const { data, errors } = await api.exec(EventDetailDocument, { id: seed.id });
    expect(errors).toBeUndefined();
    expect(data!.event).toMatchObject({
      kind: 'SIGNING_CEREMONY',
      place: seed.place,
      start: { value: '2025-10-25', precision: 'DAY' },
      end: { value: '2025-10-26', precision: 'DAY' },
    });
    expect(data!.event.place).toContain('Hanoi');
    expect(data!.event.hosts.map((h) => h.id)).toContain('state:VNM');
    expect(data!.event.organizers.map((o) => o.id)).toContain('org:unodc');
    const saidThere = seeds.statements.filter((s) => s.at === seed.id).map((s) => s.id);
    expect(sorted(data!.event.statements.map((s) => s.id))).toEqual(sorted(saidThere));
  });

  it('holds the 193 Member States, each with a regional group or a note', async () => {
    const states: { id: string; iso3: string | null; regionalGroup: string | null; note: string | null; kind: string }[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data, errors } = await api.exec(StatesDocument, { kind: 'MEMBER_STATE', first: 100, after });
      expect(errors).toBeUndefined();
      expect(data!.states.totalCount).toBe(193);
      states.push(...data!.states.nodes);
      if (!data!.states.pageInfo.hasNextPage) break;
      after = data!.states.pageInfo.endCursor;
    }
    expect(states).toHaveLength(193);
    expect(new Set(states.map((s) => s.id)).size).toBe(193);
    expect(states.every((s) => s.kind === 'MEMBER_STATE' && s.iso3 !== null && s.id === `state:${s.iso3}`)).toBe(true);
    expect(states.every((s) => s.regionalGroup !== null || (s.note ?? '') !== '')).toBe(true);
    const seeded = seeds.participants.filter((p) => p.kind === 'MEMBER_STATE');
    expect(sorted(states.map((s) => s.id))).toEqual(sorted(seeded.map((p) => p.id)));
  });

  it('shows every conflict with all its claims, each with its own sources', async () => {
    const { data, errors } = await api.exec(ConflictsDocument, { first: 100 });
    expect(errors).toBeUndefined();
    expect(data!.conflicts.totalCount).toBe(seeds.conflicts.length);
    for (const conflict of data!.conflicts.nodes) {
      const expected = seeds.claims.filter((c) => c.conflict === conflict.id);
      expect(sorted(conflict.claims.map((c) => c.id)), conflict.id).toEqual(sorted(expected.map((c) => c.id)));
      for (const claim of conflict.claims) {
        const seed = expected.find((c) => c.id === claim.id)!;
        expect(claim.conflict?.id).toBe(conflict.id);
        expect(sorted(claim.sources.map((s) => s.id))).toEqual(sorted(seed.sources));
        expect(sorted(claim.about.map((a) => a.id))).toEqual(sorted(seed.about));
      }
    }
  });

  it('keeps the disputed signatory counts (60, 64, 65, 69, 72) as separate claims, each with its own source', async () => {
    const { data } = await api.exec(ConflictDetailDocument, { id: 'conflict:number-of-signatories-hanoi' });
    const claims = data!.conflict.claims;
    for (const count of ['60', '64', '65', '69', '72']) {
      const stating = claims.filter((c) => new RegExp(`\\b${count}\\b`).test(c.value));
      expect(stating.length, count).toBeGreaterThan(0);
      expect(stating.every((c) => c.sources.length > 0)).toBe(true);
    }
    const sourceSets = claims.map((c) => c.sources.map((s) => s.id).join());
    expect(new Set(sourceSets).size).toBe(claims.length);
  });
});
