import { Field, ObjectType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { FACT_KEYS, type StoredKeys } from '../common/projection.js';
import { str, strOrNull, type Props } from '../../db/values.js';

@ObjectType({ implements: Fact, simpleResolvers: true, description: 'A quote: who said what, when, in what capacity, about what.' })
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

  /** The stored keys each field reads, for lists that read only what is selected (see projection.ts). */
  static readonly stored: StoredKeys = {
    ...FACT_KEYS,
    text: ['text'],
    language: ['language'],
    saidOn: ['saidOn'],
    context: ['context'],
    roleAtTime: ['roleAtTime'],
    speaker: [],
    about: [],
    at: [],
  };

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
