/**
 * A calendar date known to a day, a month or a year, or known only to lie between two such dates.
 * "In 2025" stays a year: it is never widened into 2025-01-01. "25 or 26 October 2025" is the range
 * 2025-10-25/2025-10-26 (ISO 8601 interval notation): its earliest and latest possible days are kept,
 * and no day in between is picked. First and last possible days give range filters, ordering and the
 * entry-into-force rule a sound meaning.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  value: string;
  /** For a range, the coarser precision of its two ends. */
  precision: DatePrecision;
  /** First possible day, YYYY-MM-DD. */
  first: string;
  /** Last possible day, YYYY-MM-DD. */
  last: string;
  /** True when the source gives two bounds ("25 or 26 October 2025") rather than one day, month or year. */
  ranged: boolean;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

const COARSENESS: Record<DatePrecision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

function parseSingle(value: string): ParsedPartialDate | undefined {
  const match = SHAPE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { value, precision: 'YEAR', first: `${match[1]}-01-01`, last: `${match[1]}-12-31`, ranged: false };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { value, precision: 'MONTH', first: `${value}-01`, last: `${value}-${pad(lastDay)}`, ranged: false };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  return { value, precision: 'DAY', first: value, last: value, ranged: false };
}

/**
 * Why a value is not a partial date, in words; undefined when it is one. A range whose latest day
 * precedes its earliest is named as such, so a write or an import can say what is wrong.
 */
export function partialDateProblem(value: string): string | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return 'a range has exactly two ends: EARLIEST/LATEST';
  if (parts.length === 1) {
    return parseSingle(value) === undefined ? 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD' : undefined;
  }
  const [earliest, latest] = [parseSingle(parts[0]!), parseSingle(parts[1]!)];
  if (earliest === undefined || latest === undefined) {
    return 'each end of a range must be a real date written YYYY, YYYY-MM or YYYY-MM-DD';
  }
  if (latest.last < earliest.first) {
    return `the latest possible day (${latest.value}) precedes the earliest (${earliest.value})`;
  }
  if (earliest.first === latest.first && earliest.last === latest.last) {
    return `a range needs two different ends; write ${earliest.value} itself`;
  }
  if (earliest.first > latest.first || earliest.last > latest.last) {
    return `the earliest end (${earliest.value}) must not reach past the latest (${latest.value})`;
  }
  return undefined;
}

/**
 * Parses "2025", "2025-10", "2025-10-25" or a range of two of these, "2025-10-25/2025-10-26";
 * returns undefined for anything else, an impossible day, or a range whose ends are out of order.
 */
export function parsePartialDate(value: string): ParsedPartialDate | undefined {
  if (partialDateProblem(value) !== undefined) return undefined;
  const parts = value.split('/');
  if (parts.length === 1) return parseSingle(value);
  const [earliest, latest] = [parseSingle(parts[0]!)!, parseSingle(parts[1]!)!];
  const precision = COARSENESS[earliest.precision] >= COARSENESS[latest.precision] ? earliest.precision : latest.precision;
  return { value, precision, first: earliest.first, last: latest.last, ranged: true };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function spelled(value: string): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return year!;
  const name = `${MONTHS[Number(month) - 1]!} ${year!}`;
  return day === undefined ? name : `${Number(day)} ${name}`;
}

/**
 * A date in words: "25 October 2025", "October 2025", "2025". A range says only what is certain,
 * "on or before 26 October 2025", followed by its earliest bound: "(not before 25 October 2025)".
 */
export function dateText(date: ParsedPartialDate): string {
  if (!date.ranged) return spelled(date.value);
  const [earliest, latest] = date.value.split('/') as [string, string];
  return `on or before ${spelled(latest)} (not before ${spelled(earliest)})`;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const parsed = parsePartialDate(value);
  return parsed?.precision === 'DAY' && !parsed.ranged;
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
