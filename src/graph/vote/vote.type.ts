import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { num, str, strOrNull, type Props } from '../../db/values.js';
import { VoteDecision } from '../../model/vote.js';

registerEnumType(VoteDecision, {
  name: 'VoteDecision',
  description: 'What a body decided on the text it voted on.',
  valuesConfig: {
    ADOPTED: { description: 'A plenary adopted a resolution.' },
    APPROVED: { description: 'A main committee approved a draft for the plenary.' },
    REJECTED: { description: 'The text was rejected.' },
  },
});

@ObjectType({
  implements: Fact,
  description:
    'How a body decided on a text at an event: the counts in favour, against and abstaining, or "without a vote" (no counts ' +
    'at all). The source sentence stays in `wording`.',
})
export class Vote extends Fact {
  @Field({ description: 'What was voted on, as the sources word it.' })
  subject!: string;

  @Field(() => VoteDecision, { description: 'What was decided.' })
  decision!: VoteDecision;

  @Field({ description: 'True when the text was adopted (or approved) without a vote: then there are no counts.' })
  withoutVote!: boolean;

  @Field(() => Int, { nullable: true, description: 'Votes in favour, as the sources give them; null without a vote.' })
  inFavour!: number | null;

  @Field(() => Int, { nullable: true, description: 'Votes against; null without a vote.' })
  against!: number | null;

  @Field(() => Int, { nullable: true, description: 'Abstentions; null without a vote.' })
  abstentions!: number | null;

  @Field(() => PartialDate, { nullable: true, description: 'When, if the sources say.' })
  date!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'The sentence of the source that records the outcome, verbatim.' })
  wording!: string | null;

  static fromProps(props: Props): Vote {
    return Object.assign(new Vote(), factFields(props), {
      subject: str(props, 'subject'),
      decision: (str(props, 'decision') || 'ADOPTED') as VoteDecision,
      withoutVote: props.withoutVote === true,
      inFavour: num(props.inFavour),
      against: num(props.against),
      abstentions: num(props.abstentions),
      date: PartialDate.from(props.date),
      wording: strOrNull(props, 'wording'),
    });
  }
}
