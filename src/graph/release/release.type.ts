import { Field, Int, ObjectType } from 'type-graphql';

import type { ReleaseRecord } from '../../ingest/release.js';

@ObjectType({ description: 'How many facts (entities and relationships) a release changed, by kind of change.' })
export class ReleaseChanges {
  @Field(() => Int, { description: 'Facts recorded for the first time.' })
  created!: number;

  @Field(() => Int, { description: 'Facts whose values or sources changed (corrections, added sources).' })
  updated!: number;

  @Field(() => Int, { description: 'Facts retracted: they stay in the graph, marked so.' })
  retracted!: number;

  @Field(() => Int, { description: 'Relationships removed (a replaced link).' })
  removed!: number;
}

@ObjectType({
  description:
    'A data release: what one write that changed the graph recorded. Cite it by id; `asRecordedIn: id` answers from the graph as it was then.',
})
export class Release {
  @Field(() => Int, { description: 'Monotonic from 1, in the order the writes committed.' })
  id!: number;

  @Field({ description: 'When it was recorded: an ISO 8601 UTC timestamp.' })
  at!: string;

  @Field({
    description:
      'The content hash of the whole graph after this release: 64 hex digits, the sum modulo 2^256 of the SHA-256 of every entity (id, labels, properties) and relationship (ends, type, properties), leaving out the record-keeping properties (recorded*/updated*/retracted{In,At,By}, written*/created*). Equal graphs hash alike however they were recorded.',
  })
  hash!: string;

  @Field({ description: 'Who recorded it: "seed", "import", "baseline" or the fingerprint of a write token (token:xxxxxxxx).' })
  recordedBy!: string;

  @Field(() => ReleaseChanges, { description: 'How many facts it changed.' })
  changes!: ReleaseChanges;

  static from(record: ReleaseRecord): Release {
    return Object.assign(new Release(), {
      id: record.id,
      at: record.at,
      hash: record.hash,
      recordedBy: record.by,
      changes: Object.assign(new ReleaseChanges(), {
        created: record.created,
        updated: record.updated,
        retracted: record.retracted,
        removed: record.removed,
      }),
    });
  }
}
