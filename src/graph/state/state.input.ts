import { IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { FactInput } from '../write/source.input.js';
import { LIMITS, NotNullIfGiven } from '../write/validators.js';
import { ISO3 } from '../../model/ids.js';
import { ParticipantKind, RegionalGroup } from '../../model/participant.js';

@InputType({ description: 'A new participant: a State (id state:ISO3) or a regional economic integration organization (id reio:slug).' })
export class CreateStateInput extends FactInput {
  @Field(() => ID, {
    nullable: true,
    description: 'state:ISO3 for a State, reio:slug for an organization; made from iso3 or the name when left out.',
  })
  @IsOptional()
  @Matches(/^(state:[A-Z]{3}|reio:[a-z0-9][a-z0-9-]*)$/, { message: 'id must be state:ISO3 or reio:slug' })
  id?: string | null;

  @Field(() => ParticipantKind, { description: 'Member State, non-member State or regional economic integration organization.' })
  @IsIn(Object.values(ParticipantKind))
  kind!: ParticipantKind;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-3 code (upper case); required for a State, absent for an organization.',
  })
  @ValidateIf((input: CreateStateInput) => input.kind !== ParticipantKind.REIO || (input.iso3 !== null && input.iso3 !== undefined))
  @IsDefined({ message: 'iso3 is required for a State' })
  @Matches(ISO3, { message: 'iso3 must be an ISO 3166-1 alpha-3 code: three upper-case letters' })
  iso3?: string | null;

  @Field({ description: 'Name as the United Nations writes it, e.g. Viet Nam.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name!: string;

  @Field(() => RegionalGroup, { nullable: true, description: 'UN regional group, if any.' })
  @IsOptional()
  @IsIn(Object.values(RegionalGroup))
  regionalGroup?: RegionalGroup | null;
}

@InputType({ description: 'Changes to a participant; fields left out keep their values. Its id and ISO code do not change.' })
export class UpdateStateInput extends FactInput {
  @Field(() => ID, { description: 'The participant to change, e.g. state:VNM.' })
  @Matches(/^(state|reio):/, { message: 'id must be a participant id (state:ISO3 or reio:slug)' })
  id!: string;

  @Field(() => ParticipantKind, { nullable: true, description: 'Member State or non-member State.' })
  @NotNullIfGiven()
  @IsIn([ParticipantKind.MEMBER_STATE, ParticipantKind.NON_MEMBER_STATE, ParticipantKind.REIO])
  kind?: ParticipantKind | null;

  @Field(() => String, { nullable: true, description: 'Name as the United Nations writes it.' })
  @NotNullIfGiven()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name?: string | null;

  @Field(() => RegionalGroup, { nullable: true, description: 'UN regional group; null for none.' })
  @IsOptional()
  @IsIn(Object.values(RegionalGroup))
  regionalGroup?: RegionalGroup | null;
}
