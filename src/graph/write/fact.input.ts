import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { SourceInput } from './source.input.js';
import { LIMITS } from './validators.js';
import { ENTITY_ID } from '../../model/ids.js';

@InputType({ description: 'More evidence for a fact already in the graph.' })
export class AttachSourcesInput {
  @Field(() => ID, { description: 'The fact (any entity id).' })
  @Matches(ENTITY_ID, { message: 'id must be an id of this graph (kind:slug)' })
  id!: string;

  @Field(() => [SourceInput], { description: 'The documents to cite: one at least.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'sources must name at least one document' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sources!: SourceInput[];
}

@InputType({ description: 'A fact found wrong: it is kept, marked retracted with the reason, and left out of default reads.' })
export class RetractFactInput {
  @Field(() => ID, { description: 'The fact to retract (any entity id).' })
  @Matches(ENTITY_ID, { message: 'id must be an id of this graph (kind:slug)' })
  id!: string;

  @Field({ description: 'Why it is retracted.' })
  @IsString()
  @MinLength(3)
  @MaxLength(LIMITS.reason)
  reason!: string;

  @Field(() => [SourceInput], { description: 'The documents that show the fact is wrong: one at least.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'sources must name at least one document' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sources!: SourceInput[];
}
