import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';

import { DocumentKind, OriginalUrlStatus, SourceGrade } from '../model/document.js';
import { EventKind } from '../model/event.js';
import { Office } from '../model/office.js';
import { RelationRole, roleFits } from '../model/relation-role.js';
import { VoteDecision, voteCountsFit } from '../model/vote.js';
import { OrganizationKind } from '../model/organization.js';
import { RELATIONSHIP_TYPES } from '../model/relationships.js';
import { ParticipantKind, RegionalGroup } from '../model/participant.js';
import { TreatyActionKind } from '../model/treaty-action.js';
import { TreatyKind, TreatyStage } from '../model/treaty.js';
import { DOC_ID, ENTITY_ID } from '../model/ids.js';
import { partialDateProblem } from '../model/partial-date.js';

/**
 * A date in its precision's shape, "2025", "2025-10" or "2025-10-25", and a real one; or a range of two
 * such dates, "2025-10-25/2025-10-26", whose latest possible day does not precede its earliest.
 */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPartialDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && partialDateProblem(value) === undefined,
        defaultMessage: (args) => {
          const problem = typeof args?.value === 'string' ? partialDateProblem(args.value) : undefined;
          return `${args?.property} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or a range EARLIEST/LATEST of two of these${
            problem === undefined ? '' : ` (${problem})`
          }, got ${JSON.stringify(args?.value)}`;
        },
      },
    },
    options,
  );
}

const TEXT_MAX = 20_000;

/** Another name a participant or a person is known by, with the documents it was seen in. */
export interface NameVariantRecord {
  name: string;
  sources: string[];
  note?: string | null;
}

function nameVariantProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'must be an array of {name, sources, note}';
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'object' || item === null) return `[${index}] must be an object {name, sources, note}`;
    const { name, sources, note, ...rest } = item as Record<string, unknown>;
    if (Object.keys(rest).length > 0) return `[${index}] has unknown field(s) ${Object.keys(rest).join(', ')}`;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 300) return `[${index}].name must be a name of 1 to 300 characters`;
    if (!Array.isArray(sources) || sources.length === 0) return `[${index}].sources must name at least one document`;
    if (!sources.every((id) => typeof id === 'string' && DOC_ID.test(id))) return `[${index}].sources must be document ids (doc:...)`;
    if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > TEXT_MAX)) return `[${index}].note must be text`;
  }
  return undefined;
}

/** Name variants: each a non-empty name with at least one source document. */
export function IsNameVariants(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNameVariants',
      validator: {
        validate: (value: unknown) => nameVariantProblem(value) === undefined,
        defaultMessage: (args) => `${args?.property}${nameVariantProblem(args?.value) ?? ' is invalid'}`,
      },
    },
    options,
  );
}

/** Fields every fact record carries. */
export abstract class FactRecord {
  @IsOptional()
  @IsIn(['stated', 'inferred'])
  confidence?: 'stated' | 'inferred';

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  note?: string | null;

  @IsArray()
  @ArrayMinSize(1, { message: 'sources must name at least one document' })
  @Matches(DOC_ID, { each: true, message: 'each source must be a document id (doc:...)' })
  sources!: string[];
}

export abstract class EntityRecord extends FactRecord {
  @Matches(ENTITY_ID, { message: 'id must be of the form kind:slug' })
  id!: string;
}

