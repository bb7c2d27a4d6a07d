import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import type { Context } from '../context.js';
import { labelOfId } from '../../model/labels.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { Node } from './node.type.js';

/** Fails naming the argument when `id` does not have the form of an id of this graph. */
export function checkIdForm(field: string, id: string): void {
  if (labelOfId(id) === undefined) {
    throw new BadInputError(field, `"${id}" is not an id of this graph (kind:slug, e.g. person:ghada-waly)`);
  }
}

/** Loads an entity by id and checks its kind, or fails naming the argument. */
export async function loadEntity<T>(ctx: Context, field: string, id: string, expected?: new () => T): Promise<T> {
  checkIdForm(field, id);
  const entity = await ctx.loaders.entity.load(id);
  if (entity === null || (expected !== undefined && !(entity instanceof expected))) {
    throw new NotFoundError(field, id);
  }
  return entity as T;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { description: 'Any entity by its id (kind:slug).' })
  node(@Arg('id', () => ID, { description: 'The entity id, e.g. org:unodc.' }) id: string, @Ctx() ctx: Context): Promise<Node> {
    return loadEntity(ctx, 'id', id);
  }
}
