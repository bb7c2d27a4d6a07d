import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { SOURCES } from '../common/fact.resolver.js';
import { checkIdForm, loadEntity } from '../common/node.resolver.js';
import { primeRelated, selectedHops } from '../common/prefetch.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape, type PageRequest } from '../common/pagination.js';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { Person } from '../person/person.type.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { State } from '../state/state.type.js';
import { Treaty } from '../treaty/treaty.type.js';
import {
  findActionPagesByOwner,
  findTreatyActions,
  UNDATED,
  type ActionFilter,
  type ActionOwner,
  type ActionPage,
} from './treaty-action.cypher.js';
import { ParticipantActionFilter, TreatyActionFilter, TreatyActionWhere } from './treaty-action.input.js';
import { TreatyAction } from './treaty-action.type.js';

export const TreatyActionConnection = Connection(TreatyAction, 'TreatyAction');

const ON = { type: 'ON', direction: 'OUT', target: 'Treaty' } as const;
const TOOK = { type: 'TOOK', direction: 'IN', target: 'State' } as const;
const SIGNED_BY = { type: 'SIGNED_BY', direction: 'OUT', target: 'Person' } as const;

/** The relationship fields of an action a list can fetch with its page. */
const PREFETCHABLE = { treaty: ON, participant: TOOK, signedBy: SIGNED_BY, sources: SOURCES } as const;

/** A participant named by id, or by the ISO 3166-1 alpha-3 code that `state(iso3:)` also takes. */
function participantId(given: string | null | undefined): string | null {
  if (given === null || given === undefined) return null;
  return /^[A-Za-z]{3}$/.test(given) ? `state:${given.toUpperCase()}` : given;
}

/** Normalises a filter argument; `path` names the argument in errors. */
function actionFilter(
  where: TreatyActionFilter | null,
  path: string,
  scope: { treaty?: string | null | undefined; state?: string | null } = {},
  recorded: number | null = null,
): ActionFilter {
  const filter: ActionFilter = {
    treaty: scope.treaty ?? null,
    state: scope.state ?? null,
    kinds: where?.kinds?.length ? where.kinds : null,
    from: where?.from ?? null,
    to: where?.to ?? null,
    on: where?.on ?? null,
    regionalGroup: where?.regionalGroup ?? null,
    place: where?.place ?? null,
    includeRetracted: where?.includeRetracted ?? false,
    recorded,
  };
  if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
    throw new BadInputError(`${path}.to`, `must not be before ${path}.from (${filter.from})`);
  }
  return filter;
}

function toActionConnection({ total, rows }: ActionPage, request: PageRequest, recorded: number | null): ConnectionShape<TreatyAction> {
  const actions = rows.map((row) => TreatyAction.fromProps(recordedProps(row.props, recorded)));
  return toConnection(toPage(actions, total, request, (a) => [a.date?.first ?? UNDATED, a.id]));
}

@Resolver(() => TreatyAction)
export class TreatyActionResolver {
  @Query(() => TreatyActionConnection, {
    description:
      'Who signed, ratified, acceded or withdrew, and when: treaty actions in date order (by first possible day, then id; undated last), filtered and paginated.',
  })
  async treatyActions(
    @Arg('where', () => TreatyActionWhere, { nullable: true, description: 'Filters; all given must hold.' })
    where: TreatyActionWhere | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<TreatyAction>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const filter = actionFilter(where, 'where', { treaty: where?.treaty, state: participantId(where?.state) }, recorded);
    if (filter.treaty !== null) checkIdForm('where.treaty', filter.treaty);
    if (filter.state !== null) checkIdForm('where.state', filter.state);
    // What the items are asked for comes with the page: one round trip, not one more per field.
    const prefetch = selectedHops(info, PREFETCHABLE);
    const found = await findTreatyActions(ctx.db, filter, request, prefetch);
    if (found.total === 0) {
      // Actions found prove the treaty or participant exists with that kind: only an empty answer
      // needs telling "none" from "no such treaty or participant".
      await Promise.all([
        filter.treaty === null ? null : loadEntity(ctx, 'where.treaty', filter.treaty, Treaty),
        filter.state === null ? null : loadEntity(ctx, 'where.state', filter.state, State),
      ]);
    }
    primeRelated(ctx, prefetch, found.rows);
    return toActionConnection(found, request, recorded);
  }

  @FieldResolver(() => Treaty, { nullable: true, description: 'The treaty acted on (null only if the treaty was retracted).' })
  treaty(@Root() action: TreatyAction, @Ctx() ctx: Context): Promise<Treaty | null> {
    return ctx.loaders.one<Treaty>(ON, action.id);
  }

  @FieldResolver(() => State, { nullable: true, description: 'The State or REIO that took the action (null only if it was retracted).' })
  participant(@Root() action: TreatyAction, @Ctx() ctx: Context): Promise<State | null> {
    return ctx.loaders.one<State>(TOOK, action.id);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who signed the instrument on the participant's behalf, when a source names them.",
  })
  signedBy(@Root() action: TreatyAction, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.one<Person>(SIGNED_BY, action.id);
  }
}

/** One page of a treaty's or a participant's actions; the same field on many parents is one query. */
function ownedActions(
  ctx: Context,
  owner: ActionOwner,
  ownerId: string,
  where: TreatyActionFilter | null,
  page: PageArgs,
  recorded: number | null,
  scope: { treaty?: string | null | undefined } = {},
): Promise<ConnectionShape<TreatyAction>> {
  const request = pageRequest(page, 2);
  const filter = actionFilter(where, 'where', scope, recorded);
  const key = JSON.stringify(['owned-actions', owner, filter, request]);
  const loader = ctx.loaders.keyed(
    key,
    () =>
      new DataLoader<string, ActionPage>(async (ids) => {
        const pages = await findActionPagesByOwner(ctx.db, owner, ids, filter, request);
        return ids.map((id) => pages.get(id) ?? { total: 0, rows: [] });
      }),
  );
  return loader.load(ownerId).then((found) => toActionConnection(found, request, recorded));
}

const ACTIONS_DESCRIPTION = 'in date order (by first possible day, then id; undated last), filtered and paginated.';

@Resolver(() => Treaty)
export class TreatyActionsOfTreatyResolver {
  @FieldResolver(() => TreatyActionConnection, {
    description: `Signatures, ratifications and other actions on this treaty, ${ACTIONS_DESCRIPTION}`,
  })
  async actions(
    @Root() treaty: Treaty,
    @Arg('where', () => TreatyActionFilter, { nullable: true, description: 'Filters; all given must hold.' })
    where: TreatyActionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<TreatyAction>> {
    return ownedActions(ctx, 'Treaty', treaty.id, where, page, await asRecordedIn(ctx, asRecorded));
  }
}

@Resolver(() => State)
export class TreatyActionsOfStateResolver {
  @FieldResolver(() => TreatyActionConnection, { description: `What this participant did on any treaty, ${ACTIONS_DESCRIPTION}` })
  async actions(
    @Root() state: State,
    @Arg('where', () => ParticipantActionFilter, { nullable: true, description: 'Filters, a treaty among them; all given must hold.' })
    where: ParticipantActionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<TreatyAction>> {
    if (where?.treaty != null) checkIdForm('where.treaty', where.treaty);
    return ownedActions(ctx, 'State', state.id, where, page, await asRecordedIn(ctx, asRecorded), { treaty: where?.treaty });
  }
}
