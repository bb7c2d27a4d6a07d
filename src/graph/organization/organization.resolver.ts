import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { listByName } from '../common/list.cypher.js';
import { loadEntity } from '../common/node.resolver.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Position } from '../person/person.type.js';
import { Organization, OrganizationKind } from './organization.type.js';

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
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Organization>> {
    const request = pageRequest(page, 2);
    const { total, rows } = await listByName(
      ctx.db,
      { label: 'Organization', where: '($kind IS NULL OR n.kind = $kind)', params: { kind } },
      request,
    );
    const organizations = rows.map((row) => Organization.fromProps(row.props));
    return toConnection(toPage(organizations, total, request, (o) => [o.name, o.id]));
  }

  @FieldResolver(() => [Position], { description: 'Offices held in this organization.' })
  positions(@Root() organization: Organization, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.related({ type: 'IN', direction: 'IN', target: 'Position' }).load(organization.id) as Promise<Position[]>;
  }
}
