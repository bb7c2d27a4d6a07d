import { Field, ObjectType } from 'type-graphql';

import { strList, strOrNull, type Props } from '../../db/values.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Why, when and by whom a fact was retracted. The fact stays in the graph for the record.',
})
export class Retraction {
  @Field({ description: 'When it was retracted: an ISO 8601 UTC timestamp.' })
  at!: string;

  @Field({ description: 'Who retracted it: the fingerprint of the write token used (token:xxxxxxxx), never the token.' })
  by!: string;

  @Field({ description: "Why it was retracted, in the data keeper's words." })
  reason!: string;

  /** Resolved to documents by RetractionResolver (kept apart: Document itself extends Fact). */
  sourceIds!: string[];

  static fromProps(props: Props): Retraction | null {
    if (props.retracted !== true) return null;
    return Object.assign(new Retraction(), {
      at: strOrNull(props, 'retractedAt') ?? '',
      by: strOrNull(props, 'retractedBy') ?? 'unknown',
      reason: strOrNull(props, 'retractedReason') ?? '',
      sourceIds: strList(props, 'retractedSourceIds'),
    });
  }
}
