import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { checkIdForm, loadEntity } from '../common/node.resolver.js';
import { fieldsAt } from '../common/projection.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Organization } from '../organization/organization.type.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { statusActions } from './treaty-status.service.js';
import { countsOnlyDay, markReadWithActions, primeTrigger, statusCountsLoader } from './treaty-status.counts.js';
import { findTreaties, findTreatyWithStatusActions, findTreatyWithStatusCounts } from './treaty.cypher.js';
import { Treaty } from './treaty.type.js';

@Resolver(() => Treaty)
export class TreatyResolver {
  @Query(() => Treaty, { description: 'A treaty by id, e.g. treaty:un-cybercrime-convention.' })
  async treaty(
    @Arg('id', () => ID, { description: 'The treaty id.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Treaty> {
    const statuses = fieldsAt(info, ['status']);
    if (statuses.length > 0) {
      // The status needs the treaty's actions, or for counts alone their counts: fetch them with the treaty, one round trip.
      checkIdForm('id', id);
      const day = countsOnlyDay(info, statuses);
      if (day !== null) {
        const found = await findTreatyWithStatusCounts(ctx.db, id, day);
        if (found !== null) {
          statusCountsLoader(ctx, day, null).prime(id, found.counts);
          primeTrigger(ctx, found.counts);
          const treaty = Treaty.fromProps(found.props);
          ctx.loaders.entity.prime(id, treaty);
          return treaty;
        }
      } else {
        const found = await findTreatyWithStatusActions(ctx.db, id);
        if (found !== null) {
          statusActions(ctx).prime(id, found.actions);
          const treaty = Treaty.fromProps(found.props);
          markReadWithActions(treaty);
          ctx.loaders.entity.prime(id, treaty);
          return treaty;
        }
      }
    }
    return loadEntity(ctx, 'id', id, Treaty);
  }

  @Query(() => [Treaty], { description: 'Every treaty of the graph (conventions and protocols), by title.' })
  async treaties(
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<Treaty[]> {
    const recorded = await asRecordedIn(ctx, asRecorded);
    return (await findTreaties(ctx.db, recorded)).map((props) => Treaty.fromProps(recordedProps(props, recorded)));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body that adopted it.' })
  adoptedBy(@Root() treaty: Treaty, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.one<Organization>({ type: 'ADOPTED', direction: 'IN', target: 'Organization' }, treaty.id);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The resolution that adopted it, e.g. A/RES/79/243.' })
  adoptionDocument(@Root() treaty: Treaty, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>({ type: 'ADOPTED_BY_RESOLUTION', direction: 'OUT', target: 'Document' }, treaty.id);
  }

  @FieldResolver(() => Treaty, { nullable: true, description: 'The treaty this one supplements (for a protocol).' })
  supplements(@Root() treaty: Treaty, @Ctx() ctx: Context): Promise<Treaty | null> {
    return ctx.loaders.one<Treaty>({ type: 'SUPPLEMENTS', direction: 'OUT', target: 'Treaty' }, treaty.id);
  }

  @FieldResolver(() => [Treaty], { description: 'Protocols that supplement this treaty.' })
  supplementedBy(@Root() treaty: Treaty, @Ctx() ctx: Context): Promise<Treaty[]> {
    return ctx.loaders.related({ type: 'SUPPLEMENTS', direction: 'IN', target: 'Treaty' }).load(treaty.id) as Promise<Treaty[]>;
  }
}
