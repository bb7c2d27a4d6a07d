import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

import { Node } from '../common/node.type.js';
import type { EntityLabel } from '../../model/labels.js';

/** The kinds of entity the full-text index covers (schema/003-search.cypher, entity_search). */
export enum SearchKind {
  TREATY = 'TREATY',
  STATE = 'STATE',
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
  POSITION = 'POSITION',
  STATEMENT = 'STATEMENT',
  EVENT = 'EVENT',
  PROCESS = 'PROCESS',
  DOCUMENT = 'DOCUMENT',
  CLAIM = 'CLAIM',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'A kind of entity that full-text search covers.' });

export const LABEL_OF_SEARCH_KIND: Readonly<Record<SearchKind, EntityLabel>> = {
  TREATY: 'Treaty',
  STATE: 'State',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  POSITION: 'Position',
  STATEMENT: 'Statement',
  EVENT: 'Event',
  PROCESS: 'Process',
  DOCUMENT: 'Document',
  CLAIM: 'Claim',
};

@ObjectType({ simpleResolvers: true, description: 'A search result: an entity and how well it matches.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance (Lucene score): higher is better; comparable only within one search.' })
  score!: number;

  @Field(() => Node, { description: 'The entity found; ask for its type with __typename or fragments.' })
  node!: Node;
}
