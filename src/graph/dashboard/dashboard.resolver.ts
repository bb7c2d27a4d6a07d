import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { loadEntity } from '../common/node.resolver.js';
import { PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { REGIONAL_GROUP_NAMES, RegionalGroup } from '../../model/participant.js';
import { TreatyActionKind } from '../../model/treaty-action.js';
import { StateConnection } from '../state/state.resolver.js';
import { State } from '../state/state.type.js';
import { computeTreatyStatus } from '../treaty/treaty-status.service.js';
import { Treaty } from '../treaty/treaty.type.js';
import { countActionsByMonth, findParticipantGroups } from './dashboard.cypher.js';
import { ActionKindCount, ActionsPerMonth, MonthlyActionCount, ParticipantStanding, RegionalGroupCount } from './dashboard.type.js';

const kindCount = (kind: string, count: number): ActionKindCount =>
  Object.assign(new ActionKindCount(), { kind: kind as TreatyActionKind, count });

@Resolver()
export class DashboardResolver {
  @Query(() => ActionsPerMonth, {
    description:
      "A treaty's signatures, ratifications and other actions per month and kind, for charts. Only actions dated at least to the month are placed in a month; year-only and undated ones are reported apart.",
  })
  async actionsPerMonth(
    @Arg('treatyId', () => ID, { description: 'The treaty, e.g. treaty:un-cybercrime-convention.' }) treatyId: string,
    @Arg('kinds', () => [TreatyActionKind], { nullable: true, description: 'Only these kinds; omitted or empty: every kind.' })
    kinds: TreatyActionKind[] | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only actions on or after this day (their whole date range).' })
    from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only actions on or before this day (their whole date range).' })
    to: string | null,
    @Ctx() ctx: Context,
  ): Promise<ActionsPerMonth> {
    const range = { from: from ?? null, to: to ?? null };
    if (range.from !== null && range.to !== null && range.from > range.to) {
      throw new BadInputError('to', `must not be before from (${range.from})`);
    }
    await loadEntity(ctx, 'treatyId', treatyId, Treaty);
    const buckets = await countActionsByMonth(ctx.db, { treatyId, kinds: kinds?.length ? kinds : null, ...range });
    return Object.assign(new ActionsPerMonth(), {
      months: buckets
        .filter((b) => b.bucket !== 'YEAR' && b.bucket !== 'UNDATED')
        .map((b) => Object.assign(new MonthlyActionCount(), { month: b.bucket, kind: b.kind as TreatyActionKind, count: b.count })),
      yearOnly: buckets.filter((b) => b.bucket === 'YEAR').map((b) => kindCount(b.kind, b.count)),
      undated: buckets.filter((b) => b.bucket === 'UNDATED').map((b) => kindCount(b.kind, b.count)),
    });
  }

  @Query(() => [RegionalGroupCount], {
    description:
      'For each UN regional group (and, last, participants in none): how many participants there are, how many had signed and were parties on a day, and how many had not signed.',
  })
  async participantsByRegionalGroup(
    @Arg('treatyId', () => ID, { description: 'The treaty, e.g. treaty:un-cybercrime-convention.' }) treatyId: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to count for; today (UTC) by default.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<RegionalGroupCount[]> {
    const [treaty, participants] = await Promise.all([loadEntity(ctx, 'treatyId', treatyId, Treaty), findParticipantGroups(ctx.db)]);
    const status = await computeTreatyStatus(ctx, treaty, asOf ?? null);
    const signed = new Set(status.signatories.map((i) => i.participantId));
    const signedUndated = new Set(status.undatedSignatures.map((i) => i.participantId));
    const possiblySigned = new Set(status.possibleSignatures.map((i) => i.participantId));
    const parties = new Set(status.parties.map((i) => i.participantId));
    const groups: (RegionalGroup | null)[] = [...Object.values(RegionalGroup), null];
    return groups.map((group) => {
      const members = participants.filter((p) => p.group === group).map((p) => p.id);
      const memberIds: Record<ParticipantStanding, string[]> = {
        ANY: members,
        SIGNED: members.filter((id) => signed.has(id)),
        SIGNED_UNDATED: members.filter((id) => signedUndated.has(id)),
        POSSIBLY_SIGNED: members.filter((id) => possiblySigned.has(id)),
        NOT_SIGNED: members.filter((id) => !signed.has(id) && !signedUndated.has(id) && !possiblySigned.has(id)),
        PARTY: members.filter((id) => parties.has(id)),
      };
      return Object.assign(new RegionalGroupCount(), {
        group,
        groupName: group === null ? 'no regional group' : REGIONAL_GROUP_NAMES[group],
        participants: members.length,
        signed: memberIds.SIGNED.length,
        signedUndated: memberIds.SIGNED_UNDATED.length,
        possiblySigned: memberIds.POSSIBLY_SIGNED.length,
        notSigned: memberIds.NOT_SIGNED.length,
        parties: memberIds.PARTY.length,
        memberIds,
      });
    });
  }
}

@Resolver(() => RegionalGroupCount)
export class RegionalGroupMembersResolver {
  @FieldResolver(() => StateConnection, {
    description: 'The participants behind a count, in id order and paginated: e.g. who in the group had not signed on the day.',
  })
  async members(
    @Root() group: RegionalGroupCount,
    @Arg('standing', () => ParticipantStanding, { defaultValue: ParticipantStanding.ANY, description: 'Which count to list.' })
    standing: ParticipantStanding,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<State>> {
    const request = pageRequest(page, 1);
    const ids = group.memberIds[standing];
    const after = request.after === null ? null : String(request.after[0]);
    const start = after === null ? 0 : ids.findIndex((id) => id > after);
    const slice = start < 0 ? [] : ids.slice(start, start + request.limit);
    // Every group's page is one batched read of the States, whatever the number of groups asked.
    const states = (await ctx.loaders.entity.loadMany(slice)).filter((s): s is State => s instanceof State);
    return toConnection(toPage(states, ids.length, request, (s) => [s.id]));
  }
}
