import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import type { RelationshipType } from '../../model/relationships.js';
import type { RelationshipRow } from '../relation/relation.type.js';
import { typeAlternation } from '../relation/relation.cypher.js';

export interface PathRows {
  nodes: { labels: string[]; props: Props }[];
  edges: RelationshipRow[];
  /** The entities the edges' sourceIds name, when asked for. */
  documents: { labels: string[]; props: Props }[];
}

/**
 * A shortest path between two entities over the given relationship types, ignoring direction and
 * never through a retracted entity; null when there is none within maxHops.
 */
export async function findShortestPath(
  db: Queryable,
  from: string,
  to: string,
  maxHops: number,
  types: readonly RelationshipType[],
  options: { withSources?: boolean } = {},
): Promise<PathRows | null> {
  // A variable-length bound cannot be a parameter; maxHops is an integer the resolver checked to be 1..6.
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new Error(`maxHops must be a positive integer, got ${maxHops}`);
  const [row] = await db.read<PathRows>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[:${typeAlternation(types)}*..${maxHops}]-(b))
     WHERE all(n IN nodes(p) WHERE coalesce(n.retracted, false) = false)
     RETURN [n IN nodes(p) | {labels: labels(n), props: properties(n)}] AS nodes,
            [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges,
            CASE WHEN $withSources THEN COLLECT {
              UNWIND relationships(p) AS r UNWIND coalesce(r.sourceIds, []) AS documentId
              MATCH (d:Entity {id: documentId})
              RETURN DISTINCT {labels: labels(d), props: properties(d)}
            } ELSE [] END AS documents`,
    { from, to, withSources: options.withSources === true },
  );
  return row ?? null;
}
