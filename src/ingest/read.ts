import { readFileSync } from 'node:fs';
import path from 'node:path';

import { validateSync, type ValidationError } from 'class-validator';

import { fileOfKind, RECORD_CLASSES, type RecordBundle, type RecordKind } from './records.js';

/** A bad seed record, located by file, record number (1-based) and field. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';

  constructor(readonly problems: SeedProblem[]) {
    super(
      `${problems.length} invalid seed record field(s):\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${p.file} record ${p.record}${p.id ? ` (${p.id})` : ''} field ${p.field}: ${p.message}`)
          .join('\n'),
    );
  }
}

export interface SeedProblem {
  file: string;
  record: number;
  id: string | undefined;
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], `${field}.`)];
  });
}

/** Validates one file's raw records; returns them as class instances and the problems found. */
export function validateRecords<K extends RecordKind>(kind: K, raw: unknown): { records: RecordBundle[K]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const file = fileOfKind(kind);
  if (!Array.isArray(raw)) {
    return {
      records: [] as RecordBundle[K],
      problems: [{ file, record: 0, id: undefined, field: '(file)', message: 'must hold a JSON array of records' }],
    };
  }
  const RecordClass = RECORD_CLASSES[kind];
  const records = raw.map((item: unknown, index) => {
    const record = Object.assign(new RecordClass(), item as object);
    const errors = validateSync(record, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    for (const { field, message } of flatten(errors)) {
      problems.push({ file, record: index + 1, id: (item as { id?: string }).id, field, message });
    }
    return record;
  });
  return { records: records as RecordBundle[K], problems };
}

/** Reads and validates every seed file of a directory; throws SeedValidationError listing every bad field. */
export function readSeeds(dir: string): RecordBundle {
  const bundle = {} as Record<RecordKind, unknown[]>;
  const problems: SeedProblem[] = [];
  for (const kind of Object.keys(RECORD_CLASSES) as RecordKind[]) {
    const file = fileOfKind(kind);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({ file, record: 0, id: undefined, field: '(file)', message: (error as Error).message });
      continue;
    }
    const result = validateRecords(kind, raw);
    bundle[kind] = result.records;
    problems.push(...result.problems);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const bundled = bundle as RecordBundle;
  const referenceProblems = checkReferences(bundled);
  if (referenceProblems.length > 0) throw new SeedValidationError(referenceProblems);
  return bundled;
}

const REFERENCE_FIELDS = [
  'sources',
  'person',
  'in',
  'adoptedBy',
  'adoptionDocument',
  'supplements',
  'conductedBy',
  'produced',
  'partOf',
  'body',
  'speaker',
  'about',
  'at',
  'treaty',
  'participant',
  'signedBy',
  'conflict',
  'publisherOrganization',
  'original',
  'continues',
  'textDocument',
  'from',
  'to',
  'on',
  'onBehalfOf',
];

export interface Reference {
  kind: RecordKind;
  record: number;
  id: string | undefined;
  field: string;
  target: string;
}

/** Every id a bundle's records point to, with where it is written. */
export function referencesOf(bundle: Partial<RecordBundle>): Reference[] {
  const references: Reference[] = [];
  for (const [kind, records] of Object.entries(bundle) as unknown as [RecordKind, Record<string, unknown>[]][]) {
    records.forEach((record, index) => {
      for (const field of REFERENCE_FIELDS) {
        // Dates share the names from/to with relation ends; only id-shaped values are references.
        for (const value of ([] as unknown[]).concat(record[field] ?? [])) {
          if (typeof value === 'string' && /^[a-z]+:/.test(value)) {
            references.push({ kind, record: index + 1, id: record.id as string | undefined, field, target: value });
          }
        }
      }
      const variants = Array.isArray(record.nameVariants) ? (record.nameVariants as { sources?: unknown }[]) : [];
      for (const target of variants.flatMap((variant) => (Array.isArray(variant.sources) ? variant.sources : []))) {
        if (typeof target === 'string') {
          references.push({ kind, record: index + 1, id: record.id as string | undefined, field: 'nameVariants', target });
        }
      }
    });
  }
  return references;
}

/** Ids the bundle's records define. */
export function idsOf(bundle: Partial<RecordBundle>): Set<string> {
  return new Set(
    Object.values(bundle).flatMap((records) => (records as { id?: string }[]).flatMap((r) => (r.id === undefined ? [] : [r.id]))),
  );
}

/**
 * Every id a record points to must exist in the bundle (or, for an import, in `alsoKnown`: the graph);
 * every id must be unique.
 */
export function checkReferences(bundle: Partial<RecordBundle>, alsoKnown: ReadonlySet<string> = new Set()): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const known = new Set<string>();
  for (const [kind, records] of Object.entries(bundle) as [RecordKind, { id?: string }[]][]) {
    records.forEach((record, index) => {
      if (record.id === undefined) return;
      if (known.has(record.id)) {
        problems.push({ file: fileOfKind(kind), record: index + 1, id: record.id, field: 'id', message: 'duplicate id' });
      }
      known.add(record.id);
    });
  }
  for (const ref of referencesOf(bundle)) {
    if (!known.has(ref.target) && !alsoKnown.has(ref.target)) {
      problems.push({
        file: fileOfKind(ref.kind),
        record: ref.record,
        id: ref.id,
        field: ref.field,
        message: `points to unknown id "${ref.target}"`,
      });
    }
  }
  return problems;
}
