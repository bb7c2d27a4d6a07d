import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { FACT_KEYS, type StoredKeys } from '../common/projection.js';
import { NameVariant } from '../common/name-variant.type.js';
import { str, strList, strOrNull, type Props } from '../../db/values.js';
import { Office } from '../../model/office.js';

registerEnumType(Office, {
  name: 'Office',
  description: 'An office several people hold in turn, so a question can name the office whoever held it.',
  valuesConfig: {
    UN_SECRETARY_GENERAL: { description: 'Secretary-General of the United Nations.' },
    UNGA_PRESIDENT: { description: 'President of the UN General Assembly (one session each).' },
    UNODC_EXECUTIVE_DIRECTOR: { description: 'Executive Director of UNODC.' },
    UNODC_ADVOCACY_SECTION_CHIEF: { description: 'Chief of the UNODC Advocacy Section.' },
    AHC_CHAIR: { description: 'Chair of the Ad Hoc Committee.' },
    AHC_VICE_CHAIR: { description: 'A Vice-Chair of the Ad Hoc Committee.' },
    AHC_RAPPORTEUR: { description: 'Rapporteur of the Ad Hoc Committee.' },
  },
});

@ObjectType({ implements: Fact, simpleResolvers: true, description: 'An official, a delegate, a spokesperson.' })
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

  /** The stored keys each field reads, for lists that read only what is selected (see projection.ts). */
  static readonly stored: StoredKeys = {
    ...FACT_KEYS,
    aliases: ['aliases'],
    nameVariants: ['nameVariants'],
    description: ['description'],
    nationality: ['nationality'],
    positions: [],
    statements: [],
  };

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
  simpleResolvers: true,
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

  @Field(() => Office, {
    nullable: true,
    description: 'The office, when it is one several people hold in turn (e.g. UN_SECRETARY_GENERAL); null otherwise.',
  })
  office!: Office | null;

  static fromProps(props: Props): Position {
    return Object.assign(new Position(), factFields(props), {
      title: str(props, 'title'),
      from: PartialDate.from(props.from),
      until: PartialDate.from(props.until),
      observedOn: PartialDate.from(props.observedOn),
      office: strOrNull(props, 'office') as Office | null,
    });
  }
}
