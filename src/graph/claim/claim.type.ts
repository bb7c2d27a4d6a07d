import { Field, ObjectType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { str, strOrNull, type Props } from '../../db/values.js';

@ObjectType({
  implements: Fact,
  description: 'What one source claims (e.g. "65 signatories"), kept as a claim because sources disagree or cannot be checked.',
})
export class Claim extends Fact {
  @Field({ description: 'The question the claim answers.' })
  topic!: string;

  @Field({ description: 'What the claim is about, in words.' })
  subject!: string;

  @Field({ description: 'The claimed value, as the source words it.' })
  value!: string;

  @Field(() => PartialDate, { nullable: true, description: 'When the claim was made or what date it refers to.' })
  date!: PartialDate | null;

  static fromProps(props: Props): Claim {
    return Object.assign(new Claim(), factFields(props), {
      topic: str(props, 'topic'),
      subject: str(props, 'subject'),
      value: str(props, 'value'),
      date: PartialDate.from(props.date),
    });
  }
}

@ObjectType({ implements: Fact, description: 'A question on which sources disagree, with every claim kept, none silently picked.' })
export class Conflict extends Fact {
  @Field({ description: 'The question in dispute.' })
  topic!: string;

  static fromProps(props: Props): Conflict {
    return Object.assign(new Conflict(), factFields(props), { topic: str(props, 'topic'), note: strOrNull(props, 'note') });
  }
}
