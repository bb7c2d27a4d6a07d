import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { relatedExpression, type PrefetchedRow } from '../common/prefetch.js';
import { num } from '../../db/values.js';
import type { Hop } from '../relations.js';
import { liveCondition } from '../../ingest/release.cypher.js';

export interface ActionFilter {
  treaty: string | null;
  state: string | null;
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  /** Only acts known to the day to have taken place on this day. */
  on: string | null;
  /** Only acts of participants in this UN regional group. */
  regionalGroup: string | null;
  /** Only acts at this place, as the sources write it (Hanoi, New York). */
  place: string | null;
  includeRetracted: boolean;
  /** As recorded in this release (asRecordedIn), or null for the graph as it is now. */
  recorded: number | null;
}

type Anchor = 'treaty' | 'state' | 'regionalGroup' | null;

/** Undated actions sort after every dated one. */
export const UNDATED = '9999-12-31';

export interface ActionPage {
  total: number;
  rows: PrefetchedRow[];
}

/**
 * The conditions on an action `a` besides its anchor. An action is in [from, to] only when every day
 * its date can mean is: "2025-10" is not "on or after 2025-10-15". Undated actions fall outside any
 * range. Only the filters given are written in, so the planner never faces an `$x IS NULL OR ...` it
 * cannot use an index for; values stay parameters.
 */
function actionConditions(filter: ActionFilter, anchoredOn: Anchor): string {
  const conditions =
    filter.recorded === null
      ? ['($includeRetracted OR coalesce(a.retracted, false) = false)']
      : ['coalesce(a.recordedIn, 0) <= $asRecordedIn', `($includeRetracted OR ${liveCondition('a', filter.recorded)})`];
  if (filter.treaty !== null && anchoredOn !== 'treaty') conditions.push('EXISTS { (a)-[:ON]->(:Treaty {id: $treaty}) }');
  if (filter.state !== null && anchoredOn !== 'state') conditions.push('EXISTS { (:State {id: $state})-[:TOOK]->(a) }');
  if (filter.regionalGroup !== null && anchoredOn !== 'regionalGroup') {
    conditions.push('EXISTS { (:State {regionalGroup: $regionalGroup})-[:TOOK]->(a) }');
  }
  if (filter.kinds !== null) conditions.push('a.kind IN $kinds');
  if (filter.from !== null) conditions.push('a.dateFirst >= date($from)');
  if (filter.to !== null) conditions.push('a.dateLast <= date($to)');
  if (filter.on !== null) conditions.push('a.dateFirst = date($on) AND a.dateLast = date($on)');
  if (filter.place !== null) conditions.push('a.place = $place');
  return conditions.join(' AND ');
}

const PAGE = `WITH a, coalesce(a.dateFirst, date($undated)) AS day
  WHERE $afterId IS NULL OR day > date($afterDate) OR (day = date($afterDate) AND a.id > $afterId)
  WITH a ORDER BY day, a.id LIMIT $limit`;

function pageParams(filter: ActionFilter, request: PageRequest): Record<string, unknown> {
  const [afterDate, afterId] = request.after ?? [null, null];
  const { recorded, ...rest } = filter;
  return {
    ...rest,
    ...(recorded === null ? {} : { asRecordedIn: neo4j.int(recorded) }),
    undated: UNDATED,
    afterDate,
    afterId,
    limit: neo4j.int(request.limit),
  };
}

/**
 * Actions matching the filter in date order (undated last) then id, as one keyset page plus the
 * total, each with the nodes of the hops to prefetch. A treaty or a participant anchors the match on
 * that node (an index lookup, then its relationships), so the cost follows the answer, not the number
 * of actions in the graph.
 */
export async function findTreatyActions(
  db: Queryable,
  filter: ActionFilter,
  request: PageRequest,
  prefetch: readonly Hop[] = [],
): Promise<ActionPage> {
  let match: string;
  if (filter.treaty !== null) {
    match = `MATCH (:Treaty {id: $treaty})<-[:ON]-(a:TreatyAction) WHERE ${actionConditions(filter, 'treaty')}`;
  } else if (filter.state !== null) {
    match = `MATCH (:State {id: $state})-[:TOOK]->(a:TreatyAction) WHERE ${actionConditions(filter, 'state')}`;
  } else if (filter.regionalGroup !== null) {
    match = `MATCH (:State {regionalGroup: $regionalGroup})-[:TOOK]->(a:TreatyAction) WHERE ${actionConditions(filter, 'regionalGroup')}`;
  } else {
    match = `MATCH (a:TreatyAction) WHERE ${actionConditions(filter, null)}`;
  }
  const cypher = `
    CALL () { ${match} RETURN count(a) AS total }
    CALL () { ${match} ${PAGE} RETURN collect({props: properties(a), related: ${relatedExpression(prefetch, 'a')}}) AS rows }
    RETURN total, rows`;
  const [record] = await db.read<{ total: unknown; rows: PrefetchedRow[] }>(cypher, pageParams(filter, request));
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
  const match = `MATCH ${OWNER_PATTERN[owner]} WHERE ${actionConditions(filter, null)}`;
  const cypher = `
    UNWIND $ownerIds AS ownerId
    CALL (ownerId) { ${match} RETURN count(a) AS total }
    CALL (ownerId) { ${match} ${PAGE} RETURN collect({props: properties(a), related: []}) AS rows }
    RETURN ownerId, total, rows`;
  const records = await db.read<{ ownerId: string; total: unknown; rows: PrefetchedRow[] }>(cypher, {
    ...pageParams(filter, request),
    ownerIds,
  });
  return new Map(records.map((r) => [r.ownerId, { total: num(r.total) ?? 0, rows: r.rows }]));
}
