import { Field, ObjectType } from 'type-graphql';

import type { Props } from '../../db/values.js';

@ObjectType({
  description:
    'Another name an entity is known by in sources (a former name, a common English spelling, a spelling without accents), with the documents it was seen in. Search finds the entity by it; the entity keeps its own name.',
})
export class NameVariant {
  @Field({ description: 'The name as the sources write it, e.g. "Vietnam" for Viet Nam, "Turkey" for Türkiye.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the research says about the variant (e.g. "former English name").' })
  note!: string | null;

  /** Document ids, resolved by NameVariantResolver in one batched load. */
  sourceIds!: string[];

  /** The variants stored as JSON on a node (see src/ingest/plan.ts); none when absent or unreadable. */
  static listFrom(props: Props, field: string): NameVariant[] {
    const raw = props[field];
    if (typeof raw !== 'string') return [];
    try {
      const parsed = JSON.parse(raw) as { name?: unknown; note?: unknown; sources?: unknown }[];
      return parsed
        .filter((v) => typeof v.name === 'string')
        .map((v) =>
          Object.assign(new NameVariant(), {
            name: v.name as string,
            note: typeof v.note === 'string' ? v.note : null,
            sourceIds: Array.isArray(v.sources) ? v.sources.filter((s): s is string => typeof s === 'string') : [],
          }),
        );
    } catch {
      return [];
    }
  }
}
