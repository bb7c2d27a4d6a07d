import { readFileSync } from 'node:fs';

import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TreatyStatusDocument } from '../../generated/operations.js';
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

async function statusOf(asOf: string | undefined) {
  const { data, errors } = await api.exec(TreatyStatusDocument, { id: CONVENTION, asOf });
  expect(errors).toBeUndefined();
  return data!.treaty.status;
}

describe('Treaty.status on the seeded Convention', () => {
  it('has no signatory on 24 October 2025, the eve of the Hanoi ceremony', async () => {
    const status = await statusOf('2025-10-24');
    expect(status).toMatchObject({
      asOf: '2025-10-24',
      adopted: true,
      signatoryCount: 0,
      signatories: [],
      undatedSignatures: [],
      partyCount: 0,
      instrumentsCounted: 0,
      instrumentsRequired: 40,
      instrumentsNeeded: 40,
      inForce: false,
      entryIntoForceDate: null,
      triggeringInstrument: null,
      projected: false,
    });
  });

  it('on 26 October 2025 counts the dated signatures, the EU among them, reports the undated apart, and no party', async () => {
    const status = await statusOf('2025-10-26');
    const dated = seedSignatures.filter((a) => a.date !== null && a.date <= '2025-10-26');
    expect(status.signatoryCount).toBe(dated.length);
    expect(status.signatories).toHaveLength(dated.length);
    expect(status.signatories.map((s) => s.participant.id)).toEqual(expect.arrayContaining(['reio:eu', 'state:VNM', 'state:DZA']));
    expect(status.signatories.every((s) => s.date !== null && s.date.value <= '2025-10-26' && !s.hypothetical)).toBe(true);
    // Known signatures: dated and undated together are more than 60, and none is guessed into a day.
    expect(status.undatedSignatures).toHaveLength(seedSignatures.filter((a) => a.date === null).length);
    expect(status.signatoryCount + status.undatedSignatures.length).toBeGreaterThan(60);
    expect(status.undatedSignatures.every((s) => s.date === null && (s.action?.note ?? '').length > 0)).toBe(true);
    expect(status).toMatchObject({
      partyCount: 0,
      parties: [],
      instrumentsCounted: 0,
      instrumentsNeeded: 40,
      inForce: false,
      entryIntoForceDate: null,
    });
    expect(status.rule).toEqual({ article: '65(1)', instrumentsRequired: 40, daysAfterThreshold: 90 });
  });

  it('accounts for all 74 signature records by default (today)', async () => {
    const status = await statusOf(undefined);
    expect(status.signatoryCount + status.undatedSignatures.length).toBe(74);
    expect(new Set([...status.signatories, ...status.undatedSignatures].map((s) => s.participant.id)).size).toBe(74);
  });

  it('before adoption has no signatories, no parties and is not in force', async () => {
    const status = await statusOf('2024-01-01');
    expect(status).toMatchObject({
      adopted: false,
      signatoryCount: 0,
      signatories: [],
      undatedSignatures: [],
      partyCount: 0,
      instrumentsCounted: 0,
      inForce: false,
      entryIntoForceDate: null,
    });
  });

  it('names the argument for an invalid date, in a variable and in a literal', async () => {
    const variable = await api.exec(TreatyStatusDocument, { id: CONVENTION, asOf: '2025-02-30' });
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });

    const literal = await api.raw({ query: `{ treaty(id: "${CONVENTION}") { status(asOf: "2025-02-30") { inForce } } }` });
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });

    const nested = await api.raw({
      query: `{ treaty(id: "${CONVENTION}") { status(assume: [{participant: "state:FRA", kind: RATIFICATION, date: "2026-13-01"}]) { inForce } } }`,
    });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assume[0].date' });

    const notAString = await api.raw({ query: print(TreatyStatusDocument), variables: { id: CONVENTION, asOf: 20251026 } });
    expect(notAString.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('answers NOT_FOUND naming the argument for an unknown treaty', async () => {
    const { errors } = await api.exec(TreatyStatusDocument, { id: 'treaty:no-such-treaty', asOf: '2025-10-26' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('rejects assumed instruments that are not instruments of consent or name no participant', async () => {
    const kind = await api.exec(TreatyStatusDocument, {
      id: CONVENTION,
      assume: [{ participant: 'state:FRA', kind: 'SIGNATURE', date: '2026-01-01' }],
    });
    expect(kind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assume[0].kind' });

    const participant = await api.exec(TreatyStatusDocument, {
      id: CONVENTION,
      assume: [
        { participant: 'state:FRA', kind: 'RATIFICATION', date: '2026-01-01' },
        { participant: 'state:DEU', kind: 'RATIFICATION', date: '2026-01-01' },
        { participant: 'state:XXX', kind: 'RATIFICATION', date: '2026-01-01' },
      ],
    });
    expect(participant.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assume[2].participant' });

    const notAParticipant = await api.exec(TreatyStatusDocument, {
      id: CONVENTION,
      assume: [{ participant: 'org:unodc', kind: 'RATIFICATION', date: '2026-01-01' }],
    });
    expect(notAParticipant.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assume[0].participant' });
  });
});
