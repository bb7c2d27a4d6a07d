import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { Confidence } from '../../model/confidence.js';

import { DocumentKind } from '../../model/document.js';
import { IsPartialDate, LIMITS, NotInFuture } from './validators.js';
import { DOC_ID } from '../../model/ids.js';

@InputType({ description: 'A document to add to the graph as evidence.' })
export class NewDocumentInput {
  @Field(() => ID, { nullable: true, description: 'Its id (doc:slug); made from the title when left out.' })
  @IsOptional()
  @Matches(DOC_ID, { message: 'id must be a document id: doc: then lower-case letters, digits, dots or dashes' })
  id?: string | null;

  @Field(() => DocumentKind, { description: 'What sort of document it is.' })
  @IsIn(Object.values(DocumentKind))
  kind!: DocumentKind;

  @Field({ description: 'Title as published.' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.title)
  title!: string;

  @Field(() => String, { nullable: true, description: 'UN document symbol, e.g. C.N.12.2026.TREATIES-XVIII.16.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.short)
  symbol?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read: an http(s) URL.' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  @MaxLength(LIMITS.title)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was published: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known.' })
  @IsOptional()
  @IsPartialDate()
  @NotInFuture()
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The data keeper's note on the document." })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string | null;
}

@InputType({ description: 'A source of a fact: a document already in the graph (id) or a new one (document); exactly one.' })
export class SourceInput {
  @Field(() => ID, { nullable: true, description: 'The id of a document in the graph, e.g. doc:untc-xviii-16.' })
  // Checked when there is no document (then an id is needed) or when both are given.
  @ValidateIf((source: SourceInput) => source.document == null || source.id != null)
  @IsDefined({ message: 'give the id of a document, or a new document' })
  @Matches(DOC_ID, { message: 'id must be a document id (doc:...)' })
  @ValidateBy({
    name: 'notWithDocument',
    validator: {
      validate: (_value, args) => (args?.object as SourceInput).document == null,
      defaultMessage: () => 'give either id or document, not both',
    },
  })
  id?: string | null;

  @Field(() => NewDocumentInput, { nullable: true, description: 'A document to add, then cite.' })
  @IsOptional()
  @ValidateNested()
  document?: NewDocumentInput | null;
}

/** What every written fact carries: its evidence, and how it follows from it. */
/** The fields inherited by each fact's input. */
@InputType({ description: 'What every written fact carries: its sources and how it follows from them.' })
export abstract class FactInput {
  @Field(() => [SourceInput], { description: 'The documents this fact comes from: one at least.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'sources must name at least one document' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sources!: SourceInput[];

  @Field(() => Confidence, { nullable: true, description: 'Whether the sources state the fact (default) or it is inferred from them.' })
  @IsOptional()
  @IsIn(Object.values(Confidence))
  confidence?: Confidence | null;

  @Field(() => String, { nullable: true, description: "The data keeper's note on the fact." })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string | null;
}
