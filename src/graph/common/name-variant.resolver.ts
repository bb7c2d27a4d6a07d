import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { NameVariant } from './name-variant.type.js';

@Resolver(() => NameVariant)
export class NameVariantResolver {
  @FieldResolver(() => [Document], { description: 'The documents the variant was seen in, by id.' })
  async sources(@Root() variant: NameVariant, @Ctx() ctx: Context): Promise<Document[]> {
    const loaded = await ctx.loaders.entity.loadMany(variant.sourceIds);
    return loaded.filter((d): d is Document => d instanceof Document);
  }
}
