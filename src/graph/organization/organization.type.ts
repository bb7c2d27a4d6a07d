import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { factFields } from '../common/fact-fields.js';
import { strOrNull, type Props } from '../../db/values.js';
import { OrganizationKind } from '../../model/organization.js';

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What sort of body an organization is.' });

@ObjectType({
  implements: Fact,
  description: 'A body: the General Assembly, UNODC, the Ad Hoc Committee, the Conference of the States Parties, a ministry, an NGO.',
})
export class Organization extends Fact {
  @Field(() => String, { nullable: true, description: 'Usual acronym, e.g. UNODC.' })
  acronym!: string | null;

  @Field(() => OrganizationKind, { description: 'What sort of body it is.' })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'What the sources say it is and did in this process.' })
  description!: string | null;

  static fromProps(props: Props): Organization {
    return Object.assign(new Organization(), factFields(props), {
      acronym: strOrNull(props, 'acronym'),
      kind: (strOrNull(props, 'kind') ?? 'OTHER') as OrganizationKind,
      description: strOrNull(props, 'description'),
    });
  }
}
