import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { SOURCES } from '../common/fact.resolver.js';
import { Node } from '../common/node.type.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import { primeRelated, selectedHops } from '../common/prefetch.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';
import { Event } from '../event/event.type.js';
import { Person } from '../person/person.type.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { findStatements, UNDATED } from './statement.cypher.js';
import { StatementWhere } from './statement.input.js';
import { Statement } from './statement.type.js';

export const StatementConnection = Connection(Statement, 'Statement');

const SAID = { type: 'SAID', direction: 'IN', target: 'Person' } as const;
const ABOUT = { type: 'ABOUT', direction: 'OUT', target: 'Entity' } as const;
const SAID_AT = { type: 'SAID_AT', direction: 'OUT', target: 'Event' } as const;

/** The relationship fields of a statement a list can fetch with its page. */
const PREFETCHABLE = { speaker: SAID, about: ABOUT, at: SAID_AT, sources: SOURCES } as const;

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Who said what: statements in date order, filtered and paginated.' })
  async statements(
    @Arg('where', () => StatementWhere, { nullable: true, description: 'Filters; all given must hold.' }) where: StatementWhere | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Statement>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const filter = {
      speaker: where?.speaker ?? null,
      about: where?.about ?? null,
      organization: where?.organization ?? null,
      text: where?.text ?? null,
      from: where?.from ?? null,
      to: where?.to ?? null,
      includeRetracted: where?.includeRetracted ?? false,
      recorded,
    };
    if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
      throw new BadInputError('where.to', `must not be before where.from (${filter.from})`);
    }
    // What the items are asked for comes with the page: one round trip, not one more per field.
    const prefetch = selectedHops(info, PREFETCHABLE);
    const { total, rows } = await findStatements(ctx.db, filter, request, prefetch);
    primeRelated(ctx, prefetch, rows);
    const statements = rows.map((row) => Statement.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(statements, total, request, (s) => [s.saidOn?.first ?? UNDATED, s.id]));
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who said it.' })
  speaker(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.one<Person>(SAID, statement.id);
  }

  @FieldResolver(() => [Node], { description: 'What it is about: treaties, events, processes, organizations.' })
  about(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related(ABOUT).load(statement.id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which it was said, if known.' })
  at(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Event | null> {
    return ctx.loaders.one<Event>(SAID_AT, statement.id);
  }
}
