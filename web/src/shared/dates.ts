export interface PartialDate {
  value: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
  first?: string;
  last?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as precise as its source: "25 Oct 2025", "Oct 2025" or "2025", never widened. */
export function formatPartialDate(date: PartialDate | string | null | undefined): string {
  if (date === null || date === undefined) return '—';
  const value = typeof date === 'string' ? date : date.value;
  const [year, month, day] = value.split('-');
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Today as YYYY-MM-DD in the researcher's own time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The month (YYYY-MM) of a date of any precision, or null for a year alone. */
export function monthOf(value: string): string | null {
  return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : null;
}

/** The day (YYYY-MM-DD) of a date, or null when the source gives only a month or a year. */
export function dayOf(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}
