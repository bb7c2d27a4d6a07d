import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ActionsPerMonthDocument, ParticipantsByRegionalGroupDocument } from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { CONVENTION } from '../../support/synthetic-treaty.js';
import { projectPath } from '../../../src/paths.js';

const seedSignatures = (
  JSON.parse(readFileSync(projectPath('seeds', 'treaty-actions.json'), 'utf8')) as {
    treaty: string;
    kind: string;
    date: string | null;
  }[]
).filter((a) => a.treaty === CONVENTION && a.kind === 'SIGNATURE');

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('dashboard aggregates for the Convention', () => {
  it('counts actions per month and kind, the undated apart', async () => {
    const { data, errors } = await api.exec(ActionsPerMonthDocument, { treatyId: CONVENTION });
    expect(errors).toBeUndefined();
    const dated = seedSignatures.filter((a) => a.date !== null).length;
    const perMonth = new Map<string, number>();
    for (const a of seedSignatures) if (a.date !== null) perMonth.set(a.date.slice(0, 7), (perMonth.get(a.date.slice(0, 7)) ?? 0) + 1);
    expect(data!.actionsPerMonth.months).toEqual([...perMonth].sort().map(([month, count]) => ({ month, kind: 'SIGNATURE', count })));
    expect(data!.actionsPerMonth.months.reduce((sum, m) => sum + m.count, 0)).toBe(dated);
    expect(data!.actionsPerMonth.undated).toEqual([{ kind: 'SIGNATURE', count: seedSignatures.length - dated }]);
    expect(data!.actionsPerMonth.yearOnly).toEqual([]);

    const none = await api.exec(ActionsPerMonthDocument, { treatyId: CONVENTION, kinds: ['RATIFICATION'] });
    expect(none.data!.actionsPerMonth).toEqual({ months: [], yearOnly: [], undated: [] });

    const unknown = await api.exec(ActionsPerMonthDocument, { treatyId: 'treaty:no-such-treaty' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'treatyId' });
  });

  it('counts participants, signatories and parties per UN regional group on a day', async () => {
    const { data, errors } = await api.exec(ParticipantsByRegionalGroupDocument, { treatyId: CONVENTION, asOf: '2025-10-26' });
    expect(errors).toBeUndefined();
    const groups = data!.participantsByRegionalGroup;
    expect(groups.map((g) => g.group)).toEqual([
      'AFRICAN',
      'ASIA_PACIFIC',
      'EASTERN_EUROPEAN',
      'LATIN_AMERICAN_CARIBBEAN',
      'WESTERN_EUROPEAN_OTHERS',
      null,
    ]);
    const memberStates = groups.filter((g) => g.group !== null).reduce((sum, g) => sum + g.participants, 0);
    expect(memberStates).toBe(193);
    // The EU and the State of Palestine (a non-member observer State) are in no UN regional group; both signed in Hanoi.
    expect(groups.find((g) => g.group === null)).toMatchObject({ participants: 2, signed: 2, signedUndated: 0, notSigned: 0, parties: 0 });
    const dated = seedSignatures.filter((a) => a.date !== null && a.date <= '2025-10-26').length;
    expect(groups.reduce((sum, g) => sum + g.signed, 0)).toBe(dated);
    expect(groups.reduce((sum, g) => sum + g.signedUndated, 0)).toBe(seedSignatures.filter((a) => a.date === null).length);
    for (const g of groups) expect(g.signed + g.signedUndated + g.notSigned).toBe(g.participants);

    const before = await api.exec(ParticipantsByRegionalGroupDocument, { treatyId: CONVENTION, asOf: '2024-01-01' });
    expect(
      before.data!.participantsByRegionalGroup.every((g) => g.signed === 0 && g.signedUndated === 0 && g.notSigned === g.participants),
    ).toBe(true);
  });
});
