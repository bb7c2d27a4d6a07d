import { Field, Int, ObjectType } from 'type-graphql';

import { Node } from '../common/node.type.js';
import { Relationship } from '../relation/relation.type.js';

@ObjectType({ description: 'How two entities are connected: a shortest chain of relationships, each with its evidence.' })
export class Path {
  @Field(() => [Node], { description: 'The entities along the path, from `from` to `to`.' })
  nodes!: Node[];

  @Field(() => [Relationship], {
    description: 'The relationships between consecutive nodes (edges[i] joins nodes[i] and nodes[i+1]), each in its stored direction.',
  })
  edges!: Relationship[];

  @Field(() => Int, { description: 'Number of relationships (hops) on the path.' })
  length!: number;
}