export class DocumentRecord extends EntityRecord {
  @IsIn(Object.values(DocumentKind)) kind!: DocumentKind;
  @IsString() @MinLength(1) @MaxLength(1000) title!: string;
  @IsOptional() @IsString() symbol!: string | null;
  @IsOptional() @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }) url!: string | null;
  @IsOptional() @IsString() publisher!: string | null;
  @IsOptional() @IsPartialDate() publishedOn!: string | null;
  @IsOptional() @Matches(/^org:/) publisherOrganization?: string | null;
  /** The reviewed reliability grade, with its reason: a decision recorded in the data, never guessed from the URL. */
  @IsOptional() @IsIn(Object.values(SourceGrade)) grade?: SourceGrade | null;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(TEXT_MAX) gradeReason?: string | null;
  /** For a copy: the document it reproduces, when the graph holds it, and where the original lives. */
  @IsOptional() @Matches(DOC_ID) original?: string | null;
  @IsOptional() @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }) originalUrl?: string | null;
  @IsOptional() @IsIn(Object.values(OriginalUrlStatus)) originalUrlStatus?: OriginalUrlStatus | null;
  /** The last day a research pass read or searched this document. */
  @IsOptional() @IsPartialDate() checkedOn?: string | null;

  /** A document may be its own evidence: sources are optional here. */
  @IsOptional()
  @IsArray()
  @Matches(DOC_ID, { each: true, message: 'each source must be a document id (doc:...)' })
  declare sources: string[];
}

export class OrganizationRecord extends EntityRecord {
  @IsString() @MinLength(1) name!: string;
  @IsOptional() @IsString() acronym!: string | null;
  @IsIn(Object.values(OrganizationKind)) kind!: OrganizationKind;
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) description!: string | null;
}

export class PersonRecord extends EntityRecord {
  @IsString() @MinLength(1) name!: string;
  @IsArray() @IsString({ each: true }) aliases!: string[];
  @IsOptional() @Matches(/^[A-Z]{3}$/) nationality!: string | null;
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) description!: string | null;
  /** Spellings of the name seen in sources (without accents, former names), each with its sources. */
  @IsOptional() @IsNameVariants() nameVariants?: NameVariantRecord[];
}

export class PositionRecord extends EntityRecord {
  @Matches(/^person:/) person!: string;
  @Matches(/^(org|state|reio):/) in!: string;
  @IsString() @MinLength(1) title!: string;
  @IsOptional() @IsPartialDate() from!: string | null;
  @IsOptional() @IsPartialDate() until!: string | null;
  @IsOptional() @IsPartialDate() observedOn!: string | null;
  /** The office, when it is one several people hold in turn (the Secretary-General). */
  @IsOptional() @IsIn(Object.values(Office)) office?: Office | null;
}

export class ParticipantRecord extends EntityRecord {
  @IsIn(Object.values(ParticipantKind)) kind!: ParticipantKind;
  @IsOptional() @Matches(/^[A-Z]{3}$/) iso3!: string | null;
  @IsString() @MinLength(1) name!: string;
  @IsOptional() @IsIn(Object.values(RegionalGroup)) regionalGroup!: RegionalGroup | null;
  /** Other names the participant is known by (former names, common English spellings), each with its sources. */
  @IsOptional() @IsNameVariants() nameVariants?: NameVariantRecord[];
}

export interface SignaturePeriodRecord {
  from: string | null;
  until: string | null;
  place: string | null;
  sources?: string[];
}

export interface EntryIntoForceRecord {
  article: string;
  instrumentsRequired: number;
  countedKinds: TreatyActionKind[];
  daysAfterThreshold: number;
  reioCountedAdditionally: boolean;
  laterPartiesDays: number | null;
  text: string;
  sources?: string[];
}

export class EntryIntoForceRuleRecord implements EntryIntoForceRecord {
  @IsString() article!: string;
  @IsInt() @Min(1) instrumentsRequired!: number;
  @IsArray() @IsIn(Object.values(TreatyActionKind), { each: true }) countedKinds!: TreatyActionKind[];
  @IsInt() @Min(0) daysAfterThreshold!: number;
  @IsBoolean() reioCountedAdditionally!: boolean;
  @IsOptional() @IsInt() @Min(0) laterPartiesDays!: number | null;
  @IsString() text!: string;
}

