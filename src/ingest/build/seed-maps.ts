/**
 * The records the seed build makes, keyed by id, before they are checked and written. Each record is
 * the JSON a seed file holds: the ingest record classes (records.ts) validate them at the end.
 */

export type Confidence = 'stated' | 'inferred';

export interface BaseRecord {
  id: string;
  sources: string[];
  confidence: Confidence;
  note?: string | null;
}

export interface DocumentOut {
  id: string;
  kind: string;
  title: string;
  symbol: string | null;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  sources?: string[];
  confidence: Confidence;
  note?: string | null;
  grade?: string;
  gradeReason?: string;
  publisherOrganization?: string | null;
  original?: string | null;
  originalUrl?: string | null;
  originalUrlStatus?: string | null;
  checkedOn?: string | null;
}

export interface OrganizationOut extends BaseRecord {
  name: string;
  acronym: string | null;
  kind: string;
  description: string | null;
}

/** Another name, with the documents it was seen in. */
export interface NameVariantOut {
  name: string;
  sources: string[];
  note?: string | null;
}

export interface PersonOut extends BaseRecord {
  name: string;
  aliases: string[];
  nationality: string | null;
  description: string | null;
  nameVariants?: NameVariantOut[];
}

export interface PositionOut extends BaseRecord {
  person: string;
  in: string;
  title: string;
  from: string | null;
  until: string | null;
  observedOn: string | null;
  office?: string | null;
}

export interface ParticipantOut extends BaseRecord {
  kind: string;
  iso3: string | null;
  name: string;
  regionalGroup: string | null;
  nameVariants?: NameVariantOut[];
}

export interface SignaturePeriodOut {
  from: string | null;
  until: string | null;
  place: string | null;
  sources?: string[];
}

export interface EntryIntoForceOut {
  article: string;
  instrumentsRequired: number;
  countedKinds: string[];
  daysAfterThreshold: number;
  reioCountedAdditionally: boolean;
  laterPartiesDays: number | null;
  text: string;
  sources?: string[];
}

export interface TreatyOut {
  id: string;
  kind: string;
  title?: string;
  shortTitle?: string;
  stage?: string;
  adoptedOn?: string | null;
  adoptedBy?: string | null;
  adoptionDocument?: string | null;
  depositary?: string | null;
  textDocument?: string | null;
  signature?: SignaturePeriodOut[];
  entryIntoForce?: EntryIntoForceOut | null;
  supplements?: string | null;
  statusCheckedOn?: string | null;
  sources?: string[];
  confidence?: Confidence;
  note?: string | null;
}

export interface ProcessOut extends BaseRecord {
  name: string;
  mandate: string | null;
  start: string | null;
  end: string | null;
  conductedBy: string;
  produced: string | null;
}

export interface EventOut extends BaseRecord {
  kind: string;
  name: string;
  start: string | null;
  end: string | null;
  place: string | null;
  description: string | null;
  partOf: string | null;
  body: string | null;
  treaty?: string | null;
  participant?: string | null;
  consentKind?: string | null;
  placeVariants?: NameVariantOut[];
}

export interface StatementOut extends BaseRecord {
  speaker: string;
  text: string;
  language: string;
  saidOn: string | null;
  context: string | null;
  roleAtTime: string | null;
  about: string[];
  at: string | null;
  continues?: string | null;
  joinedBy?: string | null;
}

export interface TreatyActionOut extends BaseRecord {
  treaty: string;
  participant: string;
  kind: string;
  date: string | null;
  place: string | null;
  notification: string | null;
  signedBy: string | null;
}

export interface ClaimOut extends BaseRecord {
  topic: string;
  subject: string;
  value: string;
  date: string | null;
  about: string[];
  conflict: string | null;
}

export interface ConflictOut {
  id: string;
  topic: string;
  note: string | null;
  sources: string[];
  confidence: Confidence;
}

export interface RelationOut {
  from: string;
  type: string;
  to: string;
  role?: string;
  startedOn?: string | null;
  endedOn?: string | null;
  onBehalfOf?: string | null;
  sources: string[];
  confidence: Confidence;
  note?: string | null;
}

export interface VoteOut extends BaseRecord {
  at: string;
  on: string[];
  subject: string;
  decision: string;
  withoutVote: boolean;
  inFavour: number | null;
  against: number | null;
  abstentions: number | null;
  date: string | null;
  wording: string | null;
}

export interface SeedMaps {
  documents: Map<string, DocumentOut>;
  organizations: Map<string, OrganizationOut>;
  persons: Map<string, PersonOut>;
  positions: Map<string, PositionOut>;
  participants: Map<string, ParticipantOut>;
  treaties: Map<string, TreatyOut>;
  processes: Map<string, ProcessOut>;
  events: Map<string, EventOut>;
  votes: Map<string, VoteOut>;
  statements: Map<string, StatementOut>;
  treatyActions: Map<string, TreatyActionOut>;
  claims: Map<string, ClaimOut>;
  conflicts: Map<string, ConflictOut>;
  /** Keyed by `from|type|to`. */
  relations: Map<string, RelationOut>;
}

export class SeedBuildError extends Error {
  override name = 'SeedBuildError';
  constructor(message: string) {
    super(`seeds:build: ${message}`);
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new SeedBuildError(message);
}

export const uniq = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function joinNotes(...parts: (string | null | undefined)[]): string | null {
  const kept = parts.filter((part): part is string => part !== null && part !== undefined && part.trim() !== '');
  return kept.length > 0 ? kept.join(' ') : null;
}

export function withNote<T extends { note?: string | null }>(record: T, note: string | null | undefined): T {
  if (note !== null && note !== undefined && note !== '') record.note = note;
  return record;
}

export const doc = (sourceId: string): string => `doc:${sourceId}`;

const FOLD: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
};

function ascii(text: string): string {
  return text
    .replace(/[ıøØđĐßæÆœŒłŁ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

export function slug(text: string, max = 80): string {
  let out = ascii(text)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (out.length > max) out = out.slice(0, max).replace(/-[^-]*$/, '');
  assert(out.length > 0, `empty slug for ${JSON.stringify(text)}`);
  return out;
}

const HONORIFICS = /^(?:H\.E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Amb\.)\s+/;

export function plainName(name: string): string {
  let plain = name.trim();
  while (HONORIFICS.test(plain)) plain = plain.replace(HONORIFICS, '');
  return plain;
}

export const personId = (name: string): string => `person:${slug(plainName(name))}`;
