import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { FactInput } from '../write/source.input.js';
import { LIMITS, NotNullIfGiven } from '../write/validators.js';
import { ISO3 } from '../../model/ids.js';

@InputType({ description: 'A new person: an official, a delegate, a spokesperson.' })
export class CreatePersonInput extends FactInput {
  @Field(() => ID, { nullable: true, description: 'person:slug; made from the name when left out.' })
  @IsOptional()
  @Matches(/^person:[a-z0-9][a-z0-9-]*$/, { message: 'id must be person: then lower-case letters, digits and dashes' })
  id?: string | null;

  @Field({ description: 'Full name as the sources write it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other spellings found in sources.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(LIMITS.name, { each: true })
  aliases?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-3 code of the nationality; a State with that code must be in the graph.',
  })
  @IsOptional()
  @Matches(ISO3, { message: 'nationality must be an ISO 3166-1 alpha-3 code: three upper-case letters' })
  nationality?: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say about the person.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  description?: string | null;
}

@InputType({ description: 'Changes to a person; fields left out keep their values.' })
export class UpdatePersonInput extends FactInput {
  @Field(() => ID, { description: 'The person to change.' })
  @Matches(/^person:/, { message: 'id must be a person id (person:slug)' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @NotNullIfGiven()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other spellings; replaces the stored list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(LIMITS.name, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code of the nationality; null for unknown.' })
  @IsOptional()
  @Matches(ISO3, { message: 'nationality must be an ISO 3166-1 alpha-3 code: three upper-case letters' })
  nationality?: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say about the person.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  description?: string | null;
}
