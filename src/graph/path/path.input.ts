import { Field, InputType } from 'type-graphql';

import { ENTITY_LABELS } from '../../model/labels.js';
import { RELATIONSHIP_TYPES } from '../../model/relationships.js';

@InputType({ description: 'Which relationships a path may follow and which kinds of entity it may pass through (its two ends excepted).' })
export class PathVia {
  @Field(() => [String], {
    nullable: true,
    description: `Follow only these relationship types (of ${RELATIONSHIP_TYPES.join(', ')}). Default: every type but CITES and ABOUT.`,
  })
  relationshipTypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Never follow these relationship types.' })
  avoidRelationshipTypes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Pass only through entities of these kinds (of ${ENTITY_LABELS.join(', ')}).`,
  })
  throughKinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Never pass through entities of these kinds.' })
  avoidKinds?: string[] | null;
}
