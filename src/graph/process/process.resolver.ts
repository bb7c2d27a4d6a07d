import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { loadEntity } from '../common/node.resolver.js';
import { Node } from '../common/node.type.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { inDateOrder } from '../../model/date-order.js';
import { Event } from '../event/event.type.js';
import { Organization } from '../organization/organization.type.js';
import { Treaty } from '../treaty/treaty.type.js';
import { findProcesses } from './process.cypher.js';
import { Process } from './process.type.js';

export const ProcessConnection = Connection(Process, 'Process');

@Resolver(() => Process)
export class ProcessResolver {
  @Query(() => Process, { description: 'A negotiation process by id, e.g. process:uncc-negotiations.' })
  process(@Arg('id', () => ID, { description: 'The process id.' }) id: string, @Ctx() ctx: Context): Promise<Process> {
    return loadEntity(ctx, 'id', id, Process);
  }

  @Query(() => ProcessConnection, { description: 'Negotiation processes, by name.' })
  async processes(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Process>> {
    const request = pageRequest(page, 2);
    const { total, rows } = await findProcesses(ctx.db, request);
    const processes = rows.map((row) => Process.fromProps(row.props));
    return toConnection(toPage(processes, total, request, (p) => [p.name, p.id]));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body that conducts the negotiation, e.g. the Ad Hoc Committee.' })
  conductedBy(@Root() process: Process, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.one<Organization>({ type: 'NEGOTIATES', direction: 'IN', target: 'Organization' }, process.id);
  }

  @FieldResolver(() => Treaty, { nullable: true, description: 'The treaty the process produced (or is producing), if any.' })
  produced(@Root() process: Process, @Ctx() ctx: Context): Promise<Treaty | null> {
    return ctx.loaders.one<Treaty>({ type: 'PRODUCED', direction: 'OUT', target: 'Treaty' }, process.id);
  }

  @FieldResolver(() => [Event], { description: 'The events that are part of the process (its sessions, decisions), in date order.' })
  async events(@Root() process: Process, @Ctx() ctx: Context): Promise<Event[]> {
    const events = await ctx.loaders.related({ type: 'PART_OF', direction: 'IN', target: 'Event' }).load(process.id);
    return inDateOrder(events as Event[], (e) => e.start?.first);
  }

  @FieldResolver(() => [Node], { description: 'The States and organizations the sources name as taking part in the process.' })
  participants(@Root() process: Process, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related({ type: 'PARTICIPATED_IN', direction: 'IN', target: 'Entity' }).load(process.id);
  }
}
