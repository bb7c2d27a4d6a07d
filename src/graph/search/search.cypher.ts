import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import type { EntityLabel } from '../../model/labels.js';

export interface SearchRow {
  labels: string[];
  props: Props;
  score: number;
}

/**
 * The best matches of a full-text query over names, titles, statement texts, symbols and aliases,
 * retracted entities left out, best first (ties by id, so the order is stable).
 */
export async function searchEntities(
  db: Queryable,
  query: string,
  labels: readonly EntityLabel[] | null,
  limit: number,
): Promise<SearchRow[]> {
  return db.read<SearchRow>(
    `CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
     WHERE coalesce(node.retracted, false) = false
       AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
     RETURN labels(node) AS labels, properties(node) AS props, score
     ORDER BY score DESC, node.id
     LIMIT $limit`,
    { query, labels, limit: neo4j.int(limit) },
  );
}
