import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import type { Database } from '../db/database.js';
import { nodesById } from '../ingest/write.cypher.js';
import { applyPlanInTransaction, type ApplyOptions, type ApplySummary } from '../ingest/apply.js';
import { planGraph } from '../ingest/plan.js';
import { recordedTransaction } from '../ingest/release.js';
import { checkReferences, idsOf, referencesOf, SeedValidationError, validateRecords, type SeedProblem } from '../ingest/read.js';
import { kindOfFile, RECORD_FILES, type RecordBundle, type RecordKind } from '../ingest/records.js';

/** The raw records of a bundle: a directory of seed files, or one JSON object keyed by seed file name. */
function readRaw(source: string): { raw: Partial<Record<RecordKind, unknown>>; problems: SeedProblem[] } {
  const raw: Partial<Record<RecordKind, unknown>> = {};
  const problems: SeedProblem[] = [];
  const problem = (file: string, message: string): void => {
    problems.push({ file, record: 0, id: undefined, field: '(file)', message });
  };
  const parse = (file: string, text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      problem(file, (error as Error).message);
      return undefined;
    }
  };
  if (!existsSync(source)) {
    problem(source, 'no such file or directory');
  } else if (statSync(source).isDirectory()) {
    for (const name of readdirSync(source).filter((file) => file.endsWith('.json'))) {
      const kind = kindOfFile(name);
      if (kind !== undefined) raw[kind] = parse(name, readFileSync(path.join(source, name), 'utf8'));
      else problem(name, `not a seed file name (one of ${RECORD_FILES.join(', ')})`);
    }
  } else {
    const whole = parse(path.basename(source), readFileSync(source, 'utf8'));
    if (whole !== undefined && (typeof whole !== 'object' || whole === null || Array.isArray(whole))) {
      problem(path.basename(source), 'must hold a JSON object keyed by seed file name, e.g. {"treaty-actions.json": [...]}');
    } else if (whole !== undefined) {
      for (const [name, records] of Object.entries(whole)) {
        const kind = kindOfFile(name);
        if (kind !== undefined) raw[kind] = records;
        else problem(name, `not a seed file name (one of ${RECORD_FILES.join(', ')})`);
      }
    }
  }
  return { raw, problems };
}

/**
 * Imports records in the seeds format, validated as seeds are; their references may point to nodes
 * already in the graph. Checked in full, then written in the same transaction: all or nothing.
 */
export async function importBundle(
  db: Pick<Database, 'writeTransaction'>,
  source: string,
  options: ApplyOptions = {},
): Promise<ApplySummary> {
  const { raw, problems } = readRaw(source);
  const bundle: Partial<RecordBundle> = {};
  for (const [kind, records] of Object.entries(raw) as [RecordKind, unknown][]) {
    const result = validateRecords(kind, records);
    (bundle as Record<RecordKind, unknown>)[kind] = result.records;
    problems.push(...result.problems);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const { result, release } = await recordedTransaction(db, options.recordedBy ?? 'import', async (tx, changes) => {
    const own = idsOf(bundle);
    const outside = [
      ...new Set(
        referencesOf(bundle)
          .map((ref) => ref.target)
          .filter((id) => !own.has(id)),
      ),
    ];
    const inGraph = await nodesById(tx, outside);
    const referenceProblems = checkReferences(bundle, new Set(inGraph.keys()));
    if (referenceProblems.length > 0) throw new SeedValidationError(referenceProblems);
    const names = new Map([...inGraph.values()].map((node) => [node.id, String(node.props.name ?? node.id)]));
    return applyPlanInTransaction(tx, planGraph(bundle, names), changes, options);
  });
  return { ...result, release };
}
