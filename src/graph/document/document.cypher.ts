import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { num, type Props } from '../../db/values.js';

export interface CitingPage {
  id: string;
  total: number;
  rows: { labels: string[]; props: Props }[];
}

/**
 * For each document, one keyset page (by id) of the facts that cite it, retracted ones left out, with
 * their total: one round trip for a whole list of documents.
 */
export async function findCiting(db: Queryable, ids: readonly string[], request: PageRequest): Promise<CitingPage[]> {
  const [afterId] = request.after ?? [null];
  const rows = await db.read<{ id: string; total: unknown; rows: CitingPage['rows'] }>(
    `UNWIND $ids AS docId
     CALL (docId) {
       MATCH (n:Entity)-[:CITES]->(:Document {id: docId})
       WHERE coalesce(n.retracted, false) = false
       RETURN count(n) AS total
     }
     CALL (docId) {
       MATCH (n:Entity)-[:CITES]->(:Document {id: docId})
       WHERE coalesce(n.retracted, false) = false AND ($afterId IS NULL OR n.id > $afterId)
       WITH n ORDER BY n.id LIMIT $limit
       RETURN collect({labels: labels(n), props: properties(n)}) AS rows
     }
     RETURN docId AS id, total, rows`,
    { ids, afterId, limit: neo4j.int(request.limit) },
  );
  return rows.map((row) => ({ id: row.id, total: num(row.total) ?? 0, rows: row.rows }));
}
