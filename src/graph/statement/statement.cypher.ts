import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { num, type Props } from '../common/props.js';

export interface StatementFilter {
  speaker: string | null;
  about: string | null;
  text: string | null;
  from: string | null;
  to: string | null;
  includeRetracted: boolean;
}

/** Undated statements sort after every dated one. */
export const UNDATED = '9999-12-31';

/**
 * Statements matching the filter, in date order then id, as one keyset page plus the total.
 * A statement is in [from, to] only when every day its date can mean is: "2025" is not "in October 2025".
 */
export async function findStatements(
  db: Queryable,
  filter: StatementFilter,
  request: PageRequest,
): Promise<{ total: number; rows: Props[] }> {
  const match = `MATCH (s:Statement)
      WHERE ($includeRetracted OR coalesce(s.retracted, false) = false)
        AND ($speaker IS NULL OR EXISTS { (:Person {id: $speaker})-[:SAID]->(s) })
        AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) })
        AND ($text IS NULL OR toLower(s.text) CONTAINS toLower($text))
        AND ($from IS NULL OR s.saidOnFirst >= date($from))
        AND ($to IS NULL OR s.saidOnLast <= date($to))`;
  const [afterDate, afterId] = request.after ?? [null, null];
  const cypher = `
    CALL () { ${match} RETURN count(s) AS total }
    CALL () {
      ${match}
      WITH s, coalesce(s.saidOnFirst, date($undated)) AS day
      WHERE $afterId IS NULL OR day > date($afterDate) OR (day = date($afterDate) AND s.id > $afterId)
      WITH s ORDER BY day, s.id LIMIT $limit
      RETURN collect(properties(s)) AS rows
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
