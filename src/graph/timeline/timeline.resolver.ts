import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import { PartialDate } from '../common/partial-date.type.js';
import type { Context } from '../context.js';
import { toEntity } from '../entities.js';
import { labelOfId } from '../../model/labels.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { findTimeline, UNDATED } from './timeline.cypher.js';
import { TimelineItem, TimelineItemKind } from './timeline.type.js';

export const TimelineConnection = Connection(TimelineItem, 'Timeline');

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, {
    description:
      "A treaty's story in one date-ordered stream: events of the process that produced it or linked to it, its signatures and other actions, statements about it, and the documents these cite. Ordered by first possible day, then id; undated items last.",
  })
  async timeline(
    @Arg('treatyId', () => ID, { description: 'The treaty, e.g. treaty:un-cybercrime-convention.' }) treatyId: string,
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'Only items on or after this day (their whole date range); undated items are left out.',
    })
    from: string | null,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'Only items on or before this day (their whole date range); undated items are left out.',
    })
    to: string | null,
    @Arg('kinds', () => [TimelineItemKind], { nullable: true, description: 'Only items of these kinds; omitted or empty: every kind.' })
    kinds: TimelineItemKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<TimelineItem>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    if (labelOfId(treatyId) !== 'Treaty') {
      throw labelOfId(treatyId) === undefined
        ? new BadInputError('treatyId', `"${treatyId}" is not an id of this graph (kind:slug, e.g. treaty:un-cybercrime-convention)`)
        : new NotFoundError('treatyId', treatyId);
    }
    const range = { from: from ?? null, to: to ?? null };
    if (range.from !== null && range.to !== null && range.from > range.to) {
      throw new BadInputError('to', `must not be before from (${range.from})`);
    }
    const found = await findTimeline(
      ctx.db,
      { treatyId, kinds: kinds?.length ? kinds : Object.values(TimelineItemKind), ...range, recorded },
      request,
    );
    if (found === null) throw new NotFoundError('treatyId', treatyId);
    const items = found.rows.map((row) =>
      Object.assign(new TimelineItem(), {
        date: PartialDate.from(row.value),
        kind: row.kind as TimelineItemKind,
        node: toEntity(row.labels, recordedProps(row.props, recorded)),
      }),
    );
    return toConnection(toPage(items, found.total, request, (item) => [item.date?.first ?? UNDATED, item.node.id]));
  }
}
