/** A date as the API gives it: its value ("2025", "2025-10", "2025-10-25") and how precise it is. */
export type DateLike = { value: string; precision?: string } | string | null | undefined;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as precise as its source: "25 Oct 2025", "Oct 2025" or "2025", never widened. */
export function formatPartialDate(date: DateLike): string {
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

/** A day the date input can hold (YYYY-MM-DD, a real calendar day), or null. */
export function validDay(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}
