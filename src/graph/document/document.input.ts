import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { NewDocumentInput, SourceInput } from '../write/source.input.js';
import { IsPartialDate, LIMITS, NotInFuture, NotNullIfGiven } from '../write/validators.js';
import { DocumentKind } from '../../model/document.js';

@InputType({ description: 'A new document. A document is its own evidence; sources name documents that tell about it, if any.' })
export class CreateDocumentInput extends NewDocumentInput {
  @Field(() => [SourceInput], {
    nullable: true,
    description: 'Documents that tell about this one (e.g. a press release quoting a resolution).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sources?: SourceInput[] | null;
}

@InputType({ description: 'Changes to a document; fields left out keep their values.' })
export class UpdateDocumentInput {
  @Field(() => ID, { description: 'The document to change.' })
  @Matches(/^doc:/, { message: 'id must be a document id (doc:...)' })
  id!: string;

  @Field(() => DocumentKind, { nullable: true, description: 'What sort of document it is.' })
  @NotNullIfGiven()
  @IsIn(Object.values(DocumentKind))
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'Title as published.' })
  @NotNullIfGiven()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.title)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'UN document symbol; null for none.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.short)
  symbol?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read: an http(s) URL; null for none.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  @MaxLength(LIMITS.title)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was published: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @IsOptional()
  @IsPartialDate()
  @NotInFuture()
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The data keeper's note." })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: 'More documents that tell about this one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sources?: SourceInput[] | null;
}
