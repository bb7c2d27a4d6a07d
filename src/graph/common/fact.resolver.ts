import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';

import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ENTITY_TYPES } from '../entities.js';
import type { Fact } from './node.type.js';

/** A fact's evidence: the documents it cites. */
export const SOURCES = { type: 'CITES', direction: 'OUT', target: 'Document' } as const;

function factResolverFor(type: ClassType<Fact>): ClassType {
  @Resolver(() => type)
  class FactResolver {
    @FieldResolver(() => [Document], { description: 'The documents this fact comes from: its evidence.' })
    sources(@Root() fact: Fact, @Ctx() ctx: Context): Promise<Document[]> {
      return ctx.loaders.related(SOURCES).load(fact.id) as Promise<Document[]>;
    }
  }
  return FactResolver;
}

/** `sources` on every fact type, batched per request. */
export const factResolvers = Object.values(ENTITY_TYPES).map((type) => factResolverFor(type as ClassType<Fact>));
