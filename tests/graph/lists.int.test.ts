import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parsePartialDate } from '../../src/model/partial-date.js';
import { readSeeds } from '../../src/ingest/read.js';
import { SEEDS_DIR } from '../../src/ingest/seed.js';
import {
  ClaimsDocument,
  ConflictsDocument,
  DocumentsCitedByDocument,
  EntityRelationsDocument,
  EventsDocument,
  ProcessesDocument,
  StateLookupDocument,
  StatesDocument,
  StatesNestedDocument,
  type EventsQueryVariables,
} from '../generated/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';

const seeds = readSeeds(SEEDS_DIR);
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('state lookups', () => {
  it('finds a State by id or by ISO3 code, in any case', async () => {
    const byId = await api.exec(StateLookupDocument, { id: 'state:VNM' });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.state).toEqual({
      id: 'state:VNM',
      iso3: 'VNM',
      name: 'Viet Nam',
      kind: 'MEMBER_STATE',
      regionalGroup: 'ASIA_PACIFIC',
    });
    const byIso3 = await api.exec(StateLookupDocument, { iso3: 'vnm' });
    expect(byIso3.data!.state).toEqual(byId.data!.state);
    const eu = await api.exec(StateLookupDocument, { id: 'reio:eu' });
    expect(eu.data!.state).toMatchObject({ kind: 'REIO', iso3: null });
  });

  it.each([
    [{ id: 'state:VNM', iso3: 'VNM' }, 'BAD_USER_INPUT', 'iso3'],
    [{}, 'BAD_USER_INPUT', 'id'],
    [{ iso3: 'VN' }, 'BAD_USER_INPUT', 'iso3'],
    [{ iso3: 'XXX' }, 'NOT_FOUND', 'iso3'],
    [{ id: 'state:XXX' }, 'NOT_FOUND', 'id'],
    [{ id: 'org:unodc' }, 'NOT_FOUND', 'id'],
  ])('refuses %j with %s naming %s', async (variables, code, field) => {
    const { errors } = await api.exec(StateLookupDocument, variables);
    expect(errors?.[0]?.extensions).toMatchObject({ code, field });
  });
});

