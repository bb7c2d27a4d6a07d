import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CommitteeDecisionVotesDocument,
  EventsAtPlaceDocument,
  MemberSignaturesDocument,
  RelationsDocument,
  ResolutionVotesDocument,
  StatementsOfOfficeDocument,
  type RelationsQuery,
  type ResolutionVotesQuery,
} from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { expectCitable } from '../../support/evidence.js';

/**
 * Questions on facts that once lived only in prose (votes, chairs, offices, memberships, the people a
 * document names, kinds of sessions), each answered by one request on the seeded graph, each fact in
 * the answer carrying a source with a URL or a document symbol.
 */
const CONVENTION = 'treaty:un-cybercrime-convention';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

type Relations = Extract<NonNullable<RelationsQuery['node']>, { relations: unknown }>['relations'];
const relationsOf = (node: RelationsQuery['node']): Relations => (node && 'relations' in node ? node.relations : []);
type Votes = Extract<NonNullable<ResolutionVotesQuery['node']>, { votes: unknown }>['votes'];
const votesOf = (node: ResolutionVotesQuery['node']): Votes => (node && 'votes' in node ? node.votes : []);

describe('research questions on structured facts, one request each', () => {
  it('how resolution 79/243 was adopted: without a vote, with no counts, and the sentence that says so', async () => {
    const { data, errors, extensions } = await api.exec(ResolutionVotesDocument, { id: 'doc:a-res-79-243' });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBeLessThanOrEqual(4);
    const votes = votesOf(data!.node);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      decision: 'ADOPTED',
      withoutVote: true,
      inFavour: null,
      against: null,
      abstentions: null,
      wording: 'The General Assembly adopted the resolution without a vote.',
      date: { value: '2024-12-24' },
      event: { id: 'event:ga-adoption-uncc' },
    });
    expectCitable(votes, () => 'the vote on 79/243');
  });

  it('how resolution 74/247 was voted: 79 in favour, 60 against, 33 abstentions', async () => {
    const { data, errors } = await api.exec(ResolutionVotesDocument, { id: 'doc:a-res-74-247' });
    expect(errors).toBeUndefined();
    const votes = votesOf(data!.node);
    expect(votes.map((v) => [v.withoutVote, v.inFavour, v.against, v.abstentions])).toEqual([[false, 79, 60, 33]]);
    expect(votes[0]?.event?.id).toBe('event:ga-adopts-res-74-247');
    expectCitable(votes, () => 'the vote on 74/247');
  });

  it("the Third Committee's decisions and how each was taken: counted in 2019, without a vote in 2024", async () => {
    const { data, errors } = await api.exec(CommitteeDecisionVotesDocument, { body: 'org:unga-third-committee' });
    expect(errors).toBeUndefined();
    const votes = data!.events.nodes.flatMap((e) => e.votes);
    const byId = new Map(votes.map((v) => [v.id, v]));
    expect(byId.get('vote:third-committee-a-c-3-74-l-11')).toMatchObject({
      decision: 'APPROVED',
      inFavour: 88,
      against: 58,
      abstentions: 34,
    });
    expect(byId.get('vote:third-committee-a-78-986')).toMatchObject({
      decision: 'APPROVED',
      withoutVote: true,
      inFavour: null,
      date: null,
    });
    expectCitable(votes, (i) => votes[i]!.id);
  });

  it("the Ad Hoc Committee's Vice-Chairs and the States they were elected for", async () => {
    const { data, errors } = await api.exec(RelationsDocument, { id: 'org:ahc-cybercrime', type: 'CHAIRED', role: 'VICE_CHAIR' });
    expect(errors).toBeUndefined();
    const relations = relationsOf(data!.node);
    expect(relations).toHaveLength(13);
    for (const r of relations) {
      expect(r).toMatchObject({ type: 'CHAIRED', role: 'VICE_CHAIR', direction: 'IN', startedOn: { value: '2021-05-10' } });
      expect(r.onBehalfOf?.id).toMatch(/^state:[A-Z]{3}$/);
    }
    const stateOf = new Map(relations.map((r) => [r.node.id, r.onBehalfOf?.id]));
    expect(stateOf.get('person:markko-kunnapu')).toBe('state:EST');
    expect(stateOf.get('person:james-walsh')).toBe('state:USA');
    expect(new Set(relations.map((r) => r.onBehalfOf?.regionalGroup)).size).toBe(5);
    expectCitable(relations, (i) => `${relations[i]!.node.id} CHAIRED`);
  });

  it('who co-chaired the Hanoi signing ceremony', async () => {
    const { data, errors } = await api.exec(RelationsDocument, { id: 'event:hanoi-signing-ceremony', type: 'CHAIRED' });
    expect(errors).toBeUndefined();
    const relations = relationsOf(data!.node);
    expect(relations.map((r) => [r.node.id, r.role]).sort()).toEqual([
      ['person:antonio-guterres', 'CO_CHAIR'],
      ['person:luong-cuong', 'CO_CHAIR'],
    ]);
    expectCitable(relations, (i) => `${relations[i]!.node.id} co-chair`);
  });

  it('who presided over the General Assembly, for which terms', async () => {
    const { data, errors } = await api.exec(RelationsDocument, { id: 'org:unga', type: 'PRESIDED' });
    expect(errors).toBeUndefined();
    const relations = relationsOf(data!.node);
    expect(relations.map((r) => [r.node.id, r.role, r.startedOn?.value, r.endedOn?.value ?? null])).toEqual([
      ['person:annalena-baerbock', 'PRESIDENT', '2025-09-09', null],
      ['person:philemon-yang', 'PRESIDENT', '2024-09-10', '2025-09-09'],
    ]);
    expectCitable(relations, (i) => `${relations[i]!.node.id} PRESIDED`);
  });

  it('what the Secretary-General said, through the office rather than the name', async () => {
    const { data, errors, extensions } = await api.exec(StatementsOfOfficeDocument, { office: 'UN_SECRETARY_GENERAL' });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(1);
    const statements = data!.statements.nodes;
    expect(statements.length).toBeGreaterThanOrEqual(5);
    expect(new Set(statements.map((s) => s.speaker?.id))).toEqual(new Set(['person:antonio-guterres']));
    expect(statements.map((s) => s.id)).toContain('statement:antonio-guterres-2024-12-24-1');
    expect(data!.statements.totalCount).toBe(statements.length);
    expectCitable(statements, (i) => statements[i]!.id);
  });

  it('which EU member States signed the Convention, members when they signed', async () => {
    const members = await api.exec(RelationsDocument, { id: 'reio:eu', type: 'MEMBER_OF', direction: 'IN' });
    const { data, errors } = await api.exec(MemberSignaturesDocument, { treaty: CONVENTION, memberOf: 'reio:eu' });
    expect(errors).toBeUndefined();
    const memberships = relationsOf(members.data!.node);
    const current = new Set(memberships.filter((m) => m.endedOn === null).map((m) => m.node.id));
    expect(current.size).toBe(27);
    const signers = data!.treatyActions.nodes.map((a) => a.participant!.id);
    expect(signers.length).toBeGreaterThan(10);
    expect(signers.every((id) => current.has(id))).toBe(true);
    expect(signers).toContain('state:FRA');
    // The United Kingdom left on 31 January 2020 and signed as a non-member.
    expect(signers).not.toContain('state:GBR');
    expect(data!.treatyActions.totalCount).toBe(signers.length);
    expectCitable(data!.treatyActions.nodes, (i) => data!.treatyActions.nodes[i]!.id);
  });

  it('the EU member States with the day each joined, and the one that left', async () => {
    const { data, errors } = await api.exec(RelationsDocument, { id: 'reio:eu', type: 'MEMBER_OF', direction: 'IN' });
    expect(errors).toBeUndefined();
    const memberships = relationsOf(data!.node);
    const joined = new Map(memberships.map((m) => [m.node.id, m.startedOn?.value ?? null]));
    expect(joined.get('state:BEL')).toBe('1958-01-01');
    expect(joined.get('state:HRV')).toBe('2013-07-01');
    expect(memberships.find((m) => m.node.id === 'state:GBR')?.endedOn?.value).toBe('2020-01-31');
    expectCitable(memberships, (i) => `${memberships[i]!.node.id} MEMBER_OF`);
  });

  it('whom the adoption press release names, and as what: its press contact', async () => {
    const { data, errors } = await api.exec(RelationsDocument, { id: 'doc:unodc-press-release-adoption', type: 'NAMES' });
    expect(errors).toBeUndefined();
    const relations = relationsOf(data!.node);
    expect(relations.map((r) => [r.node.id, r.role]).sort()).toEqual([
      ['person:ghada-waly', 'QUOTED'],
      ['person:philemon-yang', 'QUOTED'],
      ['person:sonya-yee', 'PRESS_CONTACT'],
    ]);
    expectCitable(relations, (i) => `${relations[i]!.node.id} named`);
  });

  it('intersessional consultations apart from formal sessions, and where they met', async () => {
    const consultations = await api.exec(EventsAtPlaceDocument, { kind: 'INTERSESSIONAL_CONSULTATION', place: 'Vienna' });
    const newYork = await api.exec(EventsAtPlaceDocument, { kind: 'COMMITTEE_SESSION', place: 'New York' });
    expect(consultations.errors).toBeUndefined();
    expect(newYork.errors).toBeUndefined();
    const intersessional = consultations.data!.events.nodes;
    expect(intersessional).toHaveLength(5);
    expect(intersessional.every((e) => /intersessional consultation/i.test(e.name) && e.place === 'Vienna')).toBe(true);
    const sessions = newYork.data!.events.nodes;
    expect(sessions.map((e) => e.id)).toContain('event:ahc-first-session');
    expect(sessions.every((e) => e.kind === 'COMMITTEE_SESSION' && e.place!.startsWith('New York'))).toBe(true);
    expect(sessions.some((e) => /intersessional/i.test(e.name))).toBe(false);
    expectCitable([...intersessional, ...sessions], (i) => [...intersessional, ...sessions][i]!.id);
  });

  it('an empty place is refused with the field named', async () => {
    const { errors } = await api.exec(EventsAtPlaceDocument, { place: ' ' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'place' });
  });
});
