import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { FACT_KEYS, type StoredKeys } from '../common/projection.js';
import { strOrNull, type Props } from '../../db/values.js';
import { TreatyActionKind } from '../../model/treaty-action.js';

registerEnumType(TreatyActionKind, {
  name: 'TreatyActionKind',
  description: "A participant's act on a treaty, as the depositary records it.",
  valuesConfig: {
    ACCEPTANCE: { description: 'Acceptance (A): consent to be bound, like ratification.' },
    APPROVAL: { description: 'Approval (AA): consent to be bound, like ratification.' },
    ACCESSION: { description: 'Accession (a): consent to be bound without prior signature.' },
    SUCCESSION: { description: 'Succession (d): a new State continues its predecessor.' },
  },
});

@ObjectType({
  implements: Fact,
  simpleResolvers: true,
  description: 'A participant signing, ratifying, accepting, approving, acceding to or otherwise acting on a treaty.',
})
export class TreatyAction extends Fact {
  @Field(() => TreatyActionKind, { description: 'What the participant did.' })
  kind!: TreatyActionKind;

  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as the sources say; null when no source dates it.' })
  date!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'Where, e.g. Hanoi or United Nations Headquarters.' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Depositary notification symbol (C.N. ...) that records the action.' })
  notification!: string | null;

  /** The stored keys each field reads, for lists that read only what is selected (see projection.ts). */
  static readonly stored: StoredKeys = {
    ...FACT_KEYS,
    kind: ['kind'],
    date: ['date'],
    place: ['place'],
    notification: ['notification'],
    treaty: [],
    participant: [],
    signedBy: [],
  };

  static fromProps(props: Props): TreatyAction {
    return Object.assign(new TreatyAction(), factFields(props), {
      kind: strOrNull(props, 'kind') as TreatyActionKind,
      date: PartialDate.from(props.date),
      place: strOrNull(props, 'place'),
      notification: strOrNull(props, 'notification'),
    });
  }
}