describe('states', () => {
  it('filters by regional group, kind and name', async () => {
    const asia = await api.exec(StatesDocument, { regionalGroup: 'ASIA_PACIFIC', first: 100 });
    const expected = seeds.participants.filter((p) => p.regionalGroup === 'ASIA_PACIFIC');
    expect(asia.data!.states.totalCount).toBe(expected.length);
    expect(sorted(asia.data!.states.nodes.map((s) => s.id))).toEqual(sorted(expected.map((p) => p.id)));

    const reio = await api.exec(StatesDocument, { kind: 'REIO' });
    expect(reio.data!.states.nodes.map((s) => s.id)).toEqual(['reio:eu']);

    const viet = await api.exec(StatesDocument, { name: 'VIET' });
    expect(viet.data!.states.nodes.map((s) => s.id)).toEqual(['state:VNM']);
  });

  it('pages by name with cursors that continue where the last page ended', async () => {
    const all = await api.exec(StatesDocument, { first: 100 });
    const names = all.data!.states.nodes.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const page1 = await api.exec(StatesDocument, { first: 7 });
    const page2 = await api.exec(StatesDocument, { first: 7, after: page1.data!.states.pageInfo.endCursor });
    expect([...page1.data!.states.nodes, ...page2.data!.states.nodes].map((s) => s.id)).toEqual(
      all.data!.states.nodes.slice(0, 14).map((s) => s.id),
    );
    const negative = await api.exec(StatesDocument, { first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const junk = await api.exec(StatesDocument, { after: 'not-a-cursor' });
    expect(junk.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('events', () => {
  async function allEvents(variables: Omit<EventsQueryVariables, 'first' | 'after'>, pageSize = 100) {
    const nodes = [];
    let after: string | null | undefined;
    for (;;) {
      const { data, errors } = await api.exec(EventsDocument, { ...variables, first: pageSize, after });
      expect(errors).toBeUndefined();
      nodes.push(...data!.events.nodes);
      if (!data!.events.pageInfo.hasNextPage) return { nodes, totalCount: data!.events.totalCount };
      after = data!.events.pageInfo.endCursor;
    }
  }

  it('lists every event in date order, undated ones last, the same in pages of 4 as in one page', async () => {
    const whole = await allEvents({});
    expect(whole.totalCount).toBe(seeds.events.length);
    expect(sorted(whole.nodes.map((e) => e.id))).toEqual(sorted(seeds.events.map((e) => e.id)));
    const keys = whole.nodes.map((e) => `${e.start?.first ?? '9999-12-31'} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(whole.nodes.at(-1)?.start).toBeNull();
    const paged = await allEvents({}, 4);
    expect(paged.nodes.map((e) => e.id)).toEqual(whole.nodes.map((e) => e.id));
  });

  it('filters by the whole start date: from and to', async () => {
    const { nodes } = await allEvents({ from: '2025-10-01', to: '2025-10-31' });
    const expected = seeds.events.filter((e) => {
      const start = e.start === null ? undefined : parsePartialDate(e.start);
      return start !== undefined && start.first >= '2025-10-01' && start.last <= '2025-10-31';
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((e) => e.id)).toEqual(expect.arrayContaining(expected.map((e) => e.id)));
    expect(nodes).toHaveLength(expected.length);
    expect(nodes.map((e) => e.id)).toContain('event:hanoi-signing-ceremony');

    const backwards = await api.exec(EventsDocument, { from: '2025-10-31', to: '2025-10-01' });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('filters by process and kind, with the process and body of each event', async () => {
    const { nodes, totalCount } = await allEvents({ partOf: 'process:uncc-negotiations' });
    const expected = seeds.events.filter((e) => e.partOf === 'process:uncc-negotiations');
    expect(totalCount).toBe(expected.length);
    expect(nodes.every((e) => e.partOf?.id === 'process:uncc-negotiations')).toBe(true);
    for (const event of nodes) {
      expect(event.body?.id ?? null).toBe(expected.find((e) => e.id === event.id)!.body ?? null);
    }
    const adoptions = await allEvents({ kind: 'ADOPTION' });
    expect(adoptions.nodes.map((e) => e.id)).toEqual(['event:ga-adoption-uncc']);
  });
});

describe('processes', () => {
  it('lists the negotiations with who conducts them, what they produced and their events in date order', async () => {
    const { data, errors } = await api.exec(ProcessesDocument, {});
    expect(errors).toBeUndefined();
    expect(data!.processes.totalCount).toBe(seeds.processes.length);
    for (const process of data!.processes.nodes) {
      const seed = seeds.processes.find((p) => p.id === process.id)!;
      expect(process.conductedBy?.id).toBe(seed.conductedBy);
      expect(process.produced?.id ?? null).toBe(seed.produced ?? null);
      const events = seeds.events.filter((e) => e.partOf === process.id).map((e) => e.id);
      expect(sorted(process.events.map((e) => e.id))).toEqual(sorted(events));
      const starts = process.events.map((e) => e.start?.first ?? '9999-12-31');
      expect(starts).toEqual([...starts].sort());
    }
  });
});

describe('claims', () => {
  it('filters claims by what they are about, by topic and by conflict', async () => {
    const about = await api.exec(ClaimsDocument, { about: 'event:hanoi-signing-ceremony', first: 100 });
    const expected = seeds.claims.filter((c) => c.about.includes('event:hanoi-signing-ceremony'));
    expect(about.data!.claims.totalCount).toBe(expected.length);
    expect(about.data!.claims.nodes.every((c) => c.about.some((a) => a.id === 'event:hanoi-signing-ceremony'))).toBe(true);

    const topic = await api.exec(ClaimsDocument, { topic: 'SIGNATORIES', first: 100 });
    expect(topic.data!.claims.nodes.length).toBeGreaterThan(0);
    expect(topic.data!.claims.nodes.every((c) => /signatories/i.test(c.topic))).toBe(true);

    const conflict = await api.exec(ClaimsDocument, { conflict: 'conflict:number-of-signatories-hanoi', first: 100 });
    const inConflict = seeds.claims.filter((c) => c.conflict === 'conflict:number-of-signatories-hanoi');
    expect(sorted(conflict.data!.claims.nodes.map((c) => c.id))).toEqual(sorted(inConflict.map((c) => c.id)));
    expect(conflict.data!.claims.nodes.every((c) => c.conflict?.id === 'conflict:number-of-signatories-hanoi')).toBe(true);
  });
});

describe('relations', () => {
  it('shows the relationships of an entity with their direction, the other end and the sources', async () => {
    const { data, errors } = await api.exec(EntityRelationsDocument, { id: 'org:unodc', types: ['SECRETARIAT_OF'], direction: 'OUT' });
    expect(errors).toBeUndefined();
    const relations = data!.node.__typename === 'Organization' ? data!.node.relations : [];
    const expected = seeds.relations.filter((r) => r.from === 'org:unodc' && r.type === 'SECRETARIAT_OF');
    expect(relations.map((r) => r.node.id)).toEqual(sorted(expected.map((r) => r.to)));
    for (const relation of relations) {
      const seed = expected.find((r) => r.to === relation.node.id)!;
      expect(relation).toMatchObject({ type: 'SECRETARIAT_OF', direction: 'OUT', confidence: (seed.confidence ?? 'stated').toUpperCase() });
      expect(sorted(relation.sources.map((s) => s.id))).toEqual(sorted(seed.sources));
    }

    // A relationship that belongs to a fact (a position held in UNODC) records no confidence of its own.
    const offices = await api.exec(EntityRelationsDocument, { id: 'org:unodc', types: ['IN'], direction: 'IN' });
    const held = offices.data!.node.__typename === 'Organization' ? offices.data!.node.relations : [];
    expect(held.map((r) => r.node.id)).toContain('position:ghada-waly-unodc');
    expect(held.every((r) => r.confidence === null && r.sources.length > 0)).toBe(true);
  });

  it('leaves citations out unless asked, and a citation is sourced by the document itself', async () => {
    const plain = await api.exec(EntityRelationsDocument, { id: 'doc:a-res-79-243' });
    const plainRelations = plain.data!.node.__typename === 'Document' ? plain.data!.node.relations : [];
    expect(plainRelations.some((r) => r.type === 'CITES')).toBe(false);
    expect(plainRelations).toContainEqual(
      expect.objectContaining({
        type: 'ADOPTED_BY_RESOLUTION',
        direction: 'IN',
        node: { __typename: 'Treaty', id: 'treaty:un-cybercrime-convention' },
      }),
    );

    // What the resolution cites: each citation's source is the document cited.
    const cites = await api.exec(EntityRelationsDocument, { id: 'doc:a-res-79-243', types: ['CITES'], direction: 'OUT' });
    const cited = cites.data!.node.__typename === 'Document' ? cites.data!.node.relations : [];
    const seed = seeds.documents.find((d) => d.id === 'doc:a-res-79-243')!;
    expect(cited.map((r) => r.node.id)).toEqual(sorted(seed.sources ?? []));
    expect(cited.every((r) => r.sources.length === 1 && r.sources[0]!.id === r.node.id)).toBe(true);

    // What cites the press release: each citation's source is the press release.
    const citedBy = await api.exec(EntityRelationsDocument, { id: 'doc:unodc-press-release-adoption', types: ['CITES'], direction: 'IN' });
    const citing = citedBy.data!.node.__typename === 'Document' ? citedBy.data!.node.relations : [];
    expect(citing.map((r) => r.node.id)).toContain('statement:ghada-waly-2024-12-24-1');
    expect(citing.every((r) => r.sources.length === 1 && r.sources[0]!.id === 'doc:unodc-press-release-adoption')).toBe(true);

    const empty = await api.exec(EntityRelationsDocument, { id: 'org:unodc', types: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types' });
  });
});

describe('round trips', () => {
  it('a nested list of 100 States costs what a list of 5 costs', async () => {
    const small = await api.exec(StatesNestedDocument, { first: 5 });
    const large = await api.exec(StatesNestedDocument, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.data!.states.nodes).toHaveLength(100);
    expect(large.data!.states.nodes.some((s) => s.relations.length > 0)).toBe(true);
    expect(large.extensions?.cypherRoundTrips).toBe(small.extensions?.cypherRoundTrips);
    // The list, then one batch per nested field (sources, positions, their people, nationals, bodies,
    // relations) and one for the documents of every relation.
    expect(large.extensions!.cypherRoundTrips).toBeLessThanOrEqual(8);
  });

  it('what cites 100 documents costs what it costs for 5', async () => {
    const small = await api.exec(DocumentsCitedByDocument, { first: 5, citedFirst: 3 });
    const large = await api.exec(DocumentsCitedByDocument, { first: 100, citedFirst: 3 });
    expect(large.errors).toBeUndefined();
    expect(large.data!.documents.nodes).toHaveLength(100);
    expect(large.data!.documents.nodes.every((d) => d.citedBy.nodes.length <= 3 && d.citedBy.totalCount >= d.citedBy.nodes.length)).toBe(
      true,
    );
    expect(large.extensions?.cypherRoundTrips).toBe(small.extensions?.cypherRoundTrips);
    expect(large.extensions?.cypherRoundTrips).toBe(2);
  });

  it('events and conflicts with their nested fields cost the same for 2 items as for all', async () => {
    const fewEvents = await api.exec(EventsDocument, { first: 2 });
    const manyEvents = await api.exec(EventsDocument, { first: 100 });
    expect(manyEvents.data!.events.nodes.length).toBeGreaterThan(30);
    expect(manyEvents.extensions?.cypherRoundTrips).toBe(fewEvents.extensions?.cypherRoundTrips);

    const fewConflicts = await api.exec(ConflictsDocument, { first: 2 });
    const manyConflicts = await api.exec(ConflictsDocument, { first: 100 });
    expect(manyConflicts.data!.conflicts.nodes.length).toBe(seeds.conflicts.length);
    expect(manyConflicts.extensions?.cypherRoundTrips).toBe(fewConflicts.extensions?.cypherRoundTrips);
  });
});
