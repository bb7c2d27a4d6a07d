import { describe, expect, it } from 'vitest';

import { addDays, parsePartialDate } from '../../src/model/partial-date.js';
import { computeStatus, type EntryIntoForceRuleData, type Instrument, type StatusInput } from '../../src/model/entry-into-force.js';

/** Article 65(1) of the Convention against Cybercrime, as the seeds hold it. */
const RULE: EntryIntoForceRuleData = {
  instrumentsRequired: 40,
  countedKinds: ['RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION'],
  daysAfterThreshold: 90,
  reioCountedAdditionally: false,
};

const ADOPTED = parsePartialDate('2024-12-24')!;
const D = '2026-06-15';

function act(n: number, kind: string, date: string | null, extra: Partial<Instrument> = {}): Instrument {
  return {
    key: `action:synthetic:${String(n).padStart(3, '0')}:${kind.toLowerCase()}`,
    participantId: `state:S${String(n).padStart(2, '0')}`,
    participantIsReio: false,
    kind,
    date: date === null ? null : parsePartialDate(date)!,
    hypothetical: false,
    ...extra,
  };
}

/** n ratifications by n different States, one a day from 2026-01-01. */
function ratifications(n: number): Instrument[] {
  return Array.from({ length: n }, (_, i) => act(i + 1, 'RATIFICATION', addDays('2026-01-01', i)));
}

function status(instruments: Instrument[], asOf: string, overrides: Partial<StatusInput<Instrument>> = {}) {
  return computeStatus({ asOf, adoptedOn: ADOPTED, signatureOpensOn: '2025-10-25', rule: RULE, instruments, ...overrides });
}

