import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import type { EntityLabel } from '../../model/labels.js';
import type { RelationshipType } from '../../model/relationships.js';
import type { RelationshipRow } from '../relation/relation.type.js';
import { typeAlternation } from '../relation/relation.cypher.js';

export interface PathRows {
  nodes: { labels: string[]; props: Props }[];
  edges: RelationshipRow[];
  /** The entities the edges' sourceIds name, when asked for. */
  documents: { labels: string[]; props: Props }[];
}

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
}

/**
 * The shortest paths between two entities over the given relationship types, ignoring direction and
 * never through a retracted entity, shortest first; none when there is none within maxHops. The
 * conditions on the entities passed through are part of the search (inside the quantified pattern),
 * so a path that breaks them is never chosen, rather than chosen and then dropped.
 */
export async function findShortestPaths(db: Queryable, search: PathSearch): Promise<PathRows[]> {
  // A bound or a count cannot be a parameter; both are integers the resolver checked to be small.
  for (const [name, value] of [
    ['maxHops', search.maxHops],
    ['count', search.count],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  }
  const through = [
    'coalesce(x.retracted, false) = false',
    ...(search.throughKinds === null ? [] : ['(x.id = $to OR any(label IN labels(x) WHERE label IN $throughKinds))']),
    ...(search.avoidKinds.length === 0 ? [] : ['(x.id = $to OR none(label IN labels(x) WHERE label IN $avoidKinds))']),
  ].join(' AND ');
  return db.read<PathRows>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     WHERE coalesce(a.retracted, false) = false
     MATCH p = SHORTEST ${search.count} (a)(()-[:${typeAlternation(search.types)}]-(x) WHERE ${through}){1,${search.maxHops}}(b)
     WITH p ORDER BY length(p), [n IN nodes(p) | n.id]
     RETURN [n IN nodes(p) | {labels: labels(n), props: properties(n)}] AS nodes,
            [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges,
            CASE WHEN $withSources THEN COLLECT {
              UNWIND relationships(p) AS r UNWIND coalesce(r.sourceIds, []) AS documentId
              MATCH (d:Entity {id: documentId})
              RETURN DISTINCT {labels: labels(d), props: properties(d)}
            } ELSE [] END AS documents`,
    {
      from: search.from,
      to: search.to,
      throughKinds: search.throughKinds,
      avoidKinds: search.avoidKinds,
      withSources: search.withSources === true,
    },
  );
}
