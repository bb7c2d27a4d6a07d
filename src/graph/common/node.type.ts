import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

import { Retraction } from './retraction.type.js';
import { Confidence } from '../../model/confidence.js';

/** Entities are instances of their GraphQL classes, whose names are the GraphQL type names. */
const typeNameOf = (value: object): string => value.constructor.name;

@InterfaceType({
  description: 'Any entity of the graph, addressable by its stable id (kind:slug).',
  resolveType: typeNameOf,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id of the form kind:slug, e.g. person:ghada-waly or state:VNM.' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;
}

registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How a fact follows from its sources.',
  valuesConfig: {
    STATED: { description: 'A source says it.' },
    INFERRED: { description: 'Worked out from what sources say (e.g. a date from "Sunday").' },
  },
});

/** Fields every fact carries; `sources` is resolved by the shared fact resolvers. */
@InterfaceType({
  implements: Node,
  description: 'An entity that states a fact and cites the documents it comes from.',
  resolveType: typeNameOf,
})
export abstract class Fact extends Node {
  @Field(() => Confidence, { description: 'Whether the sources state the fact or it is inferred from them.' })
  confidence!: Confidence;

  @Field(() => String, { nullable: true, description: "The researchers' note on the fact, if any." })
  note!: string | null;

  @Field({ description: 'True when the fact was retracted; retracted facts are left out of lists unless asked for.' })
  retracted!: boolean;

  @Field(() => Retraction, { nullable: true, description: 'Who retracted the fact, when and why; null while it stands.' })
  retraction!: Retraction | null;
}
