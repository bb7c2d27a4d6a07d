import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/database.js';
import { addDays } from '../../../src/model/partial-date.js';
import { TreatyStatusReportedDocument } from '../../generated/operations.js';
import { startTestServer, testDatabase, type TestServer } from '../../support/server.js';
import { memberStates, SyntheticTreaty } from '../../support/synthetic-treaty.js';

/** Reported acts (a parliament's vote, a minister's word) beside deposited instruments, on a synthetic treaty. */
let api: TestServer;
let db: Database;
let treaty: SyntheticTreaty;
let states: string[];

beforeAll(async () => {
  api = await startTestServer();
  db = testDatabase();
  treaty = new SyntheticTreaty(db);
  await treaty.create();
  states = await memberStates(db, 41);
  // 40 deposited ratifications, one a day from 1 March 2026: the 40th (9 April) triggers entry into force.
  await treaty.addActions(
    states.slice(0, 40).map((participant, i) => ({ participant, kind: 'RATIFICATION', date: addDays('2026-03-01', i) })),
  );
});
afterAll(async () => {
  await treaty.remove();
  await db.close();
  await api.close();
});

async function statusOf(asOf: string) {
  const { data, errors } = await api.exec(TreatyStatusReportedDocument, { id: treaty.id, asOf });
  expect(errors).toBeUndefined();
  return data!.treaty.status;
}

describe('reported, not deposited', () => {
  it('a reported ratification never changes instrumentsCounted or the entry-into-force date', async () => {
    const asOf = '2026-03-20';
    const before = await statusOf(asOf);
    const beforeInForce = await statusOf('2026-12-01');
    expect(before).toMatchObject({ instrumentsCounted: 20, instrumentsNeeded: 20, entryIntoForceDate: null, reported: [] });
    expect(beforeInForce.entryIntoForceDate).toBe(addDays('2026-04-09', 90));

    // A State without a deposit reports a ratification, and so does one that has deposited.
    const reported = await treaty.addReportedAct(states[40]!, 'RATIFICATION', '2026-03-10');
    await treaty.addReportedAct(states[0]!, 'RATIFICATION', '2026-03-15');

    const after = await statusOf(asOf);
    expect(after.instrumentsCounted).toBe(before.instrumentsCounted);
    expect(after.instrumentsNeeded).toBe(before.instrumentsNeeded);
    expect(after.partyCount).toBe(before.partyCount);
    expect(after.entryIntoForceDate).toBe(before.entryIntoForceDate);
    expect((await statusOf('2026-12-01')).entryIntoForceDate).toBe(beforeInForce.entryIntoForceDate);
    expect(after.reported.map((r) => [r.participant?.id, r.consentKind, r.deposited, r.date?.value])).toEqual([
      [states[40], 'RATIFICATION', false, '2026-03-10'],
      [states[0], 'RATIFICATION', false, '2026-03-15'],
    ]);
    expect(after.reported[0]!.event).toMatchObject({ id: reported, sources: [{ id: treaty.docId }] });
  });

  it('a recorded ratification that only the press reports is not deposited: never counted, no party', async () => {
    const asOf = '2026-03-25';
    const before = await statusOf(asOf);
    const [action] = await treaty.addActions([{ participant: states[40]!, kind: 'RATIFICATION', date: '2026-03-01' }], {
      reportedOnly: true,
    });
    const after = await statusOf(asOf);
    expect(after).toMatchObject({
      instrumentsCounted: before.instrumentsCounted,
      instrumentsNeeded: before.instrumentsNeeded,
      partyCount: before.partyCount,
      entryIntoForceDate: before.entryIntoForceDate,
    });
    expect((await statusOf('2026-12-01')).entryIntoForceDate).toBe(addDays('2026-04-09', 90));
    expect(
      after.reported.filter((r) => r.action !== null).map((r) => [r.action?.id, r.participant?.id, r.consentKind, r.deposited]),
    ).toEqual([[action, states[40], 'RATIFICATION', false]]);
  });

  it('lists a reported act only from its day on', async () => {
    const reported = (await statusOf('2026-03-09')).reported;
    expect(reported.filter((r) => r.event !== null)).toEqual([]);
    expect(reported.every((r) => r.date !== null && r.date.value <= '2026-03-09')).toBe(true);
  });
});

describe('the Convention as seeded', () => {
  it('shows the reported domestic acts apart from the instruments counted, and when its status was last checked', async () => {
    const { data, errors } = await api.exec(TreatyStatusReportedDocument, { id: 'treaty:un-cybercrime-convention', asOf: '2026-12-01' });
    expect(errors).toBeUndefined();
    const status = data!.treaty.status;
    expect(status.instrumentsCounted).toBe(0);
    expect(status.entryIntoForceDate).toBeNull();
    expect(status.lastCheckedOn?.value).toBe('2026-12-01');
    expect(status.reported.map((r) => [r.participant?.id, r.event?.id])).toEqual([
      ['state:RUS', 'event:russia-begins-ratification-procedures'],
      ['state:AZE', 'event:azerbaijan-parliament-approves-convention'],
      ['state:AZE', 'event:azerbaijan-president-signs-approval-law'],
    ]);
  });
});
