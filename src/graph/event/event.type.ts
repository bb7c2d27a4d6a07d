import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { NameVariant } from '../common/name-variant.type.js';
import { str, strOrNull, type Props } from '../../db/values.js';
import { EventKind } from '../../model/event.js';

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What sort of event this is.',
  valuesConfig: {
    DOMESTIC_ACT: { description: 'A national step (a law, a decree): not an instrument deposited with the depositary.' },
  },
});

@ObjectType({
  implements: Fact,
  description: 'Something that happened: an adoption, a signing ceremony, a committee session, a meeting.',
})
export class Event extends Fact {
  @Field(() => EventKind, { description: 'What sort of event.' })
  kind!: EventKind;

  @Field(() => PartialDate, { nullable: true, description: 'When it began (or happened).' })
  start!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, for events over several days.' })
  end!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  place!: string | null;

  @Field(() => [NameVariant], {
    description:
      'Other spellings of the place read in sources (e.g. "Hà Nội" for Hanoi), each with its documents; search finds the event by them.',
  })
  placeVariants!: NameVariant[];

  @Field(() => String, { nullable: true, description: 'What the sources say happened.' })
  description!: string | null;

  static fromProps(props: Props): Event {
    return Object.assign(new Event(), factFields(props), {
      kind: (str(props, 'kind') || 'OTHER') as EventKind,
      start: PartialDate.from(props.start),
      end: PartialDate.from(props.end),
      place: strOrNull(props, 'place'),
      placeVariants: NameVariant.listFrom(props, 'placeVariants'),
      description: strOrNull(props, 'description'),
    });
  }
}
