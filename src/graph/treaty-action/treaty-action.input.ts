import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf, IsDefined } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { FactInput } from '../write/source.input.js';
import { ISO3, IsPartialDate, LIMITS, NotInFuture } from '../write/validators.js';
import { TreatyActionKind } from './treaty-action.type.js';

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

  @Field(() => String, { nullable: true, description: 'The participant by ISO 3166-1 alpha-3 code, e.g. VNM; a State with that code must be in the graph.' })
  @IsOptional()
  @Matches(ISO3, { message: 'iso3 must be an ISO 3166-1 alpha-3 code: three upper-case letters' })
  iso3?: string | null;

  @Field(() => TreatyActionKind, { description: 'What the participant did.' })
  @IsIn(Object.values(TreatyActionKind))
  kind!: TreatyActionKind;

  @Field(() => String, { nullable: true, description: 'When: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source says.' })
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
