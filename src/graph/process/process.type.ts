import { Field, ObjectType } from 'type-graphql';

import { Fact } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import { factFields } from '../common/fact-fields.js';
import { strOrNull, type Props } from '../../db/values.js';

@ObjectType({ implements: Fact, description: 'A negotiation: the Ad Hoc Committee drafting the Convention, or a protocol.' })
export class Process extends Fact {
  @Field(() => String, { nullable: true, description: 'The mandate, as the sources word it.' })
  mandate!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it began.' })
  start!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended; null while it goes on or is unknown.' })
  end!: PartialDate | null;

  static fromProps(props: Props): Process {
    return Object.assign(new Process(), factFields(props), {
      mandate: strOrNull(props, 'mandate'),
      start: PartialDate.from(props.start),
      end: PartialDate.from(props.end),
    });
  }
}
