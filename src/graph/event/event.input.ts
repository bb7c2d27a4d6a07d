import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { FactInput } from '../write/source.input.js';
import { IsPartialDate, LIMITS, NotInFuture, NotNullIfGiven } from '../write/validators.js';
import { EventKind } from '../../model/event.js';

@InputType({ description: 'A new event: a meeting, a ceremony, a session, a decision.' })
export class CreateEventInput extends FactInput {
  @Field(() => ID, { nullable: true, description: 'event:slug; made from the name when left out.' })
  @IsOptional()
  @Matches(/^event:[a-z0-9][a-z0-9-]*$/, { message: 'id must be event: then lower-case letters, digits and dashes' })
  id?: string | null;

  @Field(() => EventKind, { description: 'What sort of event.' })
  @IsIn(Object.values(EventKind))
  kind!: EventKind;

  @Field({ description: 'Name of the event.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true, description: 'When it began: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @IsOptional()
  @IsPartialDate()
  @NotInFuture()
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ended, for events over several days.' })
  @IsOptional()
  @IsPartialDate()
  end?: string | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.short)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say happened.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The process it is part of (process id).' })
  @IsOptional()
  @Matches(/^process:/, { message: 'partOf must be a process id' })
  partOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'The body that held it (organization id).' })
  @IsOptional()
  @Matches(/^org:/, { message: 'body must be an organization id' })
  body?: string | null;
}

@InputType({ description: 'Changes to an event; fields left out keep their values.' })
export class UpdateEventInput extends FactInput {
  @Field(() => ID, { description: 'The event to change.' })
  @Matches(/^event:/, { message: 'id must be an event id' })
  id!: string;

  @Field(() => EventKind, { nullable: true, description: 'What sort of event.' })
  @NotNullIfGiven()
  @IsIn(Object.values(EventKind))
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'Name of the event.' })
  @NotNullIfGiven()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.name)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'When it began.' })
  @IsOptional()
  @IsPartialDate()
  @NotInFuture()
  start?: string | null;

  @Field(() => String, { nullable: true, description: 'When it ended.' })
  @IsOptional()
  @IsPartialDate()
  end?: string | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.short)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'What the sources say happened.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  description?: string | null;
}
