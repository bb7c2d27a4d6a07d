import { storedConfidence } from '../model/confidence.js';
import { basename, extname } from 'node:path';

import type { Database } from '../db/database.js';
import { parsePartialDate } from '../model/partial-date.js';
import { idFrom } from '../model/ids.js';
import { actionsOnTreaty, participants, treatyFacts } from '../ingest/treaty-action.cypher.js';
import { type RecordedAction } from '../model/treaty-action.rules.js';
import { checkTreatyAction, treatyActionId } from '../model/treaty-action.rules.js';
import { applyPlanInTransaction, type ApplyOptions, type ApplySummary } from '../ingest/apply.js';
import { planGraph } from '../ingest/plan.js';
import { recordedTransaction } from '../ingest/release.js';
import type { DocumentRecord, TreatyActionRecord } from '../ingest/records.js';
import { participantMatcher } from './participants.js';
import { ImportError, type ImportProblem } from './problems.js';
import { COLUMNS, parseUntcCsv } from './untc.parse.js';

export interface UntcImportOptions extends ApplyOptions {
  /** The file's name, for messages and the default title. */
  file: string;
  treaty: string;
  title?: string;
  url?: string;
  /** When the table was published or read: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
}

export interface ImportSummary extends ApplySummary {
  rows: number;
  actions: number;
  documentId: string;
}

/** The table itself is the evidence: a TREATY_STATUS document cited by every action it states. */
function statusDocument(options: UntcImportOptions): DocumentRecord {
  const title = options.title ?? basename(options.file, extname(options.file));
  return Object.assign({} as DocumentRecord, {
    id: idFrom('doc', title),
    kind: 'TREATY_STATUS',
    title,
    symbol: null,
    url: options.url ?? null,
    publisher: null,
    publishedOn: options.published ?? null,
    sources: [],
    confidence: 'stated' as const,
    note: null,
  });
}

/**
 * The action already recorded that a row restates: the same day, or a less precise date the day
 * falls in (the table then makes it precise). A different date is a contradiction, not a match.
 */
function matchRecorded(
  recorded: readonly RecordedAction[],
  participant: string,
  kind: string,
  date: string,
): RecordedAction | 'conflict' | undefined {
  const same = recorded.filter((a) => a.participant === participant && a.kind === kind);
  const exact = same.find((a) => a.date === date);
  if (exact !== undefined) return exact;
  const coarser = same.find((a) => {
    const stored = a.date === null ? undefined : parsePartialDate(a.date);
    return stored === undefined || (stored.precision !== 'DAY' && stored.first <= date && date <= stored.last);
  });
  if (coarser !== undefined) return coarser;
  return same.length > 0 ? 'conflict' : undefined;
}

/**
 * Imports a UNTC status table: parsed and checked in full (names, dates, the treaty's rules) before
 * anything is written, then written in the same transaction through the seed plan, so a bad row
 * leaves the graph as it was and a second import of the same table changes nothing.
 */
export async function importUntcTable(
  db: Pick<Database, 'writeTransaction'>,
  text: string,
  options: UntcImportOptions,
): Promise<ImportSummary> {
  const parsed = parseUntcCsv(text);
  const problems: ImportProblem[] = [...parsed.problems];
  if (options.published !== undefined && parsePartialDate(options.published) === undefined) {
    problems.push({ message: `--published must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${options.published}"` });
  }
  const document = statusDocument(options);

  const { result, release } = await recordedTransaction(db, options.recordedBy ?? 'import', async (tx, changes) => {
    const treaty = await treatyFacts(tx, options.treaty);
    if (treaty === null) throw new ImportError(options.file, [{ message: `no treaty "${options.treaty}" in the graph (--treaty)` }]);
    const states = await participants(tx);
    const match = participantMatcher(states);
    const names = new Map(states.map((state) => [state.id, state.name]));
    const recorded = await actionsOnTreaty(tx, options.treaty);

    const records: TreatyActionRecord[] = [];
    const planned: RecordedAction[] = [];
    for (const row of parsed.rows) {
      const participant = match(row.participant);
      if (participant === undefined) {
        problems.push({
          row: row.row,
          column: COLUMNS.participant,
          message: `"${row.participant}" is no participant in the graph (by UN name or alias)`,
        });
        continue;
      }
      for (const action of row.actions) {
        const found = matchRecorded(recorded, participant, action.kind, action.date);
        if (found === 'conflict') {
          const other = recorded.find((a) => a.participant === participant && a.kind === action.kind)!;
          problems.push({
            row: row.row,
            column: action.column,
            message: `${action.kind.toLowerCase()} already recorded on ${other.date} as ${other.id}; retract it first if the table is right`,
          });
          continue;
        }
        const id = found?.id ?? treatyActionId(options.treaty, participant, action.kind, action.date);
        if (planned.some((other) => other.id === id)) {
          problems.push({
            row: row.row,
            column: action.column,
            message: `the table states this ${action.kind.toLowerCase()} of ${row.participant} twice`,
          });
          continue;
        }
        for (const problem of checkTreatyAction({ id, participant, kind: action.kind, date: action.date }, treaty, [
          ...recorded,
          ...planned,
        ])) {
          problems.push({ row: row.row, column: action.column, message: problem.message });
        }
        planned.push({ id, participant, kind: action.kind, date: action.date, sourceIds: [], props: {} });
        const kept = found?.props ?? {};
        records.push(
          Object.assign({} as TreatyActionRecord, {
            id,
            treaty: options.treaty,
            participant,
            kind: action.kind,
            date: action.date,
            place: (kept.place as string | undefined) ?? null,
            notification: (kept.notification as string | undefined) ?? null,
            signedBy: null,
            note: (kept.note as string | undefined) ?? null,
            confidence: storedConfidence(kept.confidence),
            sources: [...new Set([...(found?.sourceIds ?? []), document.id])].sort(),
          }),
        );
      }
    }
    if (problems.length > 0)
      throw new ImportError(
        options.file,
        problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
      );

    const plan = planGraph({ documents: [document], treatyActions: records }, names);
    const summary = await applyPlanInTransaction(tx, plan, changes, options);
    return { ...summary, rows: parsed.rows.length, actions: records.length, documentId: document.id };
  });
  return { ...result, release };
}
