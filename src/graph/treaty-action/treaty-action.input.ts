import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { TreatyActionKind } from './treaty-action.type.js';

@InputType({ description: "Which of a treaty's or a participant's actions to list; every condition given must hold." })
export class TreatyActionFilter {
  @Field(() => [TreatyActionKind], { nullable: true, description: 'Only actions of these kinds; omitted or empty: every kind.' })
  kinds?: TreatyActionKind[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only actions on or after this day (their whole date range: "2025" is not on or after 2025-06-01). Undated actions are left out.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only actions on or before this day (their whole date range). Undated actions are left out.',
  })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retracted actions (false by default).' })
  includeRetracted?: boolean | null;
}

@InputType({ description: 'Which treaty actions to list; every condition given must hold.' })
export class TreatyActionWhere extends TreatyActionFilter {
  @Field(() => ID, { nullable: true, description: 'Only actions on this treaty (id), e.g. treaty:un-cybercrime-convention.' })
  treaty?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only actions taken by this participant (id), e.g. state:VNM or reio:eu.' })
  state?: string | null;
}