describe('entry into force under a 40-instrument, 90-day rule', () => {
  it('is not in force with 39 instruments, and one more is needed', () => {
    const s = status(ratifications(39), '2027-01-01');
    expect(s.counted).toHaveLength(39);
    expect(s.instrumentsNeeded).toBe(1);
    expect(s.inForce).toBe(false);
    expect(s.entryIntoForceDate).toBeNull();
    expect(s.trigger).toBeNull();
    expect(s.parties).toHaveLength(39);
  });

  it('enters into force on the ninetieth day after the 40th instrument', () => {
    const fortieth = act(40, 'ACCESSION', D);
    const instruments = [...ratifications(39), fortieth];
    const onD = status(instruments, D);
    expect(onD.trigger).toBe(fortieth);
    expect(onD.entryIntoForceDate).toBe('2026-09-13');
    expect(onD.entryIntoForceDate).toBe(addDays(D, 90));
    expect(onD.instrumentsNeeded).toBe(0);
    expect(onD.inForce).toBe(false);
    expect(onD.projected).toBe(false);
    expect(status(instruments, addDays(D, 89)).inForce).toBe(false);
    expect(status(instruments, addDays(D, 90)).inForce).toBe(true);
    expect(status(instruments, addDays(D, -1)).trigger).toBeNull();
  });

  it('reads the numbers from the rule, not from constants', () => {
    const small = { instrumentsRequired: 3, countedKinds: ['RATIFICATION'], daysAfterThreshold: 30, reioCountedAdditionally: true };
    const s = status(ratifications(3), '2026-12-31', { rule: small });
    expect(s.trigger?.key).toBe(ratifications(3)[2]!.key);
    expect(s.entryIntoForceDate).toBe(addDays('2026-01-03', 30));
  });

  it("does not count an REIO's instrument in addition to its member States'", () => {
    const eu = act(99, 'APPROVAL', '2026-03-01', { participantId: 'reio:eu', participantIsReio: true });
    const s = status([...ratifications(39), eu], '2027-01-01');
    expect(s.counted).toHaveLength(39);
    expect(s.instrumentsNeeded).toBe(1);
    expect(s.inForce).toBe(false);
    expect(s.notCounted).toEqual([{ instrument: eu, reason: 'REIO_NOT_ADDITIONAL' }]);
    expect(s.parties.map((p) => p.participantId)).toContain('reio:eu');
  });

  it('counts an REIO when the rule says it counts additionally', () => {
    const eu = act(99, 'APPROVAL', '2026-03-01', { participantId: 'reio:eu', participantIsReio: true });
    const s = status([...ratifications(39), eu], '2027-01-01', { rule: { ...RULE, reioCountedAdditionally: true } });
    expect(s.counted).toHaveLength(40);
    expect(s.trigger?.participantId).toBe('reio:eu');
  });

  it('counts a partial date only once its last possible day has passed, and dates entry into force from it', () => {
    const monthOnly = act(40, 'RATIFICATION', '2026-07');
    const instruments = [...ratifications(39), monthOnly];
    expect(status(instruments, '2026-07-30').counted).toHaveLength(39);
    const after = status(instruments, '2026-07-31');
    expect(after.trigger).toBe(monthOnly);
    expect(after.entryIntoForceDate).toBe(addDays('2026-07-31', 90));
    const yearOnly = act(40, 'RATIFICATION', '2026');
    expect(status([...ratifications(39), yearOnly], '2026-12-30').counted).toHaveLength(39);
    expect(status([...ratifications(39), yearOnly], '2026-12-31').counted).toHaveLength(40);
  });

  it('never places an undated instrument or signature on a day', () => {
    const undated = act(40, 'RATIFICATION', null);
    const signature = act(41, 'SIGNATURE', null);
    const s = status([...ratifications(39), undated, signature], '2030-01-01');
    expect(s.counted).toHaveLength(39);
    expect(s.notCounted).toEqual([{ instrument: undated, reason: 'UNDATED' }]);
    expect(s.signatories).toEqual([]);
    expect(s.undatedSignatures).toEqual([signature]);
    expect(s.parties).toHaveLength(39);
  });

  it('breaks ties on the same day by action id', () => {
    const sameDay = Array.from({ length: 41 }, (_, i) => act(41 - i, 'RATIFICATION', D));
    const s = status(sameDay, D);
    expect(s.trigger?.key).toBe('action:synthetic:040:ratification');
    expect(s.counted.map((i) => i.key)).toEqual([...s.counted.map((i) => i.key)].sort());
  });

  it('takes a withdrawn instrument out of the count and the parties', () => {
    const withdrawal = act(5, 'WITHDRAWAL', '2026-03-01');
    const fortieth = act(40, 'RATIFICATION', '2026-04-01');
    const s = status([...ratifications(39), withdrawal, fortieth], '2026-12-31');
    expect(s.counted).toHaveLength(39);
    expect(s.trigger).toBeNull();
    expect(s.notCounted).toEqual([{ instrument: ratifications(5)[4], reason: 'WITHDRAWN' }]);
    expect(s.parties.map((p) => p.participantId)).not.toContain('state:S05');
    // The same withdrawal after asOf changes nothing on asOf.
    expect(status([...ratifications(39), withdrawal, fortieth], '2026-02-28').counted).toHaveLength(39);
  });

  it('does not undo entry into force when a party withdraws after the threshold', () => {
    const instruments = [...ratifications(40), act(3, 'WITHDRAWAL', '2026-05-01')];
    const s = status(instruments, '2026-12-31');
    expect(s.trigger?.participantId).toBe('state:S40');
    expect(s.inForce).toBe(true);
    expect(s.instrumentsNeeded).toBe(0);
  });

  it('counts one instrument per participant and not the kinds the rule leaves out', () => {
    const second = act(1, 'ACCEPTANCE', '2026-03-01');
    const succession = act(77, 'SUCCESSION', '2026-03-02');
    const s = status([...ratifications(39), second, succession], '2026-12-31');
    expect(s.counted).toHaveLength(39);
    expect(s.notCounted.map((n) => n.reason).sort()).toEqual(['ALREADY_COUNTED', 'KIND_NOT_COUNTED']);
    expect(s.parties.map((p) => p.participantId)).toContain('state:S77');
  });

  it('has no signatories, parties or entry into force before adoption', () => {
    const early = [...ratifications(40), act(50, 'SIGNATURE', '2024-01-01'), act(51, 'SIGNATURE', null)];
    const s = status(early, '2024-01-01', { adoptedOn: parsePartialDate('2024-12-24')! });
    expect(s.adopted).toBe(false);
    expect(s.signatories).toEqual([]);
    expect(s.undatedSignatures).toEqual([]);
    expect(s.parties).toEqual([]);
    expect(s.inForce).toBe(false);
    expect(s.instrumentsNeeded).toBe(40);
    expect(status(early, '2030-01-01', { adoptedOn: null }).adopted).toBe(false);
  });

  it('lists signatories on or before asOf, first signature each, and no undated ones before signature opens', () => {
    const signatures = [
      act(1, 'SIGNATURE', '2025-10-25'),
      act(2, 'SIGNATURE', '2025-10-26'),
      act(1, 'SIGNATURE', '2025-11-02'),
      act(3, 'SIGNATURE', null),
    ];
    expect(status(signatures, '2025-10-24').signatories).toEqual([]);
    expect(status(signatures, '2025-10-24').undatedSignatures).toEqual([]);
    const s = status(signatures, '2025-10-25');
    expect(s.signatories.map((i) => i.participantId)).toEqual(['state:S01']);
    expect(s.undatedSignatures.map((i) => i.participantId)).toEqual(['state:S03']);
    expect(status(signatures, '2025-12-31').signatories.map((i) => i.date?.value)).toEqual(['2025-10-25', '2025-10-26']);
  });

  it('projects entry into force from assumed instruments, past asOf too', () => {
    const assumed = act(40, 'RATIFICATION', '2027-02-01', { key: 'assume[000000]', hypothetical: true });
    const s = status([...ratifications(39), assumed], '2026-12-31');
    expect(s.counted).toHaveLength(39);
    expect(s.instrumentsNeeded).toBe(1);
    expect(s.trigger).toBe(assumed);
    expect(s.projected).toBe(true);
    expect(s.entryIntoForceDate).toBe(addDays('2027-02-01', 90));
    expect(s.inForce).toBe(false);
  });

  it('prefers a recorded threshold instrument to an assumed one on the same day', () => {
    const real = act(40, 'RATIFICATION', D);
    const assumed = act(41, 'RATIFICATION', D, { key: 'assume[000000]', hypothetical: true });
    const s = status([...ratifications(39), assumed, real], D);
    expect(s.trigger).toBe(real);
    expect(s.projected).toBe(false);
  });
});