export class TreatyRecord extends EntityRecord {
  @IsIn(Object.values(TreatyKind)) kind!: TreatyKind;
  @IsString() @MinLength(1) title!: string;
  @IsString() @MinLength(1) shortTitle!: string;
  @IsIn(Object.values(TreatyStage)) stage!: TreatyStage;
  @IsOptional() @IsPartialDate() adoptedOn!: string | null;
  @IsOptional() @Matches(/^org:/) adoptedBy!: string | null;
  @IsOptional() @Matches(DOC_ID) adoptionDocument!: string | null;
  @IsOptional() @IsString() depositary!: string | null;
  @IsArray() signature!: SignaturePeriodRecord[];
  @IsOptional() entryIntoForce!: EntryIntoForceRecord | null;
  @IsOptional() @Matches(/^treaty:/) supplements!: string | null;
  @IsOptional() @Matches(DOC_ID) textDocument?: string | null;
  /** The last day the depositary's record was searched for new acts. */
  @IsOptional() @IsPartialDate() statusCheckedOn?: string | null;
}

export class ProcessRecord extends EntityRecord {
  @IsString() @MinLength(1) name!: string;
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) mandate!: string | null;
  @IsOptional() @IsPartialDate() start!: string | null;
  @IsOptional() @IsPartialDate() end!: string | null;
  @IsOptional() @Matches(/^org:/) conductedBy!: string | null;
  @IsOptional() @Matches(/^treaty:/) produced!: string | null;
}

export class EventRecord extends EntityRecord {
  @IsIn(Object.values(EventKind)) kind!: EventKind;
  @IsString() @MinLength(1) name!: string;
  @IsOptional() @IsPartialDate() start!: string | null;
  @IsOptional() @IsPartialDate() end!: string | null;
  @IsOptional() @IsString() place!: string | null;
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) description!: string | null;
  @IsOptional() @Matches(/^process:/) partOf!: string | null;
  @IsOptional() @Matches(/^org:/) body!: string | null;
  /** A domestic act towards consent (a law, a parliament's vote): the treaty, who acted, and the instrument it prepares, if the source says. */
  @IsOptional() @Matches(/^treaty:/) treaty?: string | null;
  @IsOptional() @Matches(/^(state|reio):/) participant?: string | null;
  @IsOptional() @IsIn(Object.values(TreatyActionKind)) consentKind?: TreatyActionKind | null;
  /** Other spellings of the place seen in sources ("Hà Nội" for Hanoi), each with its sources: searched, never shown as the place. */
  @IsOptional() @IsNameVariants() placeVariants?: NameVariantRecord[];
}

export class StatementRecord extends EntityRecord {
  @Matches(/^person:/) speaker!: string;
  @IsString() @MinLength(1) @MaxLength(TEXT_MAX) text!: string;
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'language must be a BCP 47 tag such as en' }) language!: string;
  @IsOptional() @IsPartialDate() saidOn!: string | null;
  @IsOptional() @IsString() context!: string | null;
  @IsOptional() @IsString() roleAtTime!: string | null;
  @IsArray() @Matches(ENTITY_ID, { each: true }) about!: string[];
  @IsOptional() @Matches(/^event:/) at!: string | null;
  /** One quotation printed in pieces: the piece this one follows, and the exact characters between them in the source. */
  @IsOptional() @Matches(/^statement:/) continues?: string | null;
  @IsOptional() @IsString() joinedBy?: string | null;
}

export class TreatyActionRecord extends EntityRecord {
  @Matches(/^treaty:/) treaty!: string;
  @Matches(/^(state|reio):/) participant!: string;
  @IsIn(Object.values(TreatyActionKind)) kind!: TreatyActionKind;
  @IsOptional() @IsPartialDate() date!: string | null;
  @IsOptional() @IsString() place!: string | null;
  @IsOptional() @IsString() notification!: string | null;
  @IsOptional() @Matches(/^person:/) signedBy!: string | null;
}

export class ClaimRecord extends EntityRecord {
  @IsString() @MinLength(1) topic!: string;
  @IsString() @MinLength(1) subject!: string;
  @IsString() @MinLength(1) value!: string;
  @IsOptional() @IsPartialDate() date!: string | null;
  @IsArray() @Matches(ENTITY_ID, { each: true }) about!: string[];
  @IsOptional() @Matches(/^conflict:/) conflict!: string | null;
}

