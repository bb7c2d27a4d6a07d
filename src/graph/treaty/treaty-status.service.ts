import DataLoader from 'dataloader';

import { todayUtc } from '../../model/partial-date.js';
import { PartialDate } from '../common/partial-date.type.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { State } from '../state/state.type.js';
import { CONSENT_KINDS } from '../../model/treaty-action.js';
import { computeStatus, type NotCountedReason, type StatusResult } from '../../model/entry-into-force.js';
import { findActionsForStatus } from './treaty.cypher.js';
import type { AssumedInstrumentInput } from './treaty-status.input.js';
import { StatusInstrument, TreatyStatus, UncountedInstrument, type StatusActionRow } from './treaty-status.type.js';
import type { Treaty } from './treaty.type.js';

/** Enough for any realistic what-if (there are 193 Member States), small enough to bound the work. */
const MAX_ASSUMED = 250;

function explain(reason: NotCountedReason, treaty: Treaty): string {
  const article = treaty.entryIntoForceRule?.article ? ` (article ${treaty.entryIntoForceRule.article})` : '';
  switch (reason) {
    case 'REIO_NOT_ADDITIONAL':
      return `An instrument deposited by a regional economic integration organization is not counted as additional to those deposited by its member States${article}.`;
    case 'KIND_NOT_COUNTED':
      return `The entry-into-force rule${article} counts only ${treaty.entryIntoForceRule?.countedKinds.join(', ').toLowerCase() ?? 'other kinds'}.`;
    case 'ALREADY_COUNTED':
      return 'This participant already has an instrument counted; a participant counts once.';
    case 'WITHDRAWN':
      return 'The participant withdrew on or before the date asked about.';
    case 'UNDATED':
      return 'No source gives the date of deposit, so it cannot be counted on any day.';
    case 'NOT_DEPOSITED':
      return 'Reported, not deposited: no depositary source (the status table, a depositary notification) records this instrument.';
  }
}

/** Checks the assumed instruments and resolves their participants in one batched load. */
async function assumedInstruments(ctx: Context, assume: readonly AssumedInstrumentInput[]): Promise<StatusInstrument[]> {
  if (assume.length > MAX_ASSUMED) throw new BadInputError('assume', `at most ${MAX_ASSUMED} instruments, got ${assume.length}`);
  assume.forEach((item, index) => {
    if (!CONSENT_KINDS.includes(item.kind)) {
      throw new BadInputError(`assume[${index}].kind`, `must be an instrument of consent (${CONSENT_KINDS.join(', ')}), got ${item.kind}`);
    }
  });
  const participants = await ctx.loaders.entity.loadMany(assume.map((item) => item.participant));
  return assume.map((item, index) => {
    const participant = participants[index];
    if (!(participant instanceof State)) {
      throw new BadInputError(`assume[${index}].participant`, `no State or REIO with id "${item.participant}"`);
    }
    return StatusInstrument.assumed(index, participant, item.kind, PartialDate.from(item.date)!);
  });
}

function recordedInstruments(rows: StatusActionRow[]): StatusInstrument[] {
  return rows.map((row) => StatusInstrument.recorded(row));
}

/** The first day any signature period opens, when the treaty says. */
function signatureOpensOn(treaty: Treaty): string | null {
  const days = treaty.signaturePeriods.map((p) => p.from?.first).filter((day): day is string => day !== undefined);
  return days.length === 0 ? null : days.sort()[0]!;
}

/** The recorded actions a status is computed from, per treaty: one batched read for any number of treaties in the request. */
export function statusActions(ctx: Context, recorded: number | null = null): DataLoader<string, StatusActionRow[]> {
  return ctx.loaders.keyed(
    recorded === null ? 'treaty-status-actions' : `treaty-status-actions-as-recorded-in-${recorded}`,
    () =>
      new DataLoader<string, StatusActionRow[]>(async (ids) => {
        const byTreaty = await findActionsForStatus(ctx.db, ids, recorded);
        return ids.map((id) => byTreaty.get(id) ?? []);
      }),
  );
}

/**
 * The status of a treaty on a day (as recorded in a release, when given) from its recorded actions (one batched read for any number of
 * treaties in the request) plus any assumed instruments.
 */
export async function computeTreatyStatus(
  ctx: Context,
  treaty: Treaty,
  asOf: string | null,
  assume: readonly AssumedInstrumentInput[] = [],
  recorded: number | null = null,
): Promise<StatusResult<StatusInstrument>> {
  const [rows, assumed] = await Promise.all([statusActions(ctx, recorded).load(treaty.id), assumedInstruments(ctx, assume)]);
  return computeStatus({
    asOf: asOf ?? todayUtc(),
    adoptedOn: treaty.adoptedOn,
    signatureOpensOn: signatureOpensOn(treaty),
    rule: treaty.entryIntoForceRule,
    instruments: [...recordedInstruments(rows), ...assumed],
  });
}

export function toTreatyStatus(treaty: Treaty, result: StatusResult<StatusInstrument>): TreatyStatus {
  return Object.assign(new TreatyStatus(), {
    asOf: result.asOf,
    adopted: result.adopted,
    signatoryCount: result.signatories.length,
    signatories: result.signatories,
    undatedSignatures: result.undatedSignatures,
    partyCount: result.parties.length,
    parties: result.parties,
    instrumentsCounted: result.counted.length,
    countedInstruments: result.counted,
    instrumentsNotCounted: result.notCounted.map(({ instrument, reason }) =>
      Object.assign(new UncountedInstrument(), { instrument, reason, explanation: explain(reason, treaty) }),
    ),
    instrumentsRequired: result.instrumentsRequired,
    instrumentsNeeded: result.instrumentsNeeded,
    inForce: result.inForce,
    entryIntoForceDate: result.entryIntoForceDate,
    triggeringInstrument: result.trigger,
    projected: result.projected,
    rule: treaty.entryIntoForceRule,
    lastCheckedOn: treaty.statusCheckedOn,
    treatyId: treaty.id,
    notDeposited: result.notCounted.filter((n) => n.reason === 'NOT_DEPOSITED').map((n) => n.instrument),
  });
}
