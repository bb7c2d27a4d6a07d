/**
 * The relationship types of the graph. Cypher cannot take a relationship type as a parameter, so
 * queries build patterns only from this fixed list, never from user input.
 */
export const RELATIONSHIP_TYPES = [
  'CITES',
  'SAID',
  'ABOUT',
  'SAID_AT',
  'HELD',
  'IN',
  'NATIONAL_OF',
  'TOOK',
  'ON',
  'SIGNED_BY',
  'ADOPTED',
  'ADOPTED_BY_RESOLUTION',
  'SECRETARIAT_OF',
  'NEGOTIATES',
  'PRODUCED',
  'SUPPLEMENTS',
  'PART_OF',
  'CONVENED',
  'SUBSIDIARY_OF',
  'ESTABLISHED',
  'HOSTED',
  'ORGANIZED',
  'PARTICIPATED_IN',
  'MEMBER_OF',
  'IN_CONFLICT',
  'CHAIRED',
  'PRESIDED',
  'NAMES',
  'TAKEN_AT',
  'VOTED_ON',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isRelationshipType(type: string): type is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(type);
}
