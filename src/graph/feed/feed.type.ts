import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { Release } from '../release/release.type.js';

export enum FactChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  RETRACTED = 'RETRACTED',
  REMOVED = 'REMOVED',
}
registerEnumType(FactChangeKind, {
  name: 'FactChangeKind',
  description: 'How a release changed a fact: recorded it, corrected it (values or sources), retracted it, or removed a link.',
});

@ObjectType({ description: 'A document a changed fact cites.' })
export class ChangeSource {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Its UN symbol, when it has one.' })
  symbol!: string | null;
}

@ObjectType({ description: 'One recorded change to one fact: what the Atom feeds list, delivered as it is recorded.' })
export class RecordedChange {
  @Field({ description: "The change's stable id, the same as its Atom entry's (a tag: URI)." })
  id!: string;

  @Field(() => FactChangeKind)
  change!: FactChangeKind;

  @Field(() => ID, { description: 'The fact changed; read it with node(id:).' })
  factId!: string;

  @Field({ description: 'Its kind, e.g. TreatyAction.' })
  kind!: string;

  @Field({ description: 'Its display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Why it was retracted, for a retraction.' })
  reason!: string | null;

  @Field(() => [ChangeSource], { description: 'What it cites (for a retraction, the sources of the retraction too).' })
  sources!: ChangeSource[];

  @Field(() => Release, { description: 'The release that recorded the change.' })
  release!: Release;
}
