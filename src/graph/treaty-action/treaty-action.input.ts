import { IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { FactInput } from '../write/source.input.js';
import { IsPartialDate, LIMITS, NotInFuture } from '../write/validators.js';
import { ISO3 } from '../../model/ids.js';
import { RegionalGroup } from '../../model/participant.js';
import { TreatyActionKind } from '../../model/treaty-action.js';

@InputType({ description: "Which of a treaty's or a participant's actions to list; every condition given must hold." })
export class TreatyActionFilter {
  @Field(() => [TreatyActionKind], { nullable: true, description: 'Only actions of these kinds; omitted or empty: every kind.' })
  kinds?: TreatyActionKind[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only actions on or after this day (their whole date range: "2025" is not on or after 2025-06-01). Undated actions are left out.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only actions on or before this day (their whole date range). Undated actions are left out.',
  })
  to?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only actions known to the day to have taken place on this day (an act dated only to a month, a year or a range of days is left out).',
  })
  on?: string | null;

  @Field(() => RegionalGroup, { nullable: true, description: 'Only actions of participants in this UN regional group.' })
  regionalGroup?: RegionalGroup | null;

  @Field(() => String, { nullable: true, description: 'Only actions at this place, as the sources write it, e.g. Hanoi or New York.' })
  place?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only actions of participants that were members of this entity when they acted, e.g. reio:eu (membership dates from the ' +
      'sources); an undated action counts only for a membership that has not ended.',
  })
  memberOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retracted actions (false by default).' })
  includeRetracted?: boolean | null;
}

@InputType({ description: "Which of a participant's actions to list; every condition given must hold." })
export class ParticipantActionFilter extends TreatyActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only actions on this treaty (id), e.g. treaty:un-cybercrime-convention.' })
  treaty?: string | null;
}

@InputType({ description: 'Which treaty actions to list; every condition given must hold.' })
export class TreatyActionWhere extends TreatyActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only actions on this treaty (id), e.g. treaty:un-cybercrime-convention.' })
  treaty?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only actions taken by this participant: an id (state:VNM, reio:eu) or an ISO 3166-1 alpha-3 code (VNM).',
  })
  state?: string | null;
}

@InputType({ description: "A participant's act on a treaty, as the depositary records it. Name the participant by id or by ISO code." })
export class RecordTreatyActionInput extends FactInput {
  @Field(() => ID, { nullable: true, description: 'action:treaty:participant:kind[:date]; made from those when left out.' })
  @IsOptional()
  @Matches(/^action:[a-z0-9][a-z0-9.-]*(:[A-Za-z0-9.-]+)*$/, { message: 'id must be action: then lower-case slugs separated by colons' })
  id?: string | null;

  @Field(() => ID, { description: 'The treaty acted on, e.g. treaty:un-cybercrime-convention.' })
  @Matches(/^treaty:/, { message: 'treaty must be a treaty id (treaty:slug)' })
  treaty!: string;

  @Field(() => ID, { nullable: true, description: 'The participant, e.g. state:VNM or reio:eu (or give iso3).' })
  @ValidateIf((input: RecordTreatyActionInput) => input.iso3 === null || input.iso3 === undefined)
  @IsDefined({ message: 'participant or iso3 is required' })
  @Matches(/^(state|reio):/, { message: 'participant must be a participant id (state:ISO3 or reio:slug)' })
  participant?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The participant by ISO 3166-1 alpha-3 code, e.g. VNM; a State with that code must be in the graph.',
  })
  @IsOptional()
  @Matches(ISO3, { message: 'iso3 must be an ISO 3166-1 alpha-3 code: three upper-case letters' })
  iso3?: string | null;

  @Field(() => TreatyActionKind, { description: 'What the participant did.' })
  @IsIn(Object.values(TreatyActionKind))
  kind!: TreatyActionKind;

  @Field(() => String, {
    nullable: true,
    description:
      'When: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source says; or a range EARLIEST/LATEST (e.g. 2025-10-25/2025-10-26) when the source gives only bounds. A range whose latest day precedes its earliest is refused.',
  })
  @IsOptional()
  @IsPartialDate()
  @NotInFuture()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Where, e.g. Hanoi.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.short)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Depositary notification symbol, e.g. C.N.12.2026.TREATIES-XVIII.16.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.short)
  notification?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who signed, if known (person id).' })
  @IsOptional()
  @Matches(/^person:/, { message: 'signedBy must be a person id' })
  signedBy?: string | null;
}
