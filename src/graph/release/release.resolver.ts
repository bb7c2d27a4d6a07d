import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';

import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { releasesPage } from '../../ingest/release.cypher.js';
import { Release } from './release.type.js';

export const ReleaseConnection = Connection(Release, 'Release');

@Resolver(() => Release)
export class ReleaseResolver {
  @Query(() => Release, { nullable: true, description: 'A data release by id; null when there is none with that id.' })
  async release(@Arg('id', () => Int, { description: 'The release id.' }) id: number, @Ctx() ctx: Context): Promise<Release | null> {
    if (!Number.isInteger(id) || id < 1) throw new BadInputError('id', `must be a release id (an integer from 1), got ${id}`);
    const found = await ctx.releases.byId(id);
    return found === null ? null : Release.from(found);
  }

  @Query(() => ReleaseConnection, { description: 'The data releases, newest first: one per write that changed the graph.' })
  async releases(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Release>> {
    const request = pageRequest(page, 1);
    const before = request.after === null ? null : Number(request.after[0]);
    const { total, rows } = await releasesPage(ctx.db, before, request.limit);
    return toConnection(
      toPage(
        rows.map((row) => Release.from(row)),
        total,
        request,
        (release) => [release.id],
      ),
    );
  }
}
