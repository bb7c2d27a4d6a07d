import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { PartialDate } from '../common/partial-date.type.js';
import { State } from '../state/state.type.js';
import { ParticipantKind } from '../../model/participant.js';
import { TreatyActionKind } from '../../model/treaty-action.js';
import type { Instrument, NotCountedReason as Reason } from '../../model/entry-into-force.js';
import { Event } from '../event/event.type.js';
import type { Props } from '../../db/values.js';
import { EntryIntoForceRule } from './treaty.type.js';

export enum NotCountedReason {
  REIO_NOT_ADDITIONAL = 'REIO_NOT_ADDITIONAL',
  KIND_NOT_COUNTED = 'KIND_NOT_COUNTED',
  ALREADY_COUNTED = 'ALREADY_COUNTED',
  WITHDRAWN = 'WITHDRAWN',
  UNDATED = 'UNDATED',
  NOT_DEPOSITED = 'NOT_DEPOSITED',
  NOT_YET_CERTAIN = 'NOT_YET_CERTAIN',
}
registerEnumType(NotCountedReason, {
  name: 'NotCountedReason',
  description: 'Why an instrument of consent does not count towards entry into force.',
  valuesConfig: {
    REIO_NOT_ADDITIONAL: {
      description:
        "A regional economic integration organization's instrument, not counted in addition to its member States' (e.g. article 65(1)).",
    },
    KIND_NOT_COUNTED: {
      description:
        'The rule does not count this kind of instrument (e.g. succession under a rule that names only ratification, acceptance, approval and accession).',
    },
    ALREADY_COUNTED: { description: 'The participant already has an instrument counted: one participant, one instrument.' },
    WITHDRAWN: {
      description: 'The participant withdrew on or before the date asked about (withdrawal is taken as effective on its date).',
    },
    UNDATED: { description: 'No source dates the instrument, so it cannot be placed on or before any day.' },
    NOT_DEPOSITED: {
      description:
        'No depositary source (the depositary status table, a depositary notification) records the instrument: reported, not deposited.',
    },
    NOT_YET_CERTAIN: {
      description:
        'The instrument is dated only to a month, a year or a range that includes asOf: it may have been deposited by then, but counts only from its latest possible day ("on or before" that day).',
    },
  },
});

/** A recorded action as a status computation needs it; the full action and participant load only when asked for. */
export interface StatusActionRow {
  id: string;
  kind: string;
  date: string | null;
  participant: string;
  participantKind: string;
  deposited: boolean;
}

/**
 * An instrument as status reports it: a recorded action, or one assumed by a what-if query. Only what
 * the computation needs is read with it; `participant` and `action` are resolved from their ids when
 * an operation asks for them (StatusInstrumentResolver), in one batched load for every instrument.
 */
@ObjectType({ description: 'A signature or an instrument of consent as treaty status sees it: recorded, or assumed by a what-if query.' })
export class StatusInstrument implements Instrument {
  @Field(() => TreatyActionKind, { description: 'What the instrument is.' })
  kind!: TreatyActionKind;

  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as known; null when no source dates it.' })
  date!: PartialDate | null;

  @Field({ description: 'True for an instrument assumed by `assume`, not recorded in the graph.' })
  hypothetical!: boolean;

  @Field(() => Int, { nullable: true, description: 'For an assumed instrument, its position in the `assume` list (from 0).' })
  assumption!: number | null;

  key!: string;
  /** The recorded action's id; null for an assumed instrument. */
  actionId!: string | null;
  participantId!: string;
  participantIsReio!: boolean;
  deposited!: boolean;

  static recorded(row: StatusActionRow): StatusInstrument {
    return Object.assign(new StatusInstrument(), {
      kind: row.kind as TreatyActionKind,
      date: PartialDate.from(row.date),
      hypothetical: false,
      assumption: null,
      key: row.id,
      actionId: row.id,
      participantId: row.participant,
      participantIsReio: row.participantKind === ParticipantKind.REIO,
      deposited: row.deposited,
    });
  }

  static assumed(index: number, participant: State, kind: TreatyActionKind, date: PartialDate): StatusInstrument {
    return Object.assign(new StatusInstrument(), {
      kind,
      date,
      hypothetical: true,
      assumption: index,
      key: `assume[${String(index).padStart(6, '0')}]`,
      actionId: null,
      participantId: participant.id,
      participantIsReio: participant.kind === ParticipantKind.REIO,
      deposited: true,
    });
  }
}

@ObjectType({ description: 'An instrument of consent that does not count towards entry into force, and why.' })
export class UncountedInstrument {
  @Field(() => StatusInstrument, { description: 'The instrument.' })
  instrument!: StatusInstrument;

  @Field(() => NotCountedReason, { description: 'Why it is not counted.' })
  reason!: Reason;

  @Field({ description: 'The reason in words.' })
  explanation!: string;
}

@ObjectType({
  description:
    'An act towards consent that a government or the press reports (a domestic law, a parliamentary vote) and no depositary record confirms: reported, not deposited, never counted.',
})
export class ReportedAct {
  @Field(() => Event, { nullable: true, description: 'The domestic act, with its sources; null for a recorded action.' })
  event!: Event | null;

