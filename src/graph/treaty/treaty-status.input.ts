import { Field, ID, InputType } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { TreatyActionKind } from '../../model/treaty-action.js';

@InputType({ description: 'An instrument to assume deposited, for a what-if projection; nothing is written.' })
export class AssumedInstrumentInput {
  @Field(() => ID, { description: 'The State or REIO assumed to deposit it, e.g. state:FRA or reio:eu.' })
  participant!: string;

  @Field(() => TreatyActionKind, { description: 'An instrument of consent: RATIFICATION, ACCEPTANCE, APPROVAL, ACCESSION or SUCCESSION.' })
  kind!: TreatyActionKind;

  @Field(() => DateScalar, { description: 'The day of deposit.' })
  date!: string;
}
