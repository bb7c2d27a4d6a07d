import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import type { EntityLabel } from '../../model/labels.js';
import { projection } from '../common/projection.js';

export interface SearchRow {
  labels: string[];
  props: Props;
  score: number;
}

const LIVE_OF_KIND = `coalesce(node.retracted, false) = false
  AND ($labels IS NULL OR any(label IN labels(node) WHERE label IN $labels))`;

/**
 * The best matches of a full-text query over names, titles, statement texts, symbols, aliases, offices
 * and places, retracted entities left out, best first (ties by id, so the order is stable). A document
 * whose symbol is what was typed comes first whatever its score: "74/247" or "A/RES/74/247" is looking
 * for that resolution, not for the texts that cite it. Next come entities whose whole name or one of
 * whose aliases is what was typed, accents and case folded (`key`, matched against searchKeys):
 * "Vietnam" is looking for the State Viet Nam, not for the news items that mention it.
 *
 * Bounded by the page rather than by the number of matches: the index's own top hits (its `limit`,
 * the probe) give a score `floor` that at least `limit` live matches reach, so no match below it can
 * be on the page. When the probe already reaches below the floor (or holds every match), every match
 * at or above the floor is in it, and the page is sorted from the probe alone. When a tie at the floor
 * runs to the probe's end, a second round of top hits twenty times wider is read and used the same way;
 * only when the tie runs past that too is the full match list read, cut at the floor before any
 * property is read or any row sorted. Every match tied at the floor is kept, so ties are still
 * ordered by id.
 * Documents whose symbol is the text are found apart, by the same words in the symbol field, and kept
 * whatever their score; so are entities named by the text, found by the same words in the name and
 * alias fields (when one of them is not among the top hits read, the next round is read for its score).
 * `keys` are the stored keys to read of each hit (null: all of them).
 */
export async function searchEntities(
  db: Queryable,
  query: string,
  symbolQuery: string,
  nameQuery: string,
  symbol: string,
  key: string,
  labels: readonly EntityLabel[] | null,
  limit: number,
  keys: readonly string[] | null = null,
): Promise<SearchRow[]> {
  return db.read<SearchRow>(
    `CALL () {
       CALL db.index.fulltext.queryNodes('entity_search', $symbolQuery) YIELD node
       WITH node, toLower(coalesce(node.symbol, '')) AS own
       WHERE own <> '' AND (own = $symbol OR own ENDS WITH '/' + $symbol)
       RETURN collect(node) AS owners
     }
     CALL () {
       CALL db.index.fulltext.queryNodes('entity_search', $nameQuery, {limit: $probe}) YIELD node
       WITH node WHERE $key IN coalesce(node.searchKeys, [])
       RETURN collect(node) AS named
     }
     CALL () {
       CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $probe}) YIELD node, score
       WITH node, score, ${LIVE_OF_KIND} AS live ORDER BY score DESC
       RETURN collect({node: node, score: score}) AS probed, min(score) AS lowest,
         collect(CASE WHEN live THEN score END)[$limit - 1] AS floor
     }
     WITH owners, named, probed, floor, ${holdsThePage('probed', 'lowest', '$probe')} AS complete
     CALL (complete, probed, floor, owners, named) {
       WITH probed WHERE complete
       UNWIND probed AS hit
       RETURN hit.node AS node, hit.score AS score
       UNION ALL
       WITH complete, floor, owners, named WHERE NOT complete
       CALL () {
         CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $wide}) YIELD node, score
         RETURN collect({node: node, score: score}) AS widened, min(score) AS wideLowest
       }
       WITH floor, owners, named, widened, ${holdsThePage('widened', 'wideLowest', '$wide')} AS wideComplete
       CALL (wideComplete, widened, floor, owners, named) {
         WITH widened WHERE wideComplete
         UNWIND widened AS hit
         RETURN hit.node AS node, hit.score AS score
         UNION ALL
         WITH wideComplete WHERE NOT wideComplete
         CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
         WHERE floor IS NULL OR score >= floor OR node IN owners OR node IN named
         RETURN node, score
       }
       RETURN node, score
     }
     WITH node, score, node IN owners AS owned, node IN named AS isNamed
     WHERE (floor IS NULL OR score >= floor OR owned OR isNamed) AND ${LIVE_OF_KIND}
     RETURN labels(node) AS labels, ${projection('node', keys)} AS props, score
     ORDER BY CASE WHEN owned THEN 0 WHEN isNamed THEN 1 ELSE 2 END, score DESC, node.id
     LIMIT $limit`,
    {
      query,
      symbolQuery,
      nameQuery,
      symbol,
      key,
      labels,
      limit: neo4j.int(limit),
      probe: neo4j.int(probeSize(limit)),
      wide: neo4j.int(probeSize(limit) * WIDENING),
    },
  );
}

/**
 * Whether a round of top hits (`hits`, at most `size`, the lowest scoring `lowest`) holds every match
 * the page can take: it holds every match or reaches below the floor, and every owner and named
 * entity is among its hits (otherwise the next round is read for their scores).
 */
function holdsThePage(hits: string, lowest: string, size: string): string {
  return `(size(${hits}) < ${size} OR (floor IS NOT NULL AND ${lowest} < floor))
       AND all(n IN owners + named WHERE n IN [hit IN ${hits} | hit.node])`;
}

/**
 * How many times the probe the second round of top hits reads before the full match list: a tie of
 * up to about a thousand at the floor of a page of 20.
 */
const WIDENING = 20;

/** How many of the index's top hits to read for the floor: the page, with room for retracted ones. */
function probeSize(limit: number): number {
  return limit * 2 + 10;
}
