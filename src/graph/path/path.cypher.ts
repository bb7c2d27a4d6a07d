import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import type { EntityLabel } from '../../model/labels.js';
import type { RelationshipType } from '../../model/relationships.js';
import type { RelationshipRow } from '../relation/relation.type.js';
import { projection } from '../common/projection.js';
import { typeAlternation } from '../relation/relation.cypher.js';

export interface PathRows {
  nodes: { labels: string[]; props: Props }[];
  edges: RelationshipRow[];
  /** The entities the edges' sources name (sourceIds, or a CITES relationship's end), when asked for. */
  documents: { labels: string[]; props: Props }[];
}

/** The paths found, shortest first, and whether each end exists. */
export interface PathAnswer {
  fromFound: boolean;
  toFound: boolean;
  paths: PathRows[];
}

/** The stored keys to read of what a path answer shows; null reads all of them. */
export interface PathKeys {
  nodes: readonly string[] | null;
  edges: readonly string[] | null;
  /** Of the documents the edges cite. */
  documents: readonly string[] | null;
}

const WHOLE: PathKeys = { nodes: null, edges: null, documents: null };

export interface PathSearch {
  from: string;
  to: string;
  maxHops: number;
  /** How many paths at most, shortest first. */
  count: number;
  types: readonly RelationshipType[];
  /** Kinds of entity a path may pass through (its ends excepted); null: any. */
  throughKinds: readonly EntityLabel[] | null;
  /** Kinds of entity a path may not pass through (its ends excepted). */
  avoidKinds: readonly EntityLabel[];
  withSources?: boolean;
  keys?: PathKeys;
}

/**
 * One path with no condition on the kinds passed through is what Cypher's `shortestPath()` finds: a
 * bidirectional breadth-first search that checks each node's retraction as it goes. Its operator does
 * much less work than `SHORTEST 1` over a quantified path pattern (on the benchmark's 10k graph, 376
 * against 597 db hits a query, averaged over its 256 pairs; the gap grows with the graph). Either
 * picks any one of the shortest paths that tie.
 */
function usesShortestPath(search: Pick<PathSearch, 'count' | 'throughKinds' | 'avoidKinds'>): boolean {
  return search.count === 1 && search.throughKinds === null && search.avoidKinds.length === 0;
}

/**
 * The shortest paths between two entities over the given relationship types, ignoring direction and
 * never through a retracted entity, shortest first; none when there is none within maxHops. The
 * conditions on the entities passed through are part of the search (inside the quantified pattern),
 * so a path that breaks them is never chosen, rather than chosen and then dropped. With sources, the
 * documents the edges cite come along (for CITES, the cited document).
 */
export async function findShortestPaths(db: Queryable, search: PathSearch): Promise<PathAnswer> {
  // A bound or a count cannot be a parameter; both are integers the resolver checked to be small.
  for (const [name, value] of [
    ['maxHops', search.maxHops],
    ['count', search.count],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  }
  const keys = search.keys ?? WHOLE;
  // Whether each end exists comes with the answer, so an empty one needs no second round trip to say which is missing.
  const [row] = await db.read<PathAnswer>(
    `OPTIONAL MATCH (a:Entity {id: $from})
     OPTIONAL MATCH (b:Entity {id: $to})
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
       ${usesShortestPath(search) ? shortestPathMatch(search) : quantifiedMatch(search)}
       RETURN {
         nodes: [n IN nodes(p) | {labels: labels(n), props: ${projection('n', keys.nodes)}}],
         edges: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: ${projection('r', keys.edges)}}],
         documents: CASE WHEN $withSources THEN COLLECT {
           UNWIND relationships(p) AS r
           UNWIND CASE type(r) WHEN 'CITES' THEN [endNode(r).id] ELSE coalesce(r.sourceIds, []) END AS documentId
           MATCH (d:Entity {id: documentId})
           RETURN DISTINCT {labels: labels(d), props: ${projection('d', keys.documents)}}
         } ELSE [] END
       }
     } AS paths`,
    {
      from: search.from,
      to: search.to,
      throughKinds: search.throughKinds,
      avoidKinds: search.avoidKinds,
      withSources: search.withSources === true,
    },
  );
  return row ?? { fromFound: false, toFound: false, paths: [] };
}

function shortestPathMatch(search: PathSearch): string {
  return `MATCH p = shortestPath((a)-[:${typeAlternation(search.types)}*..${search.maxHops}]-(b))
     WHERE all(x IN nodes(p) WHERE coalesce(x.retracted, false) = false)`;
}

function quantifiedMatch(search: PathSearch): string {
  const through = [
    'coalesce(x.retracted, false) = false',
    ...(search.throughKinds === null ? [] : ['(x.id = $to OR any(label IN labels(x) WHERE label IN $throughKinds))']),
    ...(search.avoidKinds.length === 0 ? [] : ['(x.id = $to OR none(label IN labels(x) WHERE label IN $avoidKinds))']),
  ].join(' AND ');
  return `WITH a, b WHERE coalesce(a.retracted, false) = false
     MATCH p = SHORTEST ${search.count} (a)(()-[:${typeAlternation(search.types)}]-(x) WHERE ${through}){1,${search.maxHops}}(b)
     WITH p ORDER BY length(p), [n IN nodes(p) | n.id]`;
}
