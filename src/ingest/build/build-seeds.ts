import { checkReferences, validateRecords, type SeedProblem } from '../read.js';
import { fileOfKind, type RecordBundle, type RecordKind } from '../records.js';
import { buildBase } from './base.js';
import { addSignatureRanges } from './date-ranges.js';
import { addNameVariants } from './name-variants.js';
import { addEvidence } from './evidence.js';
import { addFacts } from './facts.js';
import type { BuildInputs } from './research.js';
import { assert, SeedBuildError, type SeedMaps } from './seed-maps.js';

export interface SeedBuild {
  /** seeds/<file> → its exact bytes: records sorted by id (relations by from, type, to), 2-space JSON, a final newline. */
  files: Map<string, string>;
  counts: Map<string, number>;
  /** Things worth a look that are not errors, e.g. documents no record cites. */
  notes: string[];
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Builds every seed file from the research notes and the curated tables. Deterministic: the same
 * inputs give the same bytes. Every record is then validated with the ingest record classes and every
 * reference checked, exactly as `npm run seed` will; any problem stops the build.
 */
export function buildSeeds(inputs: BuildInputs): SeedBuild {
  const maps = buildBase(inputs);
  addEvidence(maps, inputs);
  addFacts(maps, inputs);
  const ranged = addSignatureRanges(maps);
  assert(ranged.length === 4, `expected 4 Hanoi signatures dated as a range, got ${ranged.length}: ${ranged.join(', ')}`);
  addNameVariants(maps, inputs);
  return serialize(maps);
}

function serialize(maps: SeedMaps): SeedBuild {
  const records: Record<RecordKind, unknown[]> = {
    documents: [...maps.documents.values()].sort(byKey((r) => r.id)),
    organizations: [...maps.organizations.values()].sort(byKey((r) => r.id)),
    participants: [...maps.participants.values()].sort(byKey((r) => r.id)),
    persons: [...maps.persons.values()].sort(byKey((r) => r.id)),
    positions: [...maps.positions.values()].sort(byKey((r) => r.id)),
    treaties: [...maps.treaties.values()].sort(byKey((r) => r.id)),
    processes: [...maps.processes.values()].sort(byKey((r) => r.id)),
    events: [...maps.events.values()].sort(byKey((r) => r.id)),
    votes: [...maps.votes.values()].sort(byKey((r) => r.id)),
    statements: [...maps.statements.values()].sort(byKey((r) => r.id)),
    treatyActions: [...maps.treatyActions.values()].sort(byKey((r) => r.id)),
    conflicts: [...maps.conflicts.values()].sort(byKey((r) => r.id)),
    claims: [...maps.claims.values()].sort(byKey((r) => r.id)),
    relations: [...maps.relations.values()].sort(byKey((r) => `${r.from}|${r.type}|${r.to}`)),
  };
  const files = new Map<string, string>();
  const counts = new Map<string, number>();
  const problems: SeedProblem[] = [];
  const bundle: Partial<Record<RecordKind, unknown[]>> = {};
  for (const [kind, list] of Object.entries(records) as [RecordKind, unknown[]][]) {
    const text = `${JSON.stringify(list, null, 2)}\n`;
    files.set(fileOfKind(kind), text);
    counts.set(fileOfKind(kind), list.length);
    // Validated as the loader will read it: parsed back from the bytes written.
    const result = validateRecords(kind, JSON.parse(text));
    problems.push(...result.problems);
    bundle[kind] = result.records;
  }
  problems.push(...checkReferences(bundle as Partial<RecordBundle>));
  if (problems.length > 0) {
    throw new SeedBuildError(
      `${problems.length} problem(s):\n${problems
        .slice(0, 30)
        .map((p) => `  ${p.file} record ${p.record}${p.id ? ` (${p.id})` : ''} field ${p.field}: ${p.message}`)
        .join('\n')}`,
    );
  }
  const cited = new Set<string>();
  for (const list of Object.values(records)) {
    for (const record of list as { sources?: string[]; adoptionDocument?: string | null; textDocument?: string | null }[]) {
      for (const source of record.sources ?? []) cited.add(source);
      if (record.adoptionDocument) cited.add(record.adoptionDocument);
      if (record.textDocument) cited.add(record.textDocument);
    }
  }
  const uncited = [...maps.documents.keys()].filter((id) => !cited.has(id));
  const notes = uncited.length > 0 ? [`${uncited.length} documents are not cited by any record: ${uncited.join(', ')}`] : [];
  return { files, counts, notes };
}
