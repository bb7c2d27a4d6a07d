import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ActionsByIso3Document,
  ConflictsAboutDocument,
  DefaultPathDocument,
  GroupMembersByStandingDocument,
  GroupSignaturesAtPlaceDocument,
  QuotesOfOrganizationDocument,
  SignaturesOnDayDocument,
  StateActionsOnTreatyDocument,
  SteeredPathsDocument,
} from '../generated/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectCitable } from '../support/evidence.js';

/**
 * Questions a researcher asks of the seeded graph, each answered by one request, each fact in the
 * answer carrying a source a reader can open (a URL) or look up (a document symbol).
 */
const CONVENTION = 'treaty:un-cybercrime-convention';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('research questions, one request each', () => {
  it('everything UNODC officials said: through the offices they held at the time', async () => {
    const { data, errors, extensions } = await api.exec(QuotesOfOrganizationDocument, { organization: 'org:unodc', first: 100 });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(1);
    const speakers = new Set(data!.statements.nodes.map((s) => s.speaker?.id));
    expect(speakers.has('person:ghada-waly')).toBe(true);
    // The President of the General Assembly did not speak for UNODC.
    expect(speakers.has('person:philemon-yang')).toBe(false);
    expect(data!.statements.totalCount).toBe(data!.statements.nodes.length);
    expectCitable(data!.statements.nodes);
  });

  it('which African Group States signed in Hanoi', async () => {
    const { data, errors } = await api.exec(GroupSignaturesAtPlaceDocument, { treaty: CONVENTION, group: 'AFRICAN', place: 'Hanoi' });
    expect(errors).toBeUndefined();
    const actions = data!.treatyActions.nodes;
    expect(actions.map((a) => a.participant?.id)).toContain('state:DZA');
    for (const action of actions) {
      expect(action.participant?.regionalGroup).toBe('AFRICAN');
      expect(action.place).toBe('Hanoi');
    }
    expectCitable(actions);
  });

  it('who signed on 25 October 2025, known to the day', async () => {
    const { data, errors } = await api.exec(SignaturesOnDayDocument, { treaty: CONVENTION, on: '2025-10-25' });
    expect(errors).toBeUndefined();
    expect(data!.treatyActions.totalCount).toBeGreaterThan(10);
    for (const action of data!.treatyActions.nodes) expect(action.date).toEqual({ value: '2025-10-25', precision: 'DAY' });
  });

  it("a State's actions named by its ISO code, as state(iso3:) takes it", async () => {
    const byCode = await api.exec(ActionsByIso3Document, { state: 'vnm', treaty: CONVENTION });
    const byId = await api.exec(ActionsByIso3Document, { state: 'state:VNM', treaty: CONVENTION });
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data!.treatyActions.totalCount).toBeGreaterThan(0);
    expect(byCode.data).toEqual(byId.data);
  });

  it("Viet Nam's actions on the Convention alone, from the State", async () => {
    const { data, errors } = await api.exec(StateActionsOnTreatyDocument, { iso3: 'VNM', treaty: CONVENTION });
    expect(errors).toBeUndefined();
    const actions = data!.state!.actions.nodes;
    expect(actions.map((a) => a.kind)).toContain('SIGNATURE');
    for (const action of actions) expect(action.treaty?.id).toBe(CONVENTION);
    expectCitable(actions);
  });

  it('who in each regional group had not signed on 26 October 2025: the names behind the count, paginated', async () => {
    const { data, errors, extensions } = await api.exec(GroupMembersByStandingDocument, {
      treaty: CONVENTION,
      asOf: '2025-10-26',
      standing: 'NOT_SIGNED',
      first: 100,
    });
    expect(errors).toBeUndefined();
    for (const group of data!.participantsByRegionalGroup) {
      expect(group.members.totalCount).toBe(group.notSigned);
      expect(group.members.nodes).toHaveLength(group.notSigned);
    }
    const signed = await api.exec(GroupMembersByStandingDocument, {
      treaty: CONVENTION,
      asOf: '2025-10-26',
      standing: 'SIGNED',
      first: 100,
    });
    const signedIds = new Set(signed.data!.participantsByRegionalGroup.flatMap((g) => g.members.nodes.map((s) => s.id)));
    const notSignedIds = data!.participantsByRegionalGroup.flatMap((g) => g.members.nodes.map((s) => s.id));
    expect(signedIds.has('state:VNM')).toBe(true);
    expect(notSignedIds.filter((id) => signedIds.has(id))).toEqual([]);
    // Every group's page of States is one batched read: a page of 1 costs what a page of 100 costs.
    const small = await api.exec(GroupMembersByStandingDocument, {
      treaty: CONVENTION,
      asOf: '2025-10-26',
      standing: 'NOT_SIGNED',
      first: 1,
    });
    expect(extensions?.cypherRoundTrips).toBe(small.extensions?.cypherRoundTrips);
  });

  it('pages through a group with Relay-complete page info', async () => {
    const first = await api.exec(GroupMembersByStandingDocument, { treaty: CONVENTION, standing: 'ANY', first: 5 });
    const african = first.data!.participantsByRegionalGroup.find((g) => g.group === 'AFRICAN')!;
    expect(african.members.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(african.members.pageInfo.startCursor).not.toBeNull();
    const next = await api.exec(GroupMembersByStandingDocument, {
      treaty: CONVENTION,
      standing: 'ANY',
      first: 5,
      after: african.members.pageInfo.endCursor,
    });
    const nextAfrican = next.data!.participantsByRegionalGroup.find((g) => g.group === 'AFRICAN')!;
    expect(nextAfrican.members.pageInfo.hasPreviousPage).toBe(true);
    expect(nextAfrican.members.nodes[0]!.id > african.members.nodes.at(-1)!.id).toBe(true);
  });

  it('which disagreements concern the Convention, and the one on how its adoption was voted', async () => {
    const about = await api.exec(ConflictsAboutDocument, { about: CONVENTION });
    expect(about.errors).toBeUndefined();
    expect(about.data!.conflicts.totalCount).toBeGreaterThan(0);
    const voted = await api.exec(ConflictsAboutDocument, { topic: 'vote' });
    expect(voted.data!.conflicts.nodes.map((c) => c.id)).toContain('conflict:ga-adoption-description');
    for (const conflict of voted.data!.conflicts.nodes) expectCitable(conflict.claims);
  });

  it('how Ghada Waly is connected to Viet Nam, without going through quotes, in up to three ways', async () => {
    const { data, errors } = await api.exec(SteeredPathsDocument, {
      from: 'person:ghada-waly',
      to: 'state:VNM',
      first: 3,
      via: { avoidKinds: ['Statement', 'Claim'] },
    });
    expect(errors).toBeUndefined();
    const paths = data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
    for (const path of paths) {
      expect(path.nodes.slice(1, -1).filter((n) => n.__typename === 'Statement' || n.__typename === 'Claim')).toEqual([]);
      for (const edge of path.edges) expect(edge.sources.length).toBeGreaterThan(0);
    }
  });

  it('by default a path does not pass through "is about" hops', async () => {
    const { data, errors } = await api.exec(DefaultPathDocument, { from: 'person:ghada-waly', to: 'state:VNM' });
    expect(errors).toBeUndefined();
    expect(data!.path?.edges.map((e) => e.type)).not.toContain('ABOUT');
  });

  it.each([
    [{ via: { relationshipTypes: ['SAID', 'KNOWS'] } }, 'via.relationshipTypes[1]'],
    [{ via: { avoidKinds: ['Planet'] } }, 'via.avoidKinds[0]'],
    [{ first: 6 }, 'first'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (args, field) => {
    const { data, errors } = await api.exec(SteeredPathsDocument, { from: 'person:ghada-waly', to: 'state:VNM', ...args });
    expect(data?.paths ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
