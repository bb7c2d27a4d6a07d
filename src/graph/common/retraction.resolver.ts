import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Retraction } from './retraction.type.js';

@Resolver(() => Retraction)
export class RetractionResolver {
  @FieldResolver(() => [Document], { description: 'The documents that show the fact was wrong.' })
  async sources(@Root() retraction: Retraction, @Ctx() ctx: Context): Promise<Document[]> {
    const found = await ctx.loaders.entity.loadMany(retraction.sourceIds);
    return found.filter((doc): doc is Document => doc instanceof Document);
  }
}
