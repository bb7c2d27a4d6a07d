import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import { isRelationshipType, RELATIONSHIP_TYPES, type RelationshipType } from '../../model/relationships.js';

/**
 * Every relationship type but CITES: every fact cites its documents (most of them the adoption press
 * release), so following citations would connect everything to everything in two hops.
 */
export const NAVIGABLE_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.filter((type) => type !== 'CITES');

export function traversedTypes(includeCitations: boolean): readonly RelationshipType[] {
  return includeCitations ? RELATIONSHIP_TYPES : NAVIGABLE_TYPES;
}

/**
 * `A|B|C` for a relationship pattern. Cypher takes no relationship type as a parameter; every name
 * is checked against the allow-list so nothing else can reach the query text.
 */
export function typeAlternation(types: readonly RelationshipType[]): string {
  if (types.length === 0 || !types.every(isRelationshipType)) {
    throw new Error(`not a list of known relationship types: ${types.join(', ')}`);
  }
  return [...new Set(types)].join('|');
}

export interface RelationRow {
  /** The entity the relation is seen from. */
  id: string;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  labels: string[];
  props: Props;
  relProps: Props;
}

/**
 * The relationships of the given types touching each id, with the entity at the other end (retracted
 * ones left out), grouped by id then ordered by type, direction and the other end's id.
 */
export async function findRelations(db: Queryable, ids: readonly string[], types: readonly RelationshipType[]): Promise<RelationRow[]> {
  return db.read<RelationRow>(
    `MATCH (n:Entity) WHERE n.id IN $ids
     MATCH (n)-[r:${typeAlternation(types)}]-(m:Entity)
     WHERE coalesce(m.retracted, false) = false
     WITH n, r, m, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
     RETURN n.id AS id, type(r) AS type, direction, labels(m) AS labels, properties(m) AS props, properties(r) AS relProps
     ORDER BY id, type, direction, m.id`,
    { ids },
  );
}
