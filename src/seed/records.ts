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

import { DocumentKind } from '../graph/document/document.type.js';
import { EventKind } from '../graph/event/event.type.js';
import { OrganizationKind } from '../graph/organization/organization.type.js';
import { RELATIONSHIP_TYPES } from '../graph/relations.js';
import { ParticipantKind, RegionalGroup } from '../graph/state/state.type.js';
import { TreatyActionKind } from '../graph/treaty-action/treaty-action.type.js';
import { TreatyKind, TreatyStage } from '../graph/treaty/treaty.type.js';
import { parsePartialDate } from '../graph/common/partial-date.js';

/** A date in its precision's shape: "2025", "2025-10" or "2025-10-25", and a real one. */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPartialDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parsePartialDate(value) !== undefined,
        defaultMessage: (args) => `${args?.property} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(args?.value)}`,
      },
    },
    options,
  );
}

const ID = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9.-]*(:[A-Za-z0-9.-]+)*$/;
const DOC_ID = /^doc:[a-z0-9][a-z0-9.-]*$/;
const TEXT_MAX = 20_000;

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
  @Matches(ID, { message: 'id must be of the form kind:slug' })
  id!: string;
}

export class DocumentRecord extends EntityRecord {
  @IsIn(Object.values(DocumentKind)) kind!: DocumentKind;
  @IsString() @MinLength(1) @MaxLength(1000) title!: string;
  @IsOptional() @IsString() symbol!: string | null;
  @IsOptional() @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }) url!: string | null;
  @IsOptional() @IsString() publisher!: string | null;
  @IsOptional() @IsPartialDate() publishedOn!: string | null;

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
}

export class PositionRecord extends EntityRecord {
  @Matches(/^person:/) person!: string;
  @Matches(/^(org|state|reio):/) in!: string;
  @IsString() @MinLength(1) title!: string;
  @IsOptional() @IsPartialDate() from!: string | null;
  @IsOptional() @IsPartialDate() until!: string | null;
  @IsOptional() @IsPartialDate() observedOn!: string | null;
}

export class ParticipantRecord extends EntityRecord {
  @IsIn(Object.values(ParticipantKind)) kind!: ParticipantKind;
  @IsOptional() @Matches(/^[A-Z]{3}$/) iso3!: string | null;
  @IsString() @MinLength(1) name!: string;
  @IsOptional() @IsIn(Object.values(RegionalGroup)) regionalGroup!: RegionalGroup | null;
}

export interface SignaturePeriodRecord {
  from: string | null;
  until: string | null;
  place: string | null;
}

export interface EntryIntoForceRecord {
  article: string;
  instrumentsRequired: number;
  countedKinds: TreatyActionKind[];
  daysAfterThreshold: number;
  reioCountedAdditionally: boolean;
  laterPartiesDays: number | null;
  text: string;
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
}

export class StatementRecord extends EntityRecord {
  @Matches(/^person:/) speaker!: string;
  @IsString() @MinLength(1) @MaxLength(TEXT_MAX) text!: string;
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'language must be a BCP 47 tag such as en' }) language!: string;
  @IsOptional() @IsPartialDate() saidOn!: string | null;
  @IsOptional() @IsString() context!: string | null;
  @IsOptional() @IsString() roleAtTime!: string | null;
  @IsArray() @Matches(ID, { each: true }) about!: string[];
  @IsOptional() @Matches(/^event:/) at!: string | null;
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
  @IsArray() @Matches(ID, { each: true }) about!: string[];
  @IsOptional() @Matches(/^conflict:/) conflict!: string | null;
}

export class ConflictRecord extends EntityRecord {
  @IsString() @MinLength(1) topic!: string;
}

export class RelationRecord extends FactRecord {
  @Matches(ID) from!: string;
  @IsIn(RELATIONSHIP_TYPES) type!: string;
  @Matches(ID) to!: string;
}

/** The seed files, in load order, with the record class each holds. */
export const SEED_FILES = {
  'documents.json': DocumentRecord,
  'organizations.json': OrganizationRecord,
  'participants.json': ParticipantRecord,
  'persons.json': PersonRecord,
  'positions.json': PositionRecord,
  'treaties.json': TreatyRecord,
  'processes.json': ProcessRecord,
  'events.json': EventRecord,
  'statements.json': StatementRecord,
  'treaty-actions.json': TreatyActionRecord,
  'conflicts.json': ConflictRecord,
  'claims.json': ClaimRecord,
  'relations.json': RelationRecord,
} as const;

export type SeedFile = keyof typeof SEED_FILES;

export type SeedBundle = { [F in SeedFile]: InstanceType<(typeof SEED_FILES)[F]>[] };
