/**
 * A calendar date known to a day, a month or a year. "In 2025" stays a year: it is never widened into
 * 2025-01-01. Its first and last possible days give range filters and ordering a sound meaning.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  value: string;
  precision: DatePrecision;
  /** First possible day, YYYY-MM-DD. */
  first: string;
  /** Last possible day, YYYY-MM-DD. */
  last: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Parses "2025", "2025-10" or "2025-10-25"; returns undefined for anything else or an impossible day. */
export function parsePartialDate(value: string): ParsedPartialDate | undefined {
  const match = SHAPE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { value, precision: 'YEAR', first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { value, precision: 'MONTH', first: `${value}-01`, last: `${value}-${pad(lastDay)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  return { value, precision: 'DAY', first: value, last: value };
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  return parsePartialDate(value)?.precision === 'DAY';
}

/** Adds whole days to a YYYY-MM-DD day, in UTC so no time zone shifts the answer. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in UTC, YYYY-MM-DD: the default `asOf`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
