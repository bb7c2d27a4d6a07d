import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { num, type Props } from '../../db/values.js';
import { UNDATED } from '../../model/date-order.js';

export interface EventFilter {
  kind: string | null;
  /** First day (YYYY-MM-DD) the start may fall on. */
  from: string | null;
  /** Last day (YYYY-MM-DD) the start may fall on. */
  to: string | null;
  partOf: string | null;
  body: string | null;
  /** Events whose place, as the sources write it, begins with this ("New York" finds "New York (UNHQ)"). */
  place: string | null;
}

/**
 * The match for a filter, anchored on the most selective filter given (a place or a kind through its
 * index, a process or a body by id); only the filters given are written in, so the planner never
 * faces an `$x IS NULL OR ...` it cannot use an index for.
 */
function matchEvents(filter: EventFilter): string {
  const conditions = ['coalesce(e.retracted, false) = false'];
  let pattern = 'MATCH (e:Event)';
  if (filter.place !== null) pattern = 'MATCH (e:Event) WHERE e.place STARTS WITH $place WITH e';
  else if (filter.kind !== null) pattern = 'MATCH (e:Event {kind: $kind})';
  else if (filter.body !== null) pattern = 'MATCH (:Organization {id: $body})-[:CONVENED]->(e:Event)';
  if (filter.kind !== null && !pattern.includes('$kind')) conditions.push('e.kind = $kind');
  if (filter.from !== null) conditions.push('e.startFirst >= date($from)');
  if (filter.to !== null) conditions.push('e.startLast <= date($to)');
  if (filter.partOf !== null) conditions.push('EXISTS { (e)-[:PART_OF]->(:Process {id: $partOf}) }');
  if (filter.body !== null && !pattern.includes('$body')) conditions.push('EXISTS { (:Organization {id: $body})-[:CONVENED]->(e) }');
  return `${pattern} WHERE ${conditions.join(' AND ')}`;
}

/**
 * Events matching the filter in order of their start, then id, as one keyset page plus the total.
 * An event is in [from, to] when every day its start can mean is: "2025" does not start "in October 2025".
 */
export async function findEvents(db: Queryable, filter: EventFilter, request: PageRequest): Promise<{ total: number; rows: Props[] }> {
  const match = matchEvents(filter);
  const [afterDate, afterId] = request.after ?? [null, null];
  const cypher = `
    CALL () { ${match} RETURN count(e) AS total }
    CALL () {
      ${match}
      WITH e, coalesce(e.startFirst, date($undated)) AS day
      WHERE $afterId IS NULL OR day > date($afterDate) OR (day = date($afterDate) AND e.id > $afterId)
      WITH e ORDER BY day, e.id LIMIT $limit
      RETURN collect(properties(e)) AS rows
    }
    RETURN total, rows`;
  const [record] = await db.read<{ total: unknown; rows: Props[] }>(cypher, {
    ...filter,
    undated: UNDATED,
    afterDate,
    afterId,
    limit: neo4j.int(request.limit),
  });
  return { total: num(record?.total) ?? 0, rows: record?.rows ?? [] };
}
