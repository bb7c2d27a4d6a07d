import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { listByName } from '../common/list.cypher.js';
import { loadEntity } from '../common/node.resolver.js';
import { Node } from '../common/node.type.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { State } from '../state/state.type.js';
import { Statement } from '../statement/statement.type.js';
import { Person, Position } from './person.type.js';

export const PersonConnection = Connection(Person, 'Person');

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'A person by id, e.g. person:ghada-waly.' })
  person(@Arg('id', () => ID, { description: 'The person id.' }) id: string, @Ctx() ctx: Context): Promise<Person> {
    return loadEntity(ctx, 'id', id, Person);
  }

  @Query(() => PersonConnection, { description: 'People, by name; optionally those whose name contains a text.' })
  async persons(
    @Arg('name', () => String, { nullable: true, description: 'Only people whose name or alias contains this, ignoring case.' })
    name: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Person>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const { total, rows } = await listByName(
      ctx.db,
      {
        label: 'Person',
        where: '($name IS NULL OR toLower(n.name) CONTAINS toLower($name) OR toLower(coalesce(n.aliasesText, "")) CONTAINS toLower($name))',
        params: { name },
        recorded,
      },
      request,
    );
    const people = rows.map((row) => Person.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(people, total, request, (p) => [p.name, p.id]));
  }

  @FieldResolver(() => [Position], { description: 'Offices the person held.' })
  positions(@Root() person: Person, @Ctx() ctx: Context): Promise<Position[]> {
    return ctx.loaders.related({ type: 'HELD', direction: 'OUT', target: 'Position' }).load(person.id) as Promise<Position[]>;
  }

  @FieldResolver(() => [Statement], { description: 'What the person said, by id; use `statements(where: {speaker})` to page and filter.' })
  statements(@Root() person: Person, @Ctx() ctx: Context): Promise<Statement[]> {
    return ctx.loaders.related({ type: 'SAID', direction: 'OUT', target: 'Statement' }).load(person.id) as Promise<Statement[]>;
  }

  @FieldResolver(() => State, { nullable: true, description: 'The State of which the person is a national, if known.' })
  nationality(@Root() person: Person, @Ctx() ctx: Context): Promise<State | null> {
    return ctx.loaders.one<State>({ type: 'NATIONAL_OF', direction: 'OUT', target: 'State' }, person.id);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who held the office.' })
  person(@Root() position: Position, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.one<Person>({ type: 'HELD', direction: 'IN', target: 'Person' }, position.id);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The organization or State in which the office is held.' })
  heldIn(@Root() position: Position, @Ctx() ctx: Context): Promise<Node | null> {
    return ctx.loaders.one<Node & Person>({ type: 'IN', direction: 'OUT', target: 'Entity' }, position.id);
  }
}
