import { validDay } from '../shared/dates.js';
import { CONSENT_KINDS, type TreatyActionKind } from '../../../src/model/treaty-action.js';

/** An instrument assumed deposited: what the API's `status(assume: …)` takes. */
export interface Assumption {
  participant: string;
  kind: TreatyActionKind;
  date: string;
}

const ITEM = /^(.+)\.([A-Z]+)\.(\d{4}-\d{2}-\d{2})$/;

/**
 * The assumptions as they travel in the URL (`assume=state:FRA.RATIFICATION.2027-01-15,…`), so that a
 * what-if can be bookmarked and shared like any other state of the dashboard.
 */
export function parseAssumptions(value: string | null): { items: Assumption[]; unreadable: number } {
  if (value === null || value === '') return { items: [], unreadable: 0 };
  const items: Assumption[] = [];
  let unreadable = 0;
  for (const part of value.split(',')) {
    const match = ITEM.exec(part);
    const kind = match?.[2] as TreatyActionKind | undefined;
    const date = validDay(match?.[3] ?? null);
    if (match === null || kind === undefined || !CONSENT_KINDS.includes(kind) || date === null) unreadable += 1;
    else items.push({ participant: match[1]!, kind, date });
  }
  return { items, unreadable };
}

export const formatAssumptions = (items: Assumption[]): string | null =>
  items.length === 0 ? null : items.map((a) => `${a.participant}.${a.kind}.${a.date}`).join(',');
