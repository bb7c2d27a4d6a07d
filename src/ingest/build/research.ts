import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The shapes of the research notes in research/ that the seed build reads. The notes are written by
 * hand, pass after pass, so every field beyond `kind` and `sources` is optional here and the build
 * checks what it needs.
 */

export interface ResearchSource {
  id: string;
  title: string;
  url?: string | null;
  publisher?: string | null;
  published?: string | null;
  note?: string | null;
  grade?: string;
  grade_reason?: string;
}

export interface ResearchFact {
  kind: string;
  sources: string[];
  confidence: 'stated' | 'inferred';
  note?: string | null;
  name?: string;
  aliases?: string[];
  abbreviation?: string;
  description?: string | null;
  title?: string;
  symbol?: string;
  date?: string | null;
  date_start?: string | null;
  date_end?: string | null;
  location?: string | null;
  city?: string | null;
  body?: string;
  vote?: string;
  session?: string;
  presiding?: string;
  venue?: string;
  theme?: string;
  co_chairs?: string[];
  iso3?: string | string[] | null;
  state_iso3?: string | null;
  country_iso3?: string | null;
  person?: string;
  role?: string | null;
  organization?: string;
  speaker?: string;
  text?: string;
  context?: string | null;
  role_at_time?: string | null;
  state?: string;
  action?: string;
  place?: string | null;
  supersedes?: string;
  corroborates?: string;
  article?: string | null;
  topic?: string;
  essentials?: RuleEssentials;
  status?: string;
  subject?: string;
  value?: string;
}

export interface RuleEssentials {
  hanoi?: [string, string];
  new_york_until?: string;
  threshold_instruments?: number;
  delay_days?: number;
  reio_instruments_counted_additionally?: boolean;
  instrument_types?: string[];
}

export interface ResearchConflict {
  topic: string;
  claims: { value: string; source: string }[];
  note?: string | null;
}

export interface ResearchFile {
  sources: ResearchSource[];
  facts: ResearchFact[];
  conflicts: ResearchConflict[];
  unverified_leads?: unknown[];
  not_found?: unknown[];
}

/** A reviewed grade of one source (research/2026-12/source-grades.json). */
export interface SourceGradeNote {
  grade: string;
  grade_reason: string;
  publisher_org: string | null;
  publisher_name: string | null;
  published: string | null;
  original_url: string | null;
  original_id: string | null;
  original_url_status?: string;
  original_publisher?: string;
  original_published?: string;
}

export interface KeyDocumentNote {
  key: string;
  title: string;
  symbol: string | null;
  official_url: string | null;
  constructed_url?: string;
  publisher: string | null;
  published: string | null;
  sources: string[];
  note?: string;
}

export interface OfficeNote {
  office: string;
  holder: string;
  from?: string | null;
  until?: string | null;
  sources: string[];
  verbatim?: string[];
  note?: string;
}

export interface VoteNote {
  body: string;
  text: string;
  date: string | null;
  result: string;
  in_favour: number | null;
  against: number | null;
  abstentions: number | null;
  sources: string[];
  verbatim?: string;
  note?: string;
}

export interface ChairNote {
  role: string;
  group?: string;
  state?: string | null;
  iso3?: string;
  name: string | null;
  name_as_published?: string;
  body?: string;
  elected?: string;
  sources: string[];
  note?: string;
}

export interface MembershipNote {
  iso3: string;
  name: string;
  member_since: string;
  sources: string[];
}

export interface NamedPersonNote {
  name: string;
  role_in_release: string;
  kind: string;
  sources: string[];
  note?: string;
}

/** The variants of one participant's name: for each variant, where it was seen (a source id and a remark), or why it was not. */
export interface NameVariantSourcesNote {
  official_short: string;
  formal?: string;
  evidence: Record<string, string[]>;
}

export interface KeyDocumentsFile {
  sources: ResearchSource[];
  documents: KeyDocumentNote[];
  offices: OfficeNote[];
  votes: VoteNote[];
  chairs: ChairNote[];
  eu_members: MembershipNote[];
  press_release_people: NamedPersonNote[];
  articles: Record<string, { verbatim: string | null; sources: string[]; note?: string }>;
  /** ISO3 → names other than the UN short name (former names, common English spellings). */
  name_variants: Record<string, string[]>;
  name_variants_sources: Record<string, NameVariantSourcesNote>;
  name_variants_method: string;
  not_found: string[];
}

/** Everything the build reads, from a checkout: research/ and seeds/curated/. */
export interface BuildInputs {
  facts1: ResearchFile;
  facts2: ResearchFile;
  facts2026: ResearchFile;
  grades: Record<string, SourceGradeNote>;
  keyDocuments: KeyDocumentsFile;
  pressRelease: string;
  curated: (name: string) => unknown;
}

export const RESEARCH_FILES = {
  facts1: 'research/shared/treaty-facts.json',
  facts2: 'research/shared/treaty-facts-2.json',
  pressRelease: 'research/shared/sources/unodc-press-release-adoption.txt',
  facts2026: 'research/2026-12/treaty-facts-2026.json',
  grades: 'research/2026-12/source-grades.json',
  keyDocuments: 'research/2026-12/key-documents.json',
} as const;

/** Reads the build's inputs from a checkout's root: nothing outside it. */
export function readBuildInputs(root: string): BuildInputs {
  const text = (file: string): string => readFileSync(path.join(root, file), 'utf8');
  const json = <T>(file: string): T => JSON.parse(text(file)) as T;
  return {
    facts1: json<ResearchFile>(RESEARCH_FILES.facts1),
    facts2: json<ResearchFile>(RESEARCH_FILES.facts2),
    facts2026: json<ResearchFile>(RESEARCH_FILES.facts2026),
    grades: json<{ grades: Record<string, SourceGradeNote> }>(RESEARCH_FILES.grades).grades,
    keyDocuments: json<KeyDocumentsFile>(RESEARCH_FILES.keyDocuments),
    pressRelease: text(RESEARCH_FILES.pressRelease),
    curated: (name) => json<unknown>(path.join('seeds', 'curated', name)),
  };
}
