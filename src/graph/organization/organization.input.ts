import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { FactInput } from '../write/source.input.js';
import { LIMITS, NotNullIfGiven } from '../write/validators.js';
import { OrganizationKind } from '../../model/organization.js';

@InputType({ description: 'A new organization: a UN body, a ministry, an NGO, a company.' })
export class CreateOrganizationInput extends FactInput {
  @Field(() => ID, { nullable: true, description: 'org:slug; made from the acronym, else the name, when left out.' })
  @IsOptional()
  @Matches(/^org:[a-z0-9][a-z0-9-]*$/, { message: 'id must be org: then lower-case letters, digits and dashes' })
  id?: string | null;

  @Field({ description: 'Full name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Usual acronym, e.g. UNODC.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  acronym?: string | null;

  @Field(() => OrganizationKind, { description: 'What sort of body it is.' })
  @IsIn(Object.values(OrganizationKind))
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'What the sources say it is and did.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  description?: string | null;
}

@InputType({ description: 'Changes to an organization; fields left out keep their values.' })
export class UpdateOrganizationInput extends FactInput {
  @Field(() => ID, { description: 'The organization to change.' })
  @Matches(/^org:/, { message: 'id must be an organization id (org:slug)' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @NotNullIfGiven()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Usual acronym; null for none.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  acronym?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'What sort of body it is.' })
  @NotNullIfGiven()
  @IsIn(Object.values(OrganizationKind))
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'What the sources say it is and did.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  description?: string | null;
}
