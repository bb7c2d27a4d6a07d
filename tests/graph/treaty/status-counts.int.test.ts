import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/database.js';
import { addDays, parsePartialDate } from '../../../src/model/partial-date.js';
import {
  RecordTreatyActionDocument,
  RetractFactDocument,
  TreatiesStatusCountsDocument,
  TreatiesStatusCountsFromActionsDocument,
  TreatyStatusCountsAsRecordedDocument,
  TreatyStatusCountsDocument,
  TreatyStatusCountsFromActionsAsRecordedDocument,
  TreatyStatusCountsFromActionsDocument,
  TreatyStatusCountsTwoDaysDocument,
} from '../../generated/operations.js';
import { startTestServer, testDatabase, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { CONVENTION, memberStates, SyntheticTreaty, type SyntheticAction } from '../../support/synthetic-treaty.js';

/**
 * A status that asks only for counts is computed in Neo4j (one row); one that asks for a list goes
 * through the entry-into-force module with every action. Both must give the same counts, trigger and
 * dates on every day: checked on the seeded graph and on synthetic treaties built to reach each
 * branch of the rule.
 */
let api: TestServer;
let db: Database;
let treaty: SyntheticTreaty;
let unruled: SyntheticTreaty;
let actions: SyntheticAction[];

beforeAll(async () => {
  api = await startTestServer();
  db = testDatabase();
  treaty = new SyntheticTreaty(db);
  unruled = new SyntheticTreaty(db);
  await treaty.create();
  await unruled.create();
  await db.write('MATCH (t:Treaty {id: $id}) REMOVE t.eifInstrumentsRequired, t.eifCountedKinds', { id: unruled.id });
  const states = await memberStates(db, 48);
  actions = [
    // 38 ratifications, one a day, two of them on one day (ties break by action id).
    ...states.slice(0, 38).map((participant, i) => ({ participant, kind: 'RATIFICATION', date: addDays('2026-03-01', i === 37 ? 36 : i) })),
    // Signatures, some twice, one dated to a range, one to a month, one undated.
    ...states.slice(0, 20).map((participant, i) => ({ participant, kind: 'SIGNATURE', date: addDays('2025-10-25', i % 3) })),
    { participant: states[0]!, kind: 'SIGNATURE', date: '2025-11-02' },
    { participant: states[40]!, kind: 'SIGNATURE', date: '2025-12-01/2025-12-05' },
    { participant: states[41]!, kind: 'SIGNATURE', date: '2026-01' },
    { participant: states[42]!, kind: 'SIGNATURE', date: null },
    // The EU's approval (not counted additionally), a second instrument of one State, a kind the rule does not name.
    { participant: 'reio:eu', kind: 'APPROVAL', date: '2026-05-01' },
    { participant: states[1]!, kind: 'ACCEPTANCE', date: '2026-05-02' },
    { participant: states[43]!, kind: 'SUCCESSION', date: '2026-05-03' },
    // A withdrawal, then the same State consenting again; an undated ratification.
    { participant: states[2]!, kind: 'WITHDRAWAL', date: '2026-05-04' },
    { participant: states[2]!, kind: 'ACCESSION', date: '2026-05-20' },
    { participant: states[44]!, kind: 'RATIFICATION', date: null },
    // The 39th and 40th instruments, dated to a range and to a month: each counts from its last day.
    { participant: states[45]!, kind: 'RATIFICATION', date: '2026-06-10/2026-06-12' },
    { participant: states[46]!, kind: 'ACCESSION', date: '2026-07' },
    // A withdrawal after the threshold does not undo entry into force.
    { participant: states[3]!, kind: 'WITHDRAWAL', date: '2026-08-15' },
    { participant: states[47]!, kind: 'ACCESSION', date: '2026' },
  ];
  await treaty.addActions(actions);
  // Consent only reported (no depositary source) never counts.
  await treaty.addActions([{ participant: states[39]!, kind: 'RATIFICATION', date: '2026-04-01' }], { reportedOnly: true });
  await unruled.addActions(actions.slice(0, 45));
});
afterAll(async () => {
  await treaty.remove();
  await unruled.remove();
  await db.close();
  await api.close();
});

/** Every day an act can start or stop being certain, the day before each, and a few around adoption. */
function daysAround(dates: readonly (string | null)[]): string[] {
  const days = new Set<string>(['2024-12-23', '2024-12-24', '2025-01-01', '2027-12-31']);
  for (const value of dates) {
    const parsed = value === null ? undefined : parsePartialDate(value);
    if (parsed === undefined) continue;
    for (const day of [parsed.first, parsed.last]) {
      days.add(day);
      days.add(addDays(day, -1));
      days.add(addDays(day, 1));
    }
  }
  return [...days].sort();
}

async function bothWays(id: string, asOf: string) {
  const counts = await api.exec(TreatyStatusCountsDocument, { id, asOf });
  const full = await api.exec(TreatyStatusCountsFromActionsDocument, { id, asOf });
  expect(counts.errors).toBeUndefined();
  expect(full.errors).toBeUndefined();
  const { countedInstruments, ...fromActions } = full.data!.treaty.status;
  expect(countedInstruments).toHaveLength(fromActions.instrumentsCounted);
  return { counts: counts.data!.treaty.status, fromActions, trips: counts.extensions?.cypherRoundTrips };
}

describe('a status of counts computed in Neo4j', () => {
  it('equals the entry-into-force module on a synthetic treaty on every day an act changes it', async () => {
    const days = daysAround(actions.map((a) => a.date));
    let inForce = 0;
    for (const asOf of days) {
      const { counts, fromActions, trips } = await bothWays(treaty.id, asOf);
      expect({ day: asOf, ...counts }).toEqual({ day: asOf, ...fromActions });
      expect(trips).toBe(1);
      if (counts.inForce) inForce += 1;
    }
    // The threshold is reached on the last day of July 2026, by the accession dated only to the month.
    const reached = await bothWays(treaty.id, '2026-07-31');
    expect(reached.counts).toMatchObject({ instrumentsCounted: 40, instrumentsNeeded: 0, entryIntoForceDate: addDays('2026-07-31', 90) });
    expect(reached.counts.triggeringInstrument).toMatchObject({
      kind: 'ACCESSION',
      date: { value: '2026-07' },
      action: { kind: 'ACCESSION' },
    });
    expect(inForce).toBeGreaterThan(0);
  });

  it('equals the module for a treaty with no rule', async () => {
    for (const asOf of daysAround(actions.slice(0, 45).map((a) => a.date))) {
      const { counts, fromActions } = await bothWays(unruled.id, asOf);
      expect({ day: asOf, ...counts }).toEqual({ day: asOf, ...fromActions });
      expect(counts).toMatchObject({
        instrumentsRequired: null,
        instrumentsNeeded: null,
        instrumentsCounted: 0,
        triggeringInstrument: null,
      });
    }
  });

  it('equals the module on every seeded treaty, on every day one of its actions changes it', async () => {
    const treaties = await db.read<{ id: string; dates: (string | null)[] }>(
      `MATCH (t:Treaty) WHERE NOT t.id CONTAINS 'synthetic'
       RETURN t.id AS id, COLLECT { MATCH (t)<-[:ON]-(a:TreatyAction) RETURN a.date } AS dates`,
    );
    expect(treaties.map((t) => t.id)).toContain(CONVENTION);
    for (const { id, dates } of treaties) {
      for (const asOf of daysAround(dates)) {
        const { counts, fromActions } = await bothWays(id, asOf);
        expect({ id, day: asOf, ...counts }).toEqual({ id, day: asOf, ...fromActions });
      }
    }
  });

  it('equals the module for a list of treaties, in one round trip for every status', async () => {
    for (const asOf of ['2025-10-26', '2026-06-11', '2026-07-31', '2026-12-01']) {
      const counts = await api.exec(TreatiesStatusCountsDocument, { asOf });
      const full = await api.exec(TreatiesStatusCountsFromActionsDocument, { asOf });
      expect(counts.errors).toBeUndefined();
      // Other files' synthetic treaties come and go while this runs: compare the seeded ones and these.
      const ours = (id: string): boolean => !id.includes('synthetic') || id === treaty.id || id === unruled.id;
      const fromActions = full.data!.treaties.filter((t) => ours(t.id));
      expect(counts.data!.treaties.filter((t) => ours(t.id))).toEqual(
        fromActions.map(({ status: { countedInstruments: _counted, ...status }, ...rest }) => ({ ...rest, status })),
      );
      expect(fromActions.length).toBeGreaterThan(2);
      // The treaties, then every status's counts together.
      expect(counts.extensions?.cypherRoundTrips).toBe(2);
    }
  });

  it('with two statuses on two days reads the treaty and its actions once, as before', async () => {
    const { data, errors, extensions } = await api.exec(TreatyStatusCountsTwoDaysDocument, {
      id: treaty.id,
      a: '2026-06-11',
      b: '2026-07-31',
    });
    expect(errors).toBeUndefined();
    // The treaty with its actions, then the trigger's participant and action.
    expect(extensions?.cypherRoundTrips).toBe(2);
    expect(data!.treaty.first).toEqual((await bothWays(treaty.id, '2026-06-11')).counts);
    expect(data!.treaty.second).toEqual((await bothWays(treaty.id, '2026-07-31')).counts);
  });

  it('equals the module as recorded in a release, before and after a later write and a retraction', async () => {
    const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
    // States with no action on this treaty yet, so each write changes its counts.
    const [first, second] = (await memberStates(db, 48)).slice(46);
    const releases: (number | null)[] = [null];
    const record = async (participant: string, kind: 'SIGNATURE' | 'RATIFICATION', date: string): Promise<string> => {
      const { data, errors, extensions } = await api.exec(
        RecordTreatyActionDocument,
        { input: { treaty: unruled.id, participant, kind, date, sources: [{ id: unruled.docId }] } },
        auth,
      );
      expect(errors).toBeUndefined();
      releases.push(extensions!.release!.id);
      return data!.recordTreatyAction.id;
    };
    await record(first!, 'SIGNATURE', '2025-10-25');
    const ratification = await record(first!, 'RATIFICATION', '2026-02-10');
    await record(second!, 'SIGNATURE', '2025-11-03');
    const retracted = await api.exec(
      RetractFactDocument,
      { input: { id: ratification, reason: 'Synthetic test: recorded in error', sources: [{ id: unruled.docId }] } },
      auth,
    );
    expect(retracted.errors).toBeUndefined();
    const seen = new Set<string>();
    for (const release of releases) {
      const counts = await api.exec(TreatyStatusCountsAsRecordedDocument, { id: unruled.id, asOf: '2026-06-01', release });
      const full = await api.exec(TreatyStatusCountsFromActionsAsRecordedDocument, { id: unruled.id, asOf: '2026-06-01', release });
      expect(counts.errors).toBeUndefined();
      const { countedInstruments: _counted, ...fromActions } = full.data!.treaty.status;
      expect({ release, ...counts.data!.treaty.status }).toEqual({ release, ...fromActions });
      seen.add(`${counts.data!.treaty.status.signatoryCount} ${counts.data!.treaty.status.partyCount}`);
    }
    // The releases differ in what they count, so the comparison covers more than one answer.
    expect(seen.size).toBeGreaterThan(1);
  });
});
