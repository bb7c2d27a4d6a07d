import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { relatedExpression, type PrefetchedRow } from '../common/prefetch.js';
import { num } from '../../db/values.js';
import type { Hop } from '../relations.js';
import { liveCondition } from '../../ingest/release.cypher.js';

export interface StatementFilter {
  speaker: string | null;
  about: string | null;
  organization: string | null;
  text: string | null;
  from: string | null;
  to: string | null;
  includeRetracted: boolean;
  /** As recorded in this release, or null for the graph as it is now. */
  recorded: number | null;
}

/** Undated statements sort after every dated one. */
export const UNDATED = '9999-12-31';

/**
 * The statements an organization made: those of the people who held an office in it at the time
 * (an office with no known start or end is taken as held), and those made in its own name.
 */
const OFFICE_HELD_WHEN_SAID = `(:Entity {id: $organization})<-[:IN]-(p:Position)<-[:HELD]-(:Person)-[:SAID]->(s)
  WHERE (p.fromFirst IS NULL OR s.saidOnLast IS NULL OR p.fromFirst <= s.saidOnLast)
    AND (p.untilLast IS NULL OR s.saidOnFirst IS NULL OR p.untilLast >= s.saidOnFirst)`;

const VOICES_OF_ORGANIZATION = `
  MATCH ${OFFICE_HELD_WHEN_SAID.replace('->(s)', '->(s:Statement)')}
  RETURN s
  UNION
  MATCH (:Entity {id: $organization})-[:SAID]->(s:Statement)
  RETURN s`;

/**
 * The statements a filter selects. A speaker or a subject anchors the match on that node (an index
 * lookup, then its few relationships), so the cost follows the answer rather than the number of
 * statements in the graph; only the filters given are written into the query, so the planner never
 * faces an `$x IS NULL OR ...` it cannot use an index for. Values stay parameters.
 */
function matchStatements(filter: StatementFilter): string {
  const conditions =
    filter.recorded === null
      ? ['($includeRetracted OR coalesce(s.retracted, false) = false)']
      : ['coalesce(s.recordedIn, 0) <= $asRecordedIn', `($includeRetracted OR ${liveCondition('s', filter.recorded)})`];
  let pattern = 'MATCH (s:Statement)';
  if (filter.speaker !== null) {
    pattern = 'MATCH (:Person {id: $speaker})-[:SAID]->(s:Statement)';
  } else if (filter.organization !== null) {
    pattern = `CALL () { ${VOICES_OF_ORGANIZATION} } WITH DISTINCT s MATCH (s)`;
  } else if (filter.about !== null) {
    pattern = 'MATCH (s:Statement)-[:ABOUT]->(:Entity {id: $about})';
  }
  if (filter.about !== null && !pattern.includes('$about')) conditions.push('EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) }');
  if (filter.organization !== null && !pattern.includes('$organization')) {
    conditions.push(`(EXISTS { MATCH ${OFFICE_HELD_WHEN_SAID} } OR EXISTS { (:Entity {id: $organization})-[:SAID]->(s) })`);
  }
  if (filter.text !== null) conditions.push('toLower(s.text) CONTAINS toLower($text)');
  if (filter.from !== null) conditions.push('s.saidOnFirst >= date($from)');
  if (filter.to !== null) conditions.push('s.saidOnLast <= date($to)');
  return `${pattern} WHERE ${conditions.join(' AND ')}`;
}

/**
 * Statements matching the filter, in date order then id, as one keyset page plus the total, each with
 * the nodes of the hops to prefetch. A statement is in [from, to] only when every day its date can
 * mean is: "2025" is not "in October 2025".
 */
export async function findStatements(
  db: Queryable,
  filter: StatementFilter,
  request: PageRequest,
  prefetch: readonly Hop[] = [],
): Promise<{ total: number; rows: PrefetchedRow[] }> {
  const match = matchStatements(filter);
  const [afterDate, afterId] = request.after ?? [null, null];
  const cypher = `
    CALL () { ${match} RETURN count(s) AS total }
    CALL () {
      ${match}
      WITH s, coalesce(s.saidOnFirst, date($undated)) AS day
      WHERE $afterId IS NULL OR day > date($afterDate) OR (day = date($afterDate) AND s.id > $afterId)
      WITH s ORDER BY day, s.id LIMIT $limit
      RETURN collect({props: properties(s), related: ${relatedExpression(prefetch, 's')}}) AS rows
    }
    RETURN total, rows`;
  const { recorded, ...rest } = filter;
  const [record] = await db.read<{ total: unknown; rows: PrefetchedRow[] }>(cypher, {
    ...rest,
    ...(recorded === null ? {} : { asRecordedIn: neo4j.int(recorded) }),
    undated: UNDATED,
    afterDate,
    afterId,
    limit: neo4j.int(request.limit),
  });
  return { total: num(record?.total) ?? 0, rows: record?.rows ?? [] };
}
