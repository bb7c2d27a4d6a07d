import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { loadEntity } from '../common/node.resolver.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { Organization } from '../organization/organization.type.js';
import { Person, Position } from '../person/person.type.js';
import { findStateByIso3, findStates } from './state.cypher.js';
import { State } from './state.type.js';
import { ParticipantKind, RegionalGroup } from '../../model/participant.js';

export const StateConnection = Connection(State, 'State');

const ISO3 = /^[A-Za-z]{3}$/;

@Resolver(() => State)
export class StateResolver {
  @Query(() => State, { description: 'A State or the EU, by id (state:VNM, reio:eu) or by ISO3 code (VNM): exactly one of the two.' })
  async state(
    @Arg('id', () => ID, { nullable: true, description: 'The participant id, e.g. state:VNM or reio:eu.' }) id: string | null,
    @Arg('iso3', () => String, { nullable: true, description: 'The ISO 3166-1 alpha-3 code, e.g. VNM (any case).' }) iso3: string | null,
    @Ctx() ctx: Context,
  ): Promise<State> {
    // Absent arguments arrive as undefined.
    if (id != null && iso3 != null) throw new BadInputError('iso3', 'give either id or iso3, not both');
    if (id != null) return loadEntity(ctx, 'id', id, State);
    if (iso3 == null) throw new BadInputError('id', 'give the id or the iso3 of the State');
    if (!ISO3.test(iso3)) throw new BadInputError('iso3', `must be three letters (ISO 3166-1 alpha-3), got "${iso3}"`);
    const props = await findStateByIso3(ctx.db, iso3.toUpperCase());
    if (props === null) throw new NotFoundError('iso3', iso3);
    return State.fromProps(props);
  }

  @Query(() => StateConnection, {
    description: 'States and the EU, by name; optionally of one kind, of one regional group, or whose name contains a text.',
  })
  async states(
    @Arg('kind', () => ParticipantKind, { nullable: true, description: 'Only participants of this kind, e.g. MEMBER_STATE.' })
    kind: ParticipantKind | null,
    @Arg('regionalGroup', () => RegionalGroup, { nullable: true, description: 'Only States of this UN regional group.' })
    regionalGroup: RegionalGroup | null,
    @Arg('name', () => String, { nullable: true, description: 'Only participants whose name contains this, ignoring case.' })
    name: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<State>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const filter = { kind: kind ?? null, regionalGroup: regionalGroup ?? null, name: name ?? null };
    const { total, rows } = await findStates(ctx.db, filter, request, recorded);
    const states = rows.map((row) => State.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(states, total, request, (s) => [s.name, s.id]));
  }

  @FieldResolver(() => [Position], { description: 'Offices held in this State (e.g. a head of State or a minister).' })
  positions(@Root() state: State, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.related({ type: 'IN', direction: 'IN', target: 'Position' }).load(state.id) as Promise<Position[]>;
  }

  @FieldResolver(() => [Person], { description: 'People of the graph who are nationals of this State.' })
  nationals(@Root() state: State, @Ctx() ctx: Context): Promise<Person[]> {
    return ctx.loaders.related({ type: 'NATIONAL_OF', direction: 'IN', target: 'Person' }).load(state.id) as Promise<Person[]>;
  }

  @FieldResolver(() => [Organization], {
    description: "The State's own bodies in the graph (ministries, parliaments, councils), or the EU's institutions.",
  })
  bodies(@Root() state: State, @Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.loaders.related({ type: 'PART_OF', direction: 'IN', target: 'Organization' }).load(state.id) as Promise<Organization[]>;
  }
}
