import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { DateScalar } from '../common/date.scalar.js';
import { loadEntity } from '../common/node.resolver.js';
import { Node } from '../common/node.type.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { Organization } from '../organization/organization.type.js';
import { Process } from '../process/process.type.js';
import { Statement } from '../statement/statement.type.js';
import { inDateOrder, UNDATED } from '../../model/date-order.js';
import { findEvents } from './event.cypher.js';
import { Event } from './event.type.js';
import { EventKind } from '../../model/event.js';

export const EventConnection = Connection(Event, 'Event');

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { description: 'An event by id, e.g. event:hanoi-signing-ceremony.' })
  event(@Arg('id', () => ID, { description: 'The event id.' }) id: string, @Ctx() ctx: Context): Promise<Event> {
    return loadEntity(ctx, 'id', id, Event);
  }

  @Query(() => EventConnection, {
    description: 'Events in date order (by start, undated ones last), filtered and paginated.',
  })
  async events(
    @Arg('kind', () => EventKind, { nullable: true, description: 'Only events of this kind, e.g. COMMITTEE_SESSION.' })
    kind: EventKind | null,
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'Only events that started on or after this day (their whole start date).',
    })
    from: string | null,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'Only events that started on or before this day (their whole start date).',
    })
    to: string | null,
    @Arg('partOf', () => ID, { nullable: true, description: 'Only events that are part of this process (id).' }) partOf: string | null,
    @Arg('body', () => ID, { nullable: true, description: 'Only events convened by this organization (id), e.g. org:ahc-cybercrime.' })
    body: string | null,
    @Arg('place', () => String, {
      nullable: true,
      description: 'Only events whose place, as the sources write it, begins with this (case matters): "New York" finds "New York (UNHQ)".',
    })
    place: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Event>> {
    const request = pageRequest(page, 2);
    if (from != null && to != null && from > to) throw new BadInputError('to', `must not be before from (${from})`);
    if (place != null && place.trim() === '') throw new BadInputError('place', 'give a place, or leave it out');
    const { total, rows } = await findEvents(
      ctx.db,
      // Absent arguments arrive as undefined: the query writes in only the filters given.
      { kind: kind ?? null, from: from ?? null, to: to ?? null, partOf: partOf ?? null, body: body ?? null, place: place ?? null },
      request,
    );
    const events = rows.map((row) => Event.fromProps(row));
    return toConnection(toPage(events, total, request, (e) => [e.start?.first ?? UNDATED, e.id]));
  }

  @FieldResolver(() => Process, { nullable: true, description: 'The process (negotiation) the event is part of, if any.' })
  partOf(@Root() event: Event, @Ctx() ctx: Context): Promise<Process | null> {
    return ctx.loaders.one<Process>({ type: 'PART_OF', direction: 'OUT', target: 'Process' }, event.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body that convened (held) the event, e.g. the General Assembly.' })
  body(@Root() event: Event, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.one<Organization>({ type: 'CONVENED', direction: 'IN', target: 'Organization' }, event.id);
  }

  @FieldResolver(() => [Statement], { description: 'What was said at the event, in date order.' })
  async statements(@Root() event: Event, @Ctx() ctx: Context): Promise<Statement[]> {
    const said = await ctx.loaders.related({ type: 'SAID_AT', direction: 'IN', target: 'Statement' }).load(event.id);
    return inDateOrder(said as Statement[], (s) => s.saidOn?.first);
  }

  @FieldResolver(() => [Node], { description: 'The States and organizations that organized the event.' })
  organizers(@Root() event: Event, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related({ type: 'ORGANIZED', direction: 'IN', target: 'Entity' }).load(event.id);
  }

  @FieldResolver(() => [Node], { description: 'The States and organizations that hosted the event.' })
  hosts(@Root() event: Event, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related({ type: 'HOSTED', direction: 'IN', target: 'Entity' }).load(event.id);
  }

  @FieldResolver(() => [Node], { description: 'The States and organizations the sources name as taking part in the event.' })
  participants(@Root() event: Event, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related({ type: 'PARTICIPATED_IN', direction: 'IN', target: 'Entity' }).load(event.id);
  }
}
