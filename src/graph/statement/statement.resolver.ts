import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';

import { primeSources } from '../common/fact.resolver.js';
import { Node } from '../common/node.type.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import { selects } from '../common/selection.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { BadInputError } from '../errors.js';
import { Event } from '../event/event.type.js';
import { Person } from '../person/person.type.js';
import { findStatements, UNDATED } from './statement.cypher.js';
import { StatementWhere } from './statement.input.js';
import { Statement } from './statement.type.js';

export const StatementConnection = Connection(Statement, 'Statement');

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Who said what: statements in date order, filtered and paginated.' })
  async statements(
    @Arg('where', () => StatementWhere, { nullable: true, description: 'Filters; all given must hold.' }) where: StatementWhere | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Statement>> {
    const request = pageRequest(page, 2);
    const filter = {
      speaker: where?.speaker ?? null,
      about: where?.about ?? null,
      text: where?.text ?? null,
      from: where?.from ?? null,
      to: where?.to ?? null,
      includeRetracted: where?.includeRetracted ?? false,
    };
    if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
      throw new BadInputError('where.to', `must not be before where.from (${filter.from})`);
    }
    // Sources asked for come with the page: one round trip instead of two.
    const withSources = selects(info, ['nodes', 'sources']) || selects(info, ['edges', 'node', 'sources']);
    const { total, rows } = await findStatements(ctx.db, filter, request, { withSources });
    const statements = rows.map((row) => Statement.fromProps(row.props));
    if (withSources) {
      primeSources(ctx, new Map(rows.map((row) => [String(row.props.id), (row.sources ?? []).map((d) => Document.fromProps(d.props))])));
    }
    return toConnection(
      toPage(statements, total, request, (s) => [s.saidOn?.first ?? UNDATED, s.id]),
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who said it.' })
  speaker(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.one<Person>({ type: 'SAID', direction: 'IN', target: 'Person' }, statement.id);
  }

  @FieldResolver(() => [Node], { description: 'What it is about: treaties, events, processes, organizations.' })
  about(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related({ type: 'ABOUT', direction: 'OUT', target: 'Entity' }).load(statement.id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which it was said, if known.' })
  at(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Event | null> {
    return ctx.loaders.one<Event>({ type: 'SAID_AT', direction: 'OUT', target: 'Event' }, statement.id);
  }
}
