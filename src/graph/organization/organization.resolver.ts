import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { listByName } from '../common/list.cypher.js';
import { loadEntity } from '../common/node.resolver.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { inDateOrder } from '../../model/date-order.js';
import { Event } from '../event/event.type.js';
import { Position } from '../person/person.type.js';
import { Process } from '../process/process.type.js';
import { Organization } from './organization.type.js';
import { OrganizationKind } from '../../model/organization.js';

export const OrganizationConnection = Connection(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'An organization by id, e.g. org:unodc.' })
  organization(@Arg('id', () => ID, { description: 'The organization id.' }) id: string, @Ctx() ctx: Context): Promise<Organization> {
    return loadEntity(ctx, 'id', id, Organization);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, by name; optionally of one kind.' })
  async organizations(
    @Arg('kind', () => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' }) kind: OrganizationKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Organization>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const { total, rows } = await listByName(
      ctx.db,
      { label: 'Organization', where: '($kind IS NULL OR n.kind = $kind)', params: { kind }, recorded },
      request,
    );
    const organizations = rows.map((row) => Organization.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(organizations, total, request, (o) => [o.name, o.id]));
  }

  @FieldResolver(() => [Position], { description: 'Offices held in this organization.' })
  positions(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.related({ type: 'IN', direction: 'IN', target: 'Position' }).load(organization.id) as Promise<Position[]>;
  }

  @FieldResolver(() => [Organization], {
    description: 'The bodies this organization serves as secretariat, e.g. the Ad Hoc Committee for UNODC.',
  })
  secretariatOf(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.loaders.related({ type: 'SECRETARIAT_OF', direction: 'OUT', target: 'Organization' }).load(organization.id) as Promise<
      Organization[]
    >;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The body that serves as this organization's secretariat, if known." })
  secretariat(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.one<Organization>({ type: 'SECRETARIAT_OF', direction: 'IN', target: 'Organization' }, organization.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body this one is a subsidiary of, e.g. the General Assembly.' })
  subsidiaryOf(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.one<Organization>({ type: 'SUBSIDIARY_OF', direction: 'OUT', target: 'Organization' }, organization.id);
  }

  @FieldResolver(() => [Organization], { description: 'Subsidiary bodies of this organization.' })
  subsidiaries(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.loaders.related({ type: 'SUBSIDIARY_OF', direction: 'IN', target: 'Organization' }).load(organization.id) as Promise<
      Organization[]
    >;
  }

  @FieldResolver(() => [Process], { description: 'The negotiation processes this body conducts.' })
  negotiates(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Process[]> {
    return ctx.loaders.related({ type: 'NEGOTIATES', direction: 'OUT', target: 'Process' }).load(organization.id) as Promise<Process[]>;
  }

  @FieldResolver(() => [Event], { description: 'The events this body convened (held), e.g. its sessions, in date order.' })
  async convened(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Event[]> {
    const events = await ctx.loaders.related({ type: 'CONVENED', direction: 'OUT', target: 'Event' }).load(organization.id);
    return inDateOrder(events as Event[], (e) => e.start?.first);
  }
}
