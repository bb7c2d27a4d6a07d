import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { factFields } from '../common/fact-fields.js';
import { FACT_KEYS, type StoredKeys } from '../common/projection.js';
import { NameVariant } from '../common/name-variant.type.js';
import { strList, strOrNull, type Props } from '../../db/values.js';
import { ParticipantKind, RegionalGroup } from '../../model/participant.js';

registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'What sort of participant can act on a treaty.',
  valuesConfig: {
    MEMBER_STATE: { description: 'A Member State of the United Nations.' },
    NON_MEMBER_STATE: { description: 'A State that is not a UN Member State.' },
    REIO: { description: 'A regional economic integration organization, such as the European Union.' },
  },
});

registerEnumType(RegionalGroup, { name: 'RegionalGroup', description: 'The five UN regional groups of Member States.' });

@ObjectType({
  implements: Fact,
  simpleResolvers: true,
  description: 'A State or a regional economic integration organization (the EU) that can sign and ratify treaties.',
})
export class State extends Fact {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code; null for the EU.' })
  iso3!: string | null;

  @Field(() => ParticipantKind, { description: 'Member State, non-member State, or regional economic integration organization.' })
  kind!: ParticipantKind;

  @Field(() => RegionalGroup, { nullable: true, description: 'UN regional group, if the State belongs to one.' })
  regionalGroup!: RegionalGroup | null;

  @Field(() => [String], {
    description:
      'Other names sources use for the participant (former names, common English spellings), e.g. Vietnam, Turkey: search finds it by them.',
  })
  aliases!: string[];

  @Field(() => [NameVariant], { description: 'The same names as aliases, each with the documents it was seen in.' })
  nameVariants!: NameVariant[];

  /** The stored keys each field reads, for lists that read only what is selected (see projection.ts). */
  static readonly stored: StoredKeys = {
    ...FACT_KEYS,
    iso3: ['iso3'],
    kind: ['kind'],
    regionalGroup: ['regionalGroup'],
    aliases: ['aliases'],
    nameVariants: ['nameVariants'],
    actions: [],
    positions: [],
    nationals: [],
    bodies: [],
  };

  static fromProps(props: Props): State {
    return Object.assign(new State(), factFields(props), {
      aliases: strList(props, 'aliases'),
      nameVariants: NameVariant.listFrom(props, 'nameVariants'),
      iso3: strOrNull(props, 'iso3'),
      kind: (strOrNull(props, 'kind') ?? 'MEMBER_STATE') as ParticipantKind,
      regionalGroup: strOrNull(props, 'regionalGroup') as RegionalGroup | null,
    });
  }
}
