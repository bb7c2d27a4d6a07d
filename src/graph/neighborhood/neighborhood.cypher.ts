import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import type { RelationshipType } from '../../model/relationships.js';
import { projection } from '../common/projection.js';
import { typeAlternation } from '../relation/relation.cypher.js';
import type { RelationshipRow } from '../relation/relation.type.js';

export interface NeighborhoodRows {
  nodes: { labels: string[]; props: Props }[];
  edges: RelationshipRow[];
  truncated: boolean;
}

/**
 * A breadth-first walk in one round trip: each ring adds the entities next to the previous ring that
 * are not yet kept (retracted ones skipped), in id order, until `limit` entities are kept. The walk
 * is unrolled ring by ring (depth is at most 3) so a hub is expanded once, not once per path to it.
 * Then every relationship between two kept entities. Null when the centre does not exist. `keys` are
 * the stored keys to read of each entity (null: all of them).
 */
export async function findNeighborhood(
  db: Queryable,
  id: string,
  depth: number,
  limit: number,
  types: readonly RelationshipType[],
  keys: readonly string[] | null = null,
): Promise<NeighborhoodRows | null> {
  if (!Number.isInteger(depth) || depth < 1) throw new Error(`depth must be a positive integer, got ${depth}`);
  const pattern = typeAlternation(types);
  const ring = `
    CALL (kept, ring) {
      UNWIND ring AS x
      MATCH (x)-[:${pattern}]-(m:Entity)
      WITH DISTINCT m
      WHERE coalesce(m.retracted, false) = false AND NOT m IN kept
      WITH m ORDER BY m.id
      RETURN collect(m) AS found
    }
    WITH kept, found, $limit - size(kept) AS room, truncated
    WITH kept + found[0..room] AS kept, found[0..room] AS ring, truncated OR size(found) > room AS truncated`;
  const [row] = await db.read<NeighborhoodRows>(
    `MATCH (c:Entity {id: $id})
     WITH [c] AS kept, [c] AS ring, false AS truncated
     ${ring.repeat(depth)}
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r:${pattern}]->(b:Entity)
       WHERE b IN kept
       WITH a, r, b ORDER BY a.id, type(r), b.id
       RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS edges
     }
     RETURN [n IN kept | {labels: labels(n), props: ${projection('n', keys)}}] AS nodes, edges, truncated`,
    { id, limit: neo4j.int(limit) },
  );
  return row ?? null;
}
