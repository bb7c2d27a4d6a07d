import { Arg, Ctx, FieldResolver, Resolver, Root, registerEnumType, type ClassType } from 'type-graphql';

import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ENTITY_TYPES } from '../entities.js';
import type { Fact } from './node.type.js';
import { relatedOf } from './prefetch.js';
import { gradeRank } from '../../model/document.js';

export enum SourceOrder {
  ID = 'ID',
  BEST_FIRST = 'BEST_FIRST',
}
registerEnumType(SourceOrder, {
  name: 'SourceOrder',
  description: 'How a fact lists its sources.',
  valuesConfig: {
    ID: { description: 'By document id (the default).' },
    BEST_FIRST: { description: 'By reviewed grade, official first, then secondary, copy, machine, unverified, ungraded; ties by id.' },
  },
});

/** Best grade first, ties by id: the order a reviewer reads evidence in. */
export function bestFirst(documents: readonly Document[]): Document[] {
  return [...documents].sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A fact's evidence: the documents it cites. */
export const SOURCES = { type: 'CITES', direction: 'OUT', target: 'Document' } as const;

function factResolverFor(type: ClassType<Fact>): ClassType {
  @Resolver(() => type)
  class FactResolver {
    @FieldResolver(() => [Document], { description: 'The documents this fact comes from: its evidence.' })
    sources(
      @Root() fact: Fact,
      @Ctx() ctx: Context,
      @Arg('order', () => SourceOrder, { defaultValue: SourceOrder.ID, description: 'BEST_FIRST lists official sources first.' })
      order: SourceOrder,
    ): Document[] | Promise<Document[]> {
      const ordered = (documents: Document[]): Document[] => (order === SourceOrder.BEST_FIRST ? bestFirst(documents) : documents);
      const documents = relatedOf<Document>(ctx, fact, 'sources', SOURCES);
      // Prefetched sources are at hand: no promise, so no extra tick per item of a list.
      return Array.isArray(documents) ? ordered(documents) : documents.then(ordered);
    }
  }
  return FactResolver;
}

/** `sources` on every fact type, batched per request. */
export const factResolvers = Object.values(ENTITY_TYPES).map((type) => factResolverFor(type as ClassType<Fact>));
