import { addDays, type ParsedPartialDate } from './partial-date.js';
import { CONSENT_KINDS } from './treaty-action.js';

/**
 * Treaty status as of a day, computed from the deposited instruments and the treaty's own rule.
 * Pure: no database, no clock. The resolver feeds it the actions it read and any assumed instruments.
 */

export interface EntryIntoForceRuleData {
  instrumentsRequired: number;
  /** The instrument kinds the rule counts, e.g. ratification, acceptance, approval, accession. */
  countedKinds: readonly string[];
  daysAfterThreshold: number;
  /** When false, an REIO's instrument is not counted in addition to its member States'. */
  reioCountedAdditionally: boolean;
}

/** One act of a participant on the treaty: a recorded action or an assumed (hypothetical) one. */
export interface Instrument {
  /** The action id; for an assumed instrument a key that sorts after real ones of the same day. */
  key: string;
  participantId: string;
  participantIsReio: boolean;
  kind: string;
  /** Null when no source dates it: such an act is reported, never placed on a guessed day. */
  date: ParsedPartialDate | null;
  hypothetical: boolean;
  /**
   * False for a recorded instrument of consent that no depositary source (the depositary's status
   * table, a depositary notification) records: reported, never counted, no party. Assumed instruments
   * are deposited by hypothesis; absent means deposited.
   */
  deposited?: boolean;
}

export type NotCountedReason =
  'REIO_NOT_ADDITIONAL' | 'KIND_NOT_COUNTED' | 'ALREADY_COUNTED' | 'WITHDRAWN' | 'UNDATED' | 'NOT_DEPOSITED' | 'NOT_YET_CERTAIN';

export interface NotCounted<T extends Instrument> {
  instrument: T;
  reason: NotCountedReason;
}

export interface StatusInput<T extends Instrument> {
  /** YYYY-MM-DD. */
  asOf: string;
  adoptedOn: ParsedPartialDate | null;
  /** First day any signature period opens; before it an undated signature cannot have happened. */
  signatureOpensOn: string | null;
  rule: EntryIntoForceRuleData | null;
  /** Recorded actions of every kind (all dates), plus assumed instruments marked hypothetical. */
  instruments: readonly T[];
}

export interface StatusResult<T extends Instrument> {
  asOf: string;
  adopted: boolean;
  /** First signature of each participant known to be on or before asOf, in date order. */
  signatories: T[];
  /** Signatures of participants not in `signatories` whose date no source gives. */
  undatedSignatures: T[];
  /**
   * Signatures of participants not in `signatories` that may have happened by asOf but are not certain
   * to have: their first possible day is on or before asOf, their last after it ("on or before <last>").
   */
  possibleSignatures: T[];
  /** The consent instrument that makes each party one, for participants bound on asOf, in date order. */
  parties: T[];
  /** Instruments counted under the rule on asOf, in deposit order. */
  counted: T[];
  /** Instruments of consent that the rule does not count, with the reason. */
  notCounted: NotCounted<T>[];
  instrumentsRequired: number | null;
  instrumentsNeeded: number | null;
  /** The instrument whose deposit met the threshold, if any (real on or before asOf, or assumed). */
  trigger: T | null;
  /** YYYY-MM-DD, the threshold instrument's day plus the rule's days. */
  entryIntoForceDate: string | null;
  inForce: boolean;
  /** True when the entry-into-force date rests on an assumed instrument. */
  projected: boolean;
}

/**
 * The day from which an act certainly happened: its last possible day. "2025-10" counts only once
 * October 2025 is over, and "2025-10-25/2025-10-26" only from the 26th, so a month, a year or a range
 * is never read as its first day.
 */
export function certainDay(instrument: Instrument): string | null {
  return instrument.date?.last ?? null;
}

const isConsent = (kind: string): boolean => (CONSENT_KINDS as readonly string[]).includes(kind);

