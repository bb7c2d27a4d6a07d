import type { EntityLabel } from '../model/labels.js';
import type { RelationshipType } from '../model/relationships.js';

/** A hop from a node along one relationship type to nodes of one label. */
export interface Hop {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** A label, or Entity for any node. */
  target: EntityLabel | 'Entity';
}

/** The Cypher pattern of a hop from (n) to (m), built only from allow-listed names and the caller's variables. */
export function hopPattern(hop: Hop, from = 'n', to = 'm'): string {
  return hop.direction === 'OUT' ? `(${from})-[:${hop.type}]->(${to}:${hop.target})` : `(${from})<-[:${hop.type}]-(${to}:${hop.target})`;
}
