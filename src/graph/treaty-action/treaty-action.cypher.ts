import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { num, type Props } from '../common/props.js';

export interface ActionFilter {
  treaty: string | null;
  state: string | null;
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  includeRetracted: boolean;
}

/** Undated actions sort after every dated one. */
export const UNDATED = '9999-12-31';

export interface ActionPage {
  total: number;
  rows: Props[];
}

/**
 * An action is in [from, to] only when every day its date can mean is: "2025-10" is not "on or after
 * 2025-10-15". Undated actions fall outside any range.
 */
const CONDITIONS = `($includeRetracted OR coalesce(a.retracted, false) = false)
  AND ($treaty IS NULL OR EXISTS { (a)-[:ON]->(:Treaty {id: $treaty}) })
  AND ($state IS NULL OR EXISTS { (:State {id: $state})-[:TOOK]->(a) })
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($from IS NULL OR a.dateFirst >= date($from))
  AND ($to IS NULL OR a.dateLast <= date($to))`;

const PAGE = `WITH a, coalesce(a.dateFirst, date($undated)) AS day
  WHERE $afterId IS NULL OR day > date($afterDate) OR (day = date($afterDate) AND a.id > $afterId)
  WITH a ORDER BY day, a.id LIMIT $limit
  RETURN collect(properties(a)) AS rows`;

function pageParams(filter: ActionFilter, request: PageRequest): Record<string, unknown> {
  const [afterDate, afterId] = request.after ?? [null, null];
  return { ...filter, undated: UNDATED, afterDate, afterId, limit: neo4j.int(request.limit) };
}

/** Actions matching the filter in date order (undated last) then id, as one keyset page plus the total. */
export async function findTreatyActions(db: Queryable, filter: ActionFilter, request: PageRequest): Promise<ActionPage> {
  const match = `MATCH (a:TreatyAction) WHERE ${CONDITIONS}`;
  const cypher = `
    CALL () { ${match} RETURN count(a) AS total }
    CALL () { ${match} ${PAGE} }
    RETURN total, rows`;
  const [record] = await db.read<{ total: unknown; rows: Props[] }>(cypher, pageParams(filter, request));
  return { total: num(record?.total) ?? 0, rows: record?.rows ?? [] };
}

/** Whose actions a nested list shows: a treaty's (via ON) or a participant's (via TOOK). */
export type ActionOwner = 'Treaty' | 'State';

const OWNER_PATTERN: Record<ActionOwner, string> = {
  Treaty: '(owner:Treaty {id: ownerId})<-[:ON]-(a:TreatyAction)',
  State: '(owner:State {id: ownerId})-[:TOOK]->(a:TreatyAction)',
};

/** The same page for each of several treaties or participants, in one round trip. */
export async function findActionPagesByOwner(
  db: Queryable,
  owner: ActionOwner,
  ownerIds: readonly string[],
  filter: ActionFilter,
  request: PageRequest,
): Promise<Map<string, ActionPage>> {
  const match = `MATCH ${OWNER_PATTERN[owner]} WHERE ${CONDITIONS}`;
  const cypher = `
    UNWIND $ownerIds AS ownerId
    CALL (ownerId) { ${match} RETURN count(a) AS total }
    CALL (ownerId) { ${match} ${PAGE} }
    RETURN ownerId, total, rows`;
  const records = await db.read<{ ownerId: string; total: unknown; rows: Props[] }>(cypher, {
    ...pageParams(filter, request),
    ownerIds,
  });
  return new Map(records.map((r) => [r.ownerId, { total: num(r.total) ?? 0, rows: r.rows }]));
}
