import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';

@InputType({ description: 'Which statements to list; every condition given must hold.' })
export class StatementWhere {
  @Field(() => ID, { nullable: true, description: 'Only statements by this person (id).' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements about this entity (a treaty, event, process or organization id).' })
  about?: string | null;

  @Field(() => String, { nullable: true, description: 'Only statements whose text contains this, ignoring case.' })
  text?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements made on or after this day (their whole date range).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements made on or before this day (their whole date range).' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retracted statements (false by default).' })
  includeRetracted?: boolean | null;
}
