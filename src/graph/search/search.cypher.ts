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
 * The best matches of a full-text query over names, titles, statement texts, symbols, aliases, offices
 * and places, retracted entities left out, best first (ties by id, so the order is stable). A document
 * whose symbol is what was typed comes first whatever its score: "74/247" or "A/RES/74/247" is looking
 * for that resolution, not for the texts that cite it. Next come entities whose whole name or one of
 * whose aliases is what was typed, accents and case folded (`key`, matched against searchKeys):
 * "Vietnam" is looking for the State Viet Nam, not for the news items that mention it.
 */
export async function searchEntities(
  db: Queryable,
  query: string,
  symbol: string,
  key: string,
  labels: readonly EntityLabel[] | null,
  limit: number,
): Promise<SearchRow[]> {
  return db.read<SearchRow>(
    `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
     WHERE coalesce(node.retracted, false) = false
       AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))
     WITH node, score, toLower(coalesce(node.symbol, '')) AS own
     RETURN labels(node) AS labels, properties(node) AS props, score
     ORDER BY CASE WHEN own <> '' AND (own = $symbol OR own ENDS WITH '/' + $symbol) THEN 0
                   WHEN $key IN coalesce(node.searchKeys, []) THEN 1 ELSE 2 END, score DESC, node.id
     LIMIT $limit`,
    { query, symbol, key, labels, limit: neo4j.int(limit) },
  );
}