/** Deposit order: day, then real before assumed, then action id, so ties always break the same way. */
function byDepositOrder(a: Instrument, b: Instrument): number {
  const dayA = certainDay(a) ?? '';
  const dayB = certainDay(b) ?? '';
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  if (a.hypothetical !== b.hypothetical) return a.hypothetical ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function emptyStatus<T extends Instrument>(input: StatusInput<T>): StatusResult<T> {
  return {
    asOf: input.asOf,
    adopted: false,
    signatories: [],
    undatedSignatures: [],
    possibleSignatures: [],
    parties: [],
    counted: [],
    notCounted: [],
    instrumentsRequired: input.rule?.instrumentsRequired ?? null,
    instrumentsNeeded: input.rule?.instrumentsRequired ?? null,
    trigger: null,
    entryIntoForceDate: null,
    inForce: false,
    projected: false,
  };
}

export function computeStatus<T extends Instrument>(input: StatusInput<T>): StatusResult<T> {
  const { asOf, rule } = input;
  const adopted = input.adoptedOn !== null && input.adoptedOn.last <= asOf;
  // Nothing can be signed or ratified before the text exists.
  if (!adopted) return emptyStatus(input);

  const known = (i: T): boolean => {
    const day = certainDay(i);
    return day !== null && day <= asOf;
  };
  // Consent that no depositary source records is reported, not deposited: it never counts and makes no party.
  const reported = input.instruments.filter((i) => isConsent(i.kind) && i.deposited === false);
  const instruments = input.instruments.filter((i) => !reported.includes(i));
  const dated = instruments.filter((i) => certainDay(i) !== null).sort(byDepositOrder);
  const undated = instruments.filter((i) => certainDay(i) === null);

  const signatories = firstPerParticipant(dated.filter((i) => i.kind === 'SIGNATURE' && known(i)));
  const signed = new Set(signatories.map((i) => i.participantId));
  const signatureOpen = input.signatureOpensOn === null || input.signatureOpensOn <= asOf;
  const undatedSignatures = signatureOpen
    ? firstPerParticipant(undated.filter((i) => i.kind === 'SIGNATURE' && !signed.has(i.participantId)))
    : [];

  // May have happened by asOf, not certain to have: shown "on or before <last>", counted from that day.
  const possible = (i: T): boolean => !known(i) && i.date !== null && i.date.first <= asOf;
  const possibleSignatures = firstPerParticipant(
    dated.filter((i) => i.kind === 'SIGNATURE' && !i.hypothetical && possible(i) && !signed.has(i.participantId)),
  );

  const parties = bound(dated.filter(known));
  const result: StatusResult<T> = {
    ...emptyStatus(input),
    adopted,
    signatories,
    undatedSignatures,
    possibleSignatures,
    parties,
  };
  if (rule === null) return result;

  // Recorded acts count up to asOf; assumed ones at any date, so a what-if can project past asOf.
  const considered = dated.filter((i) => known(i) || i.hypothetical);
  const count = countInstruments(considered, rule);
  const undatedConsent = undated.filter((i) => isConsent(i.kind));
  const counted = count.counted.filter(known);
  const triggerReached = count.trigger !== null && known(count.trigger);
  const entryIntoForceDate = count.trigger === null ? null : addDays(certainDay(count.trigger)!, rule.daysAfterThreshold);
  return {
    ...result,
    counted,
    notCounted: [
      ...count.notCounted,
      ...undatedConsent.map((instrument) => ({ instrument, reason: 'UNDATED' as const })),
      ...dated
        .filter((i) => isConsent(i.kind) && !i.hypothetical && possible(i))
        .map((instrument) => ({ instrument, reason: 'NOT_YET_CERTAIN' as const })),
      ...reported
        .filter((i) => certainDay(i) === null || known(i))
        .sort(byDepositOrder)
        .map((instrument) => ({ instrument, reason: 'NOT_DEPOSITED' as const })),
    ],
    instrumentsNeeded: triggerReached ? 0 : Math.max(0, rule.instrumentsRequired - counted.length),
    trigger: count.trigger,
    entryIntoForceDate,
    inForce: entryIntoForceDate !== null && entryIntoForceDate <= asOf,
    projected: count.trigger?.hypothetical ?? false,
  };
}

function firstPerParticipant<T extends Instrument>(instruments: T[]): T[] {
  const seen = new Set<string>();
  return instruments.filter((i) => !seen.has(i.participantId) && seen.add(i.participantId));
}

/** Participants whose latest consent is not undone by a later withdrawal; each with its consent instrument. */
function bound<T extends Instrument>(chronological: T[]): T[] {
  const consent = new Map<string, T>();
  for (const i of chronological) {
    if (i.kind === 'WITHDRAWAL') consent.delete(i.participantId);
    else if (isConsent(i.kind) && !consent.has(i.participantId)) consent.set(i.participantId, i);
  }
  return [...consent.values()].sort(byDepositOrder);
}

interface Count<T extends Instrument> {
  counted: T[];
  notCounted: NotCounted<T>[];
  trigger: T | null;
}

/**
 * Walks the deposits in order. One instrument per participant counts; an REIO's does not when the
 * rule says so; a withdrawal takes the participant's instrument out of the count. The instrument that
 * brings the count to the threshold triggers entry into force, which a later withdrawal does not undo.
 */
function countInstruments<T extends Instrument>(chronological: T[], rule: EntryIntoForceRuleData): Count<T> {
  const counted = new Map<string, T>();
  const notCounted: NotCounted<T>[] = [];
  let trigger: T | null = null;
  for (const i of chronological) {
    if (i.kind === 'WITHDRAWAL') {
      const withdrawn = counted.get(i.participantId);
      if (withdrawn !== undefined) {
        counted.delete(i.participantId);
        notCounted.push({ instrument: withdrawn, reason: 'WITHDRAWN' });
      }
      continue;
    }
    if (!isConsent(i.kind)) continue;
    const reason: NotCountedReason | null = !rule.countedKinds.includes(i.kind)
      ? 'KIND_NOT_COUNTED'
      : i.participantIsReio && !rule.reioCountedAdditionally
        ? 'REIO_NOT_ADDITIONAL'
        : counted.has(i.participantId)
          ? 'ALREADY_COUNTED'
          : null;
    if (reason !== null) {
      notCounted.push({ instrument: i, reason });
      continue;
    }
    counted.set(i.participantId, i);
    if (trigger === null && counted.size >= rule.instrumentsRequired) trigger = i;
  }
  return { counted: [...counted.values()].sort(byDepositOrder), notCounted, trigger };
}
