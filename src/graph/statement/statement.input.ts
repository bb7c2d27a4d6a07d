import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { FactInput } from '../write/source.input.js';
import { IsPartialDate, LIMITS, NotInFuture } from '../write/validators.js';
import { ENTITY_ID } from '../../model/ids.js';
import { Office } from '../../model/office.js';

@InputType({ description: 'Which statements to list; every condition given must hold.' })
export class StatementWhere {
  @Field(() => ID, { nullable: true, description: 'Only statements by this person (id).' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements about this entity (a treaty, event, process or organization id).' })
  about?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only statements made for this organization (id): by people who held an office in it at the time, or in its own name.',
  })
  organization?: string | null;

  @Field(() => Office, {
    nullable: true,
    description:
      'Only statements by whoever held this office when speaking, e.g. UN_SECRETARY_GENERAL (an office with no known term is taken as held).',
  })
  office?: Office | null;

  @Field(() => String, { nullable: true, description: 'Only statements whose text contains this, ignoring case.' })
  text?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements made on or after this day (their whole date range).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements made on or before this day (their whole date range).' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retracted statements (false by default).' })
  includeRetracted?: boolean | null;
}

@InputType({ description: 'A new statement: who said what, when, about what, with its sources.' })
export class AddStatementInput extends FactInput {
  @Field(() => ID, { nullable: true, description: 'statement:slug; made from the speaker, the date and the text when left out.' })
  @IsOptional()
  @Matches(/^statement:[a-z0-9][a-z0-9.-]*$/, { message: 'id must be statement: then lower-case letters, digits, dots and dashes' })
  id?: string | null;

  @Field(() => ID, { description: 'Who said it (person id).' })
  @Matches(/^person:/, { message: 'speaker must be a person id' })
  speaker!: string;

  @Field({ description: 'The words, verbatim.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.text)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Language of the text (BCP 47); en by default.' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'language must be a BCP 47 tag such as en' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was said: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @IsOptional()
  @IsPartialDate()
  @NotInFuture()
  saidOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The occasion, as the sources describe it.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.title)
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'The office the speaker spoke in.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  roleAtTime?: string | null;

  @Field(() => [ID], { nullable: true, description: 'What it is about: ids of treaties, events, processes, organizations.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ENTITY_ID, { each: true, message: 'each of about must be an id (kind:slug)' })
  about?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The event at which it was said (event id).' })
  @IsOptional()
  @Matches(/^event:/, { message: 'at must be an event id' })
  at?: string | null;
}
