import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/database.js';
import { addDays } from '../../../src/model/partial-date.js';
import { TreatyStatusDocument } from '../../generated/operations.js';
import { startTestServer, testDatabase, type TestServer } from '../../support/server.js';
import { memberStates, SyntheticTreaty } from '../../support/synthetic-treaty.js';

/** Entry into force from synthetic instruments on a synthetic treaty that copies the Convention's rule. */
const D = '2026-06-15';
const BEFORE_D = '2026-06-14';

let api: TestServer;
let db: Database;
let treaty: SyntheticTreaty;
let states: string[];

beforeAll(async () => {
  api = await startTestServer();
  db = testDatabase();
  treaty = new SyntheticTreaty(db);
  await treaty.create();
  states = await memberStates(db, 42);
  // 39 ratifications by real States, one a day from 1 March 2026, and the EU's approval on 1 May.
  await treaty.addActions([
    ...states.slice(0, 39).map((participant, i) => ({ participant, kind: 'RATIFICATION', date: addDays('2026-03-01', i) })),
    { participant: 'reio:eu', kind: 'APPROVAL', date: '2026-05-01' },
  ]);
});
afterAll(async () => {
  await treaty.remove();
  await db.close();
  await api.close();
});

async function statusOf(asOf: string, assume?: { participant: string; kind: 'RATIFICATION' | 'ACCESSION'; date: string }[]) {
  const { data, errors } = await api.exec(TreatyStatusDocument, { id: treaty.id, asOf, assume });
  expect(errors).toBeUndefined();
  return data!.treaty.status;
}

describe('entry into force of a synthetic treaty under the Convention rule', () => {
  it('takes its rule from the treaty node', async () => {
    const status = await statusOf(BEFORE_D);
    expect(status.rule).toEqual({ article: '65(1)', instrumentsRequired: 40, daysAfterThreshold: 90 });
  });

  it("with 39 States' instruments and the EU's is not in force: the EU is not counted in addition, one is needed", async () => {
    const status = await statusOf(BEFORE_D);
    expect(status).toMatchObject({
      instrumentsCounted: 39,
      instrumentsRequired: 40,
      instrumentsNeeded: 1,
      inForce: false,
      entryIntoForceDate: null,
      triggeringInstrument: null,
      projected: false,
      partyCount: 40,
    });
    expect(status.countedInstruments.map((i) => i.participant.id)).not.toContain('reio:eu');
    expect(status.instrumentsNotCounted).toHaveLength(1);
    expect(status.instrumentsNotCounted[0]).toMatchObject({
      reason: 'REIO_NOT_ADDITIONAL',
      instrument: { participant: { id: 'reio:eu', kind: 'REIO' }, kind: 'APPROVAL', hypothetical: false },
    });
    expect(status.instrumentsNotCounted[0]!.explanation).toMatch(/regional economic integration organization/);
  });

  it('projects entry into force from an assumed 40th instrument without writing anything', async () => {
    const before = await treaty.actionCount();
    const status = await statusOf(BEFORE_D, [
      { participant: 'reio:eu', kind: 'RATIFICATION', date: '2026-07-01' },
      { participant: states[40]!, kind: 'ACCESSION', date: '2026-08-01' },
    ]);
    expect(status).toMatchObject({
      projected: true,
      inForce: false,
      instrumentsCounted: 39,
      instrumentsNeeded: 1,
      entryIntoForceDate: addDays('2026-08-01', 90),
      triggeringInstrument: { participant: { id: states[40] }, kind: 'ACCESSION', hypothetical: true, assumption: 1, action: null },
    });
    expect(status.instrumentsNotCounted.map((n) => [n.instrument.participant.id, n.reason, n.instrument.hypothetical])).toEqual([
      ['reio:eu', 'REIO_NOT_ADDITIONAL', false],
      ['reio:eu', 'REIO_NOT_ADDITIONAL', true],
    ]);
    expect(await treaty.actionCount()).toBe(before);
    // Asked without the assumption, the status is as recorded again.
    expect((await statusOf(BEFORE_D)).projected).toBe(false);
  });

  it('enters into force on D+90 once the 40th instrument is deposited on D, triggered by it', async () => {
    const [fortieth] = await treaty.addActions([{ participant: states[39]!, kind: 'ACCESSION', date: D }]);

    const onD = await statusOf(D);
    expect(onD).toMatchObject({
      instrumentsCounted: 40,
      instrumentsNeeded: 0,
      entryIntoForceDate: addDays(D, 90),
      inForce: false,
      projected: false,
      triggeringInstrument: { action: { id: fortieth }, participant: { id: states[39] }, hypothetical: false },
    });
    expect(onD.entryIntoForceDate).toBe('2026-09-13');
    expect((await statusOf(addDays(D, 89))).inForce).toBe(false);
    const inForce = await statusOf(addDays(D, 90));
    expect(inForce).toMatchObject({ inForce: true, entryIntoForceDate: '2026-09-13', triggeringInstrument: { action: { id: fortieth } } });
    // An assumed later instrument leaves a recorded entry into force as it is.
    const whatIf = await statusOf(D, [{ participant: states[41]!, kind: 'RATIFICATION', date: '2026-06-20' }]);
    expect(whatIf).toMatchObject({ projected: false, entryIntoForceDate: '2026-09-13' });
  });
});
