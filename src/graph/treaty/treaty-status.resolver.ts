import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import type { Context } from '../context.js';
import { todayUtc } from '../../model/partial-date.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn } from '../release/as-recorded.js';
import { State } from '../state/state.type.js';
import { TreatyAction } from '../treaty-action/treaty-action.type.js';
import { AssumedInstrumentInput } from './treaty-status.input.js';
import { statusCountsLoader, takesCounts, toCountsStatus } from './treaty-status.counts.js';
import { computeTreatyStatus, toTreatyStatus } from './treaty-status.service.js';
import { StatusInstrument, TreatyStatus } from './treaty-status.type.js';
import { Treaty } from './treaty.type.js';

@Resolver(() => Treaty)
export class TreatyStatusResolver {
  @FieldResolver(() => TreatyStatus, {
    description:
      'Where the treaty stands on a day: signatories, parties, instruments counted and still needed under its entry-into-force rule, and whether and since when it is in force. With `assume`, a what-if: the projection as if those instruments were deposited (nothing is written).',
  })
  async status(
    @Root() treaty: Treaty,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to compute the status for; today (UTC) by default.' })
    asOf: string | null,
    @Arg('assume', () => [AssumedInstrumentInput], {
      nullable: true,
      description:
        'Instruments to assume deposited on the given days, on top of the recorded ones up to asOf; assumed ones count at any date, so the projected entry-into-force date may lie after asOf. Nothing is written.',
    })
    assume: AssumedInstrumentInput[] | null,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TreatyStatus> {
    const recorded = await asRecordedIn(ctx, asRecorded);
    const day = asOf ?? todayUtc();
    // Counts alone are computed in Neo4j: one row instead of every action.
    if (takesCounts(info, info.fieldNodes, treaty, assume?.length ?? 0)) {
      const counts = await statusCountsLoader(ctx, day, recorded).load(treaty.id);
      if (counts !== null) return toCountsStatus(treaty, day, counts);
    }
    return toTreatyStatus(treaty, await computeTreatyStatus(ctx, treaty, day, assume ?? [], recorded));
  }
}

@Resolver(() => StatusInstrument)
export class StatusInstrumentResolver {
  @FieldResolver(() => State, { description: 'The State or REIO.' })
  async participant(@Root() instrument: StatusInstrument, @Ctx() ctx: Context): Promise<State> {
    const participant = await ctx.loaders.entity.load(instrument.participantId);
    if (!(participant instanceof State)) throw new Error(`status instrument ${instrument.key}: no participant ${instrument.participantId}`);
    return participant;
  }

  @FieldResolver(() => TreatyAction, {
    nullable: true,
    description: 'The recorded action, with its sources; null for an assumed instrument.',
  })
  async action(@Root() instrument: StatusInstrument, @Ctx() ctx: Context): Promise<TreatyAction | null> {
    if (instrument.actionId === null) return null;
    const action = await ctx.loaders.entity.load(instrument.actionId);
    return action instanceof TreatyAction ? action : null;
  }
}
