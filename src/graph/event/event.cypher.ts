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
}

/**
 * Events matching the filter in order of their start, then id, as one keyset page plus the total.
 * An event is in [from, to] when every day its start can mean is: "2025" does not start "in October 2025".
 */
export async function findEvents(db: Queryable, filter: EventFilter, request: PageRequest): Promise<{ total: number; rows: Props[] }> {
  const match = `MATCH (e:Event)
      WHERE coalesce(e.retracted, false) = false
        AND ($kind IS NULL OR e.kind = $kind)
        AND ($from IS NULL OR e.startFirst >= date($from))
        AND ($to IS NULL OR e.startLast <= date($to))
        AND ($partOf IS NULL OR EXISTS { (e)-[:PART_OF]->(:Process {id: $partOf}) })
        AND ($body IS NULL OR EXISTS { (:Organization {id: $body})-[:CONVENED]->(e) })`;
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
