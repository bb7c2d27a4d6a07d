import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Node } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';

export enum TimelineItemKind {
  EVENT = 'EVENT',
  TREATY_ACTION = 'TREATY_ACTION',
  STATEMENT = 'STATEMENT',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(TimelineItemKind, {
  name: 'TimelineItemKind',
  description: 'What a timeline item is.',
  valuesConfig: {
    EVENT: { description: 'An event of the process that produced the treaty, or one linked to the treaty (dated by its start).' },
    TREATY_ACTION: { description: 'A signature, ratification or other action on the treaty.' },
    STATEMENT: { description: 'A statement about the treaty.' },
    DOCUMENT: { description: 'A document cited by the treaty or by an event, action or statement of the timeline (dated by publication).' },
  },
});

@ObjectType({ description: 'One dated entry of a treaty timeline.' })
export class TimelineItem {
  @Field(() => PartialDate, {
    nullable: true,
    description: 'When, as precisely as the sources say; null for undated items, which come last.',
  })
  date!: PartialDate | null;

  @Field(() => TimelineItemKind, { description: 'What the item is.' })
  kind!: TimelineItemKind;

  @Field(() => Node, { description: 'The event, action, statement or document itself.' })
  node!: Node;
}