describe('acts dated to a range', () => {
  // "25 or 26 October 2025": signed in Hanoi, the day not given.
  const ranged = act(7, 'SIGNATURE', '2025-10-25/2025-10-26');
  const dated = act(8, 'SIGNATURE', '2025-10-25');

  it('count as signatures only once their latest possible day has come, and are possible before', () => {
    const on25 = status([ranged, dated], '2025-10-25');
    expect(on25.signatories).toEqual([dated]);
    expect(on25.possibleSignatures).toEqual([ranged]);
    expect(on25.undatedSignatures).toEqual([]);
    const on26 = status([ranged, dated], '2025-10-26');
    expect(on26.signatories.map((i) => i.key)).toEqual([dated.key, ranged.key]);
    expect(on26.possibleSignatures).toEqual([]);
    expect(status([ranged], '2025-10-24').possibleSignatures).toEqual([]);
  });

  it('count as instruments only from their latest possible day, and are not yet certain before', () => {
    const instruments = [...ratifications(39), act(40, 'RATIFICATION', '2026-06-14/2026-06-16')];
    const inside = status(instruments, '2026-06-15');
    expect(inside.counted).toHaveLength(39);
    expect(inside.notCounted.map((n) => [n.instrument.key, n.reason])).toEqual([[instruments[39]!.key, 'NOT_YET_CERTAIN']]);
    expect(inside.inForce).toBe(false);
    const after = status(instruments, '2026-06-16');
    expect(after.counted).toHaveLength(40);
    expect(after.notCounted).toEqual([]);
    // Entry into force is reckoned from the latest possible day, never an earlier guess.
    expect(after.entryIntoForceDate).toBe(addDays('2026-06-16', 90));
  });
});
