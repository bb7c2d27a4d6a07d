/** Undated items sort after every dated one, in lists and in their cursors. */
export const UNDATED = '9999-12-31';

/** Items by their first possible day (YYYY-MM-DD strings compare as days), undated last, then by id. */
export function inDateOrder<T extends { id: string }>(items: readonly T[], dayOf: (item: T) => string | null | undefined): T[] {
  const key = (item: T): string => dayOf(item) ?? UNDATED;
  return [...items].sort((a, b) => {
    const [dayA, dayB] = [key(a), key(b)];
    if (dayA !== dayB) return dayA < dayB ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
