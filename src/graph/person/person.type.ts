import { Field, ObjectType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { NameVariant } from '../common/name-variant.type.js';
import { str, strList, strOrNull, type Props } from '../../db/values.js';

@ObjectType({ implements: Fact, description: 'An official, a delegate, a spokesperson.' })
export class Person extends Fact {
  @Field(() => [String], { description: 'Other spellings of the name found in sources.' })
  aliases!: string[];

  @Field(() => [NameVariant], {
    description:
      'Spellings of the name read in a document (e.g. without accents), each with that document; search finds the person by them.',
  })
  nameVariants!: NameVariant[];

  @Field(() => String, { nullable: true, description: 'What the sources say about the person.' })
  description!: string | null;

  /** ISO3 of the nationality, resolved to a State by the person resolver. */
  nationalityIso3!: string | null;

  static fromProps(props: Props): Person {
    return Object.assign(new Person(), factFields(props), {
      aliases: strList(props, 'aliases'),
      nameVariants: NameVariant.listFrom(props, 'nameVariants'),
      description: strOrNull(props, 'description'),
      nationalityIso3: strOrNull(props, 'nationality'),
    });
  }
}

@ObjectType({
  implements: Fact,
  description: 'An office a person held in an organization or a State, e.g. "Executive Director" of UNODC.',
})
export class Position extends Fact {
  @Field({ description: 'The office as the sources word it.' })
  title!: string;

  @Field(() => PartialDate, { nullable: true, description: 'When the person took the office, if known.' })
  from!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When the person left the office, if known.' })
  until!: PartialDate | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'A date on which a source shows the person in this office (when start and end are unknown).',
  })
  observedOn!: PartialDate | null;

  static fromProps(props: Props): Position {
    return Object.assign(new Position(), factFields(props), {
      title: str(props, 'title'),
      from: PartialDate.from(props.from),
      until: PartialDate.from(props.until),
      observedOn: PartialDate.from(props.observedOn),
    });
  }
}