  /** A recorded instrument of consent that no depositary source records; resolved by ReportedActResolver. */
  actionId!: string | null;

  @Field(() => TreatyActionKind, {
    nullable: true,
    description: 'The instrument the act prepares, where the source says (e.g. RATIFICATION); null when it does not.',
  })
  consentKind!: TreatyActionKind | null;

  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as the sources say.' })
  date!: PartialDate | null;

  @Field({ description: 'Always false: an act is deposited only when the depositary records it, and then it is a treaty action.' })
  deposited!: boolean;

  participantId!: string;

  static fromEvent(event: Event, props: Props): ReportedAct {
    return Object.assign(new ReportedAct(), {
      event,
      consentKind: (props.consentKind ?? null) as TreatyActionKind | null,
      date: event.start,
      deposited: false,
      participantId: props.participant as string,
      actionId: null,
    });
  }

  static fromInstrument(instrument: StatusInstrument): ReportedAct {
    return Object.assign(new ReportedAct(), {
      event: null,
      consentKind: instrument.kind,
      date: instrument.date,
      deposited: false,
      participantId: instrument.participantId,
      actionId: instrument.actionId,
    });
  }
}

@ObjectType({
  description:
    'Where a treaty stands on a given day, computed from the recorded actions and its entry-into-force rule (never typed in). A dated act counts once its last possible day is on or before `asOf`: "2026-03" counts from 2026-03-31.',
})
export class TreatyStatus {
  @Field(() => DateScalar, { description: 'The day the status is computed for.' })
  asOf!: string;

  @Field({ description: 'Whether the treaty was adopted on or before asOf. Before adoption there are no signatories or parties.' })
  adopted!: boolean;

  @Field(() => Int, { description: 'Number of signatories (dated signatures on or before asOf).' })
  signatoryCount!: number;

  @Field(() => [StatusInstrument], {
    description:
      'Participants that had signed on or before asOf, each with its first signature, in date order. A signature dated to a range (or a month, a year) is here only once its latest possible day is on or before asOf; before that it is in possibleSignatures. Undated signatures are in undatedSignatures, never here.',
  })
  signatories!: StatusInstrument[];

  @Field(() => [StatusInstrument], {
    description:
      'Signatures that no source dates (each action has a note saying what is known), for participants not among the signatories: they cannot be placed on or before asOf. Empty before signature opens.',
  })
  undatedSignatures!: StatusInstrument[];

  @Field(() => [StatusInstrument], {
    description:
      'Signatures that may have happened by asOf but are not certain to have, for participants not among the signatories: dated to a range, a month or a year whose earliest day is on or before asOf and whose latest is after it. Each counts among the signatories from its latest possible day; its date.text says "on or before" that day.',
  })
  possibleSignatures!: StatusInstrument[];

  @Field(() => Int, { description: 'Number of parties on asOf.' })
  partyCount!: number;

  @Field(() => [StatusInstrument], {
    description:
      'Participants that had deposited an instrument of ratification, acceptance, approval, accession or succession on or before asOf and not withdrawn since, each with that instrument, in date order.',
  })
  parties!: StatusInstrument[];

  @Field(() => Int, { description: 'Instruments counted under the entry-into-force rule on asOf (0 when the treaty has no rule).' })
  instrumentsCounted!: number;

  @Field(() => [StatusInstrument], { description: 'The instruments counted on asOf, in deposit order (ties broken by action id).' })
  countedInstruments!: StatusInstrument[];

  @Field(() => [UncountedInstrument], {
    description:
      "Instruments of consent the rule does not count, with the reason: an REIO's instrument (not additional to its member States'), a kind the rule does not name, a second instrument of the same participant, a withdrawn or an undated one.",
  })
  instrumentsNotCounted!: UncountedInstrument[];

  @Field(() => Int, { nullable: true, description: 'Instruments the rule requires; null when no rule is known.' })
  instrumentsRequired!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Instruments still needed on asOf (0 once the threshold is met); null when no rule is known.',
  })
  instrumentsNeeded!: number | null;

  @Field({ description: 'Whether the treaty was in force on asOf (asOf on or after the entry-into-force date).' })
  inForce!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day the treaty enters (or entered) into force: the threshold instrument's day plus the rule's days (for an instrument dated only to a month or year, its last possible day). Actual when the threshold instrument was deposited on or before asOf; projected when it is an assumed one; null while the threshold is not reached.",
  })
  entryIntoForceDate!: string | null;

  @Field(() => StatusInstrument, {
    nullable: true,
    description: 'The instrument whose deposit met the threshold (the 40th under article 65(1)).',
  })
  triggeringInstrument!: StatusInstrument | null;

  @Field({ description: 'True when entryIntoForceDate rests on an assumed instrument (see `assume`), not on recorded ones.' })
  projected!: boolean;

  @Field(() => EntryIntoForceRule, { nullable: true, description: 'The rule applied.' })
  rule!: EntryIntoForceRule | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: "How current the status is: the last day the depositary's record was searched for new acts; null when not recorded.",
  })
  lastCheckedOn!: PartialDate | null;

  treatyId!: string;
  /** Recorded instruments of consent no depositary source records, for `reported`. */
  notDeposited!: StatusInstrument[];
}
