import { isObjectType, type GraphQLSchema } from 'graphql';
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
      return sourcesOf(fact, ctx, order);
    }
  }
  return FactResolver;
}

/** `sources` on every fact type, batched per request. */
export const factResolvers = Object.values(ENTITY_TYPES).map((type) => factResolverFor(type as ClassType<Fact>));

/** A fact's sources in the order asked: prefetched ones at hand, with no promise; others batched per request. */
export function sourcesOf(fact: Fact, ctx: Context, order: SourceOrder): Document[] | Promise<Document[]> {
  const ordered = (documents: Document[]): Document[] => (order === SourceOrder.BEST_FIRST ? bestFirst(documents) : documents);
  const documents = relatedOf<Document>(ctx, fact, 'sources', SOURCES);
  return Array.isArray(documents) ? ordered(documents) : documents.then(ordered);
}

/**
 * Points `sources` of every fact type straight at sourcesOf. type-graphql hands a field resolver
 * its arguments through its validation, which is async whatever the argument: every fact of a list
 * paid a promise chain for an enum graphql-js had already coerced, and its prefetched sources waited
 * a tick (up to a tenth of the server's CPU on a page of 100 actions). `sources` has no middleware,
 * no auth rule and no input object to validate, so the wrapper did nothing else; a middleware or
 * @Authorized added to it later would have to go here too.
 */
export function resolveSourcesDirectly(schema: GraphQLSchema): void {
  for (const name of Object.keys(ENTITY_TYPES)) {
    const type = schema.getType(name);
    const field = isObjectType(type) ? type.getFields().sources : undefined;
    if (field === undefined) throw new Error(`${name} has no sources field to resolve`);
    field.resolve = (fact: Fact, args: { order: SourceOrder }, ctx: Context) => sourcesOf(fact, ctx, args.order);
  }
}