export class ConflictRecord extends EntityRecord {
  @IsString() @MinLength(1) topic!: string;
}

/** A role only where the relationship's type takes one (CHAIRED, PRESIDED, NAMES), and then always. */
function RoleFitsType(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'roleFitsType',
      validator: {
        validate: (value: unknown, args) => roleFits((args?.object as { type: string }).type, value as string | null | undefined),
        defaultMessage: (args) =>
          `role ${JSON.stringify(args?.value)} does not fit a ${(args?.object as { type: string }).type} relationship`,
      },
    },
    options,
  );
}

/** Counts only for a counted vote; a decision without a vote has none. */
function CountsFitMethod(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'countsFitMethod',
      validator: {
        validate: (value: unknown, args) => {
          const vote = args?.object as VoteRecord;
          return voteCountsFit(value === true, [vote.inFavour, vote.against, vote.abstentions]);
        },
        defaultMessage: () => 'a vote without a vote has no counts; a counted vote has at least one',
      },
    },
    options,
  );
}

export class RelationRecord extends FactRecord {
  @Matches(ENTITY_ID) from!: string;
  @IsIn(RELATIONSHIP_TYPES) type!: string;
  @Matches(ENTITY_ID) to!: string;
  /** The part played: Chair, Vice-Chair, press contact... (CHAIRED, PRESIDED, NAMES only). */
  @RoleFitsType() role?: RelationRole | null;
  /** When the relationship began and ended, where a source says (a membership, a term on a bureau). */
  @IsOptional() @IsPartialDate() startedOn?: string | null;
  @IsOptional() @IsPartialDate() endedOn?: string | null;
  /** The State a bureau member was elected for. */
  @IsOptional() @Matches(/^(state|reio):/) onBehalfOf?: string | null;
}

/** A vote on a text, or its adoption without a vote, at an event. */
export class VoteRecord extends EntityRecord {
  @Matches(/^event:/) at!: string;
  @IsArray() @Matches(DOC_ID, { each: true }) on!: string[];
  /** What was voted on, as the sources word it. */
  @IsString() @MinLength(1) @MaxLength(TEXT_MAX) subject!: string;
  @IsIn(Object.values(VoteDecision)) decision!: VoteDecision;
  @IsBoolean() @CountsFitMethod() withoutVote!: boolean;
  @IsOptional() @IsInt() @Min(0) inFavour!: number | null;
  @IsOptional() @IsInt() @Min(0) against!: number | null;
  @IsOptional() @IsInt() @Min(0) abstentions!: number | null;
  @IsOptional() @IsPartialDate() date!: string | null;
  /** The sentence of the source that records the outcome, verbatim. */
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) wording!: string | null;
}

/** The kinds of record, in load order, with the class that validates each. */
export const RECORD_CLASSES = {
  documents: DocumentRecord,
  organizations: OrganizationRecord,
  participants: ParticipantRecord,
  persons: PersonRecord,
  positions: PositionRecord,
  treaties: TreatyRecord,
  processes: ProcessRecord,
  events: EventRecord,
  votes: VoteRecord,
  statements: StatementRecord,
  treatyActions: TreatyActionRecord,
  conflicts: ConflictRecord,
  claims: ClaimRecord,
  relations: RelationRecord,
} as const;

export type RecordKind = keyof typeof RECORD_CLASSES;

export type RecordBundle = { [K in RecordKind]: InstanceType<(typeof RECORD_CLASSES)[K]>[] };

/** The file a kind of record is kept in, in a seed or import directory: treatyActions in treaty-actions.json. */
export function fileOfKind(kind: RecordKind): string {
  return `${kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.json`;
}

/** The kind of record a seed file holds, from its name; undefined for any other name. */
export function kindOfFile(name: string): RecordKind | undefined {
  return (Object.keys(RECORD_CLASSES) as RecordKind[]).find((kind) => fileOfKind(kind) === name);
}

export const RECORD_FILES: readonly string[] = (Object.keys(RECORD_CLASSES) as RecordKind[]).map(fileOfKind);
