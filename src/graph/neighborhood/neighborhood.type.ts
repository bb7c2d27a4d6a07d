import { Field, ObjectType } from 'type-graphql';

import { Node } from '../common/node.type.js';
import { Relationship } from '../relation/relation.type.js';

@ObjectType({ description: 'The entities around one entity and the relationships among them, ready to draw.' })
export class Neighborhood {
  @Field(() => [Node], {
    description: 'The entities within the depth: the centre first, then by distance, then by id.',
  })
  nodes!: Node[];

  @Field(() => [Relationship], {
    description: 'Every relationship between two of the nodes, in its stored direction, with its sources; by from, type and to.',
  })
  edges!: Relationship[];

  @Field({ description: 'True when the node limit left out entities within the depth (the nearest are kept).' })
  truncated!: boolean;
}
