import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { RegionalGroup } from '../../model/participant.js';
import { TreatyActionKind } from '../../model/treaty-action.js';

@ObjectType({ description: 'How many actions of one kind fall in one calendar month.' })
export class MonthlyActionCount {
  @Field({ description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => TreatyActionKind, { description: 'The kind of action.' })
  kind!: TreatyActionKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'How many actions of one kind.' })
export class ActionKindCount {
  @Field(() => TreatyActionKind, { description: 'The kind of action.' })
  kind!: TreatyActionKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({
  description:
    'A time series of treaty actions per month and kind. Only actions dated at least to the month are placed in a month; the others are counted apart, never spread over guessed months.',
})
export class ActionsPerMonth {
  @Field(() => [MonthlyActionCount], {
    description: 'Counts per month and kind, by month then kind; months without actions are left out.',
  })
  months!: MonthlyActionCount[];

  @Field(() => [ActionKindCount], { description: 'Actions the sources date only to a year, per kind: not placed in any month.' })
  yearOnly!: ActionKindCount[];

  @Field(() => [ActionKindCount], { description: 'Actions no source dates, per kind (whatever from and to say).' })
  undated!: ActionKindCount[];
}

export enum ParticipantStanding {
  ANY = 'ANY',
  SIGNED = 'SIGNED',
  SIGNED_UNDATED = 'SIGNED_UNDATED',
  POSSIBLY_SIGNED = 'POSSIBLY_SIGNED',
  NOT_SIGNED = 'NOT_SIGNED',
  PARTY = 'PARTY',
}
registerEnumType(ParticipantStanding, {
  name: 'ParticipantStanding',
  description: 'Where a participant stands on a treaty on a day, as the counts of a regional group tell it.',
  valuesConfig: {
    ANY: { description: 'Every participant of the group.' },
    SIGNED: { description: 'A dated signature on or before the day.' },
    SIGNED_UNDATED: { description: 'Signed, but no source dates the signature.' },
    POSSIBLY_SIGNED: {
      description: 'Signed on or before a day after the one asked about (a range, a month or a year that includes it): not yet certain.',
    },
    NOT_SIGNED: { description: 'No known signature by the day (neither certain nor possible).' },
    PARTY: { description: 'A party on the day: an instrument of consent, not withdrawn.' },
  },
});

@ObjectType({ description: "Where one UN regional group's participants stand on a treaty on a day." })
export class RegionalGroupCount {
  @Field(() => RegionalGroup, {
    nullable: true,
    description: 'The UN regional group; null for participants in none (the EU, non-member States).',
  })
  group!: RegionalGroup | null;

  @Field({ description: 'The group in words, e.g. "African States" or "no regional group".' })
  groupName!: string;

  @Field(() => Int, { description: 'Participants in the group (for the five UN groups: their Member States).' })
  participants!: number;

  @Field(() => Int, { description: 'Participants with a dated signature on or before asOf.' })
  signed!: number;

  @Field(() => Int, { description: 'Participants whose only known signature no source dates: signed, but not placed on or before asOf.' })
  signedUndated!: number;

  @Field(() => Int, {
    description:
      'Participants whose signature may have happened by asOf but is certain only later (dated to a range, a month or a year that includes asOf).',
  })
  possiblySigned!: number;

  @Field(() => Int, { description: 'Participants with no known signature (participants minus signed, signedUndated and possiblySigned).' })
  notSigned!: number;

  @Field(() => Int, { description: 'Participants that were parties on asOf (an instrument of consent, not withdrawn).' })
  parties!: number;

  /** The ids behind each count, in id order; listed by the members field. */
  memberIds!: Record<ParticipantStanding, string[]>;
}
