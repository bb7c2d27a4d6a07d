import { parse } from 'csv-parse/sync';

import { TreatyActionKind } from '../model/treaty-action.js';
import type { ImportProblem } from './problems.js';

/**
 * A treaty-status table as the UN Treaty Collection prints it, saved as CSV:
 * Participant | Signature | Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d).
 */
export const COLUMNS = {
  participant: 'Participant',
  signature: 'Signature',
  consent: 'Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)',
} as const;

export interface StatusAction {
  column: string;
  kind: TreatyActionKind;
  /** YYYY-MM-DD. */
  date: string;
}

export interface StatusRow {
  row: number;
  participant: string;
  actions: StatusAction[];
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** The kind marks UNTC prints after the date of consent; no mark is a ratification. */
const KIND_MARKS: Record<string, TreatyActionKind> = {
  A: TreatyActionKind.ACCEPTANCE,
  AA: TreatyActionKind.APPROVAL,
  a: TreatyActionKind.ACCESSION,
  d: TreatyActionKind.SUCCESSION,
};

/** Footnote marks: superscript digits, or numbers in brackets, e.g. "Viet Nam²" or "25 Oct 2025 [3]". */
export function stripFootnotes(text: string): string {
  return text
    .replace(/[\u00B9\u00B2\u00B3\u2070-\u2079]+/g, '')
    .replace(/\s*[[(]\d+(?:\s*,\s*\d+)*[\])]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "25 Oct 2025" as 2025-10-25; undefined when it is not a real day written that way. */
export function parseUntcDate(text: string): string | undefined {
  const match = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(text);
  if (match === null) return undefined;
  const day = Number(match[1]);
  const month = MONTHS[match[2]!.toLowerCase()];
  const year = Number(match[3]);
  if (month === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A consent cell: a date, then maybe a kind mark (" a", " A", " AA", " d"). */
function parseConsent(cell: string): { date: string; kind: TreatyActionKind } | undefined {
  const match = /^(.*?\d{4})(?:\s*(AA|A|a|d))?$/.exec(cell);
  if (match === null) return undefined;
  const date = parseUntcDate(match[1]!.trim());
  if (date === undefined) return undefined;
  return { date, kind: match[2] === undefined ? TreatyActionKind.RATIFICATION : KIND_MARKS[match[2]]! };
}

const headerKey = (text: string): string => stripFootnotes(text).toLowerCase().replace(/\s+/g, '');

/** Parses the table; every problem is reported with its row and column, and rows parse only if all do. */
export function parseUntcCsv(text: string): { rows: StatusRow[]; problems: ImportProblem[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    return { rows: [], problems: [{ message: `not a readable CSV file: ${(error as Error).message}` }] };
  }
  const header = records[0] ?? [];
  const index = {
    participant: header.findIndex((cell) => headerKey(cell) === headerKey(COLUMNS.participant)),
    signature: header.findIndex((cell) => headerKey(cell) === headerKey(COLUMNS.signature)),
    consent: header.findIndex((cell) => headerKey(cell).startsWith('ratification')),
  };
  const missing = (Object.keys(index) as (keyof typeof index)[]).filter((key) => index[key] < 0);
  if (missing.length > 0) {
    return {
      rows: [],
      problems: missing.map((key) => ({ row: 1, column: COLUMNS[key], message: `the header has no column "${COLUMNS[key]}"` })),
    };
  }

  const rows: StatusRow[] = [];
  const problems: ImportProblem[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    // Blank lines are kept while parsing, so row numbers stay those a spreadsheet shows.
    if (record.every((cell) => cell === '')) return;
    const participant = stripFootnotes(record[index.participant] ?? '');
    if (participant === '') {
      problems.push({ row, column: COLUMNS.participant, message: 'no participant named' });
      return;
    }
    const actions: StatusAction[] = [];
    const signature = stripFootnotes(record[index.signature] ?? '');
    if (signature !== '') {
      const date = parseUntcDate(signature);
      if (date === undefined)
        problems.push({ row, column: COLUMNS.signature, message: `"${signature}" is not a date written like 25 Oct 2025` });
      else actions.push({ column: COLUMNS.signature, kind: TreatyActionKind.SIGNATURE, date });
    }
    const consent = stripFootnotes(record[index.consent] ?? '');
    if (consent !== '') {
      const parsed = parseConsent(consent);
      if (parsed === undefined) {
        problems.push({
          row,
          column: COLUMNS.consent,
          message: `"${consent}" is not a date written like 25 Oct 2025, optionally followed by a, A, AA or d`,
        });
      } else {
        actions.push({ column: COLUMNS.consent, ...parsed });
      }
    }
    rows.push({ row, participant, actions });
  });
  return { rows, problems };
}
