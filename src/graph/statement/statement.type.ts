import { Field, ObjectType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { str, strOrNull, type Props } from '../../db/values.js';

@ObjectType({ implements: Fact, description: 'A quote: who said what, when, in what capacity, about what.' })
export class Statement extends Fact {
  @Field({ description: 'The words, verbatim.' })
  text!: string;

  @Field({ description: 'Language of the text (BCP 47), e.g. en.' })
  language!: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it was said.' })
  saidOn!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'The occasion, as the sources describe it.' })
  context!: string | null;

  @Field(() => String, { nullable: true, description: 'The office the speaker spoke in, as the sources word it.' })
  roleAtTime!: string | null;

  static fromProps(props: Props): Statement {
    return Object.assign(new Statement(), factFields(props), {
      text: str(props, 'text'),
      language: str(props, 'language') || 'en',
      saidOn: PartialDate.from(props.saidOn),
      context: strOrNull(props, 'context'),
      roleAtTime: strOrNull(props, 'roleAtTime'),
    });
  }
}
