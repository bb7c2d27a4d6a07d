import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { loadEntity } from '../common/node.resolver.js';
import { Node } from '../common/node.type.js';
import { Connection, PageArgs, pageRequest, toConnection, toPage, type ConnectionShape } from '../common/pagination.js';
import type { Context } from '../context.js';
import { AS_RECORDED_DESCRIPTION, asRecordedIn, recordedProps } from '../release/as-recorded.js';
import { findClaims, findConflicts } from './claim.cypher.js';
import { Claim, Conflict } from './claim.type.js';

export const ClaimConnection = Connection(Claim, 'Claim');
export const ConflictConnection = Connection(Conflict, 'Conflict');

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { description: 'A claim by id, e.g. claim:number-of-signatories-hanoi-1.' })
  claim(@Arg('id', () => ID, { description: 'The claim id.' }) id: string, @Ctx() ctx: Context): Promise<Claim> {
    return loadEntity(ctx, 'id', id, Claim);
  }

  @Query(() => ClaimConnection, {
    description: 'What single sources claim, by name; filtered by topic, by what they are about or by conflict.',
  })
  async claims(
    @Arg('topic', () => String, { nullable: true, description: 'Only claims whose topic contains this, ignoring case.' })
    topic: string | null,
    @Arg('about', () => ID, { nullable: true, description: 'Only claims about this entity (id), e.g. event:hanoi-signing-ceremony.' })
    about: string | null,
    @Arg('conflict', () => ID, { nullable: true, description: 'Only the claims of this conflict (id).' }) conflict: string | null,
    @Arg('includeRetracted', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Include retracted claims, marked as such.',
    })
    includeRetracted: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Claim>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const { total, rows } = await findClaims(
      ctx.db,
      { topic, about, conflict, includeRetracted: includeRetracted === true },
      request,
      recorded,
    );
    const claims = rows.map((row) => Claim.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(claims, total, request, (c) => [c.name, c.id]));
  }

  @FieldResolver(() => [Node], { description: 'What the claim is about: a treaty, an event, a State, an organization.' })
  about(@Root() claim: Claim, @Ctx() ctx: Context): Promise<Node[]> {
    return ctx.loaders.related({ type: 'ABOUT', direction: 'OUT', target: 'Entity' }).load(claim.id);
  }

  @FieldResolver(() => Conflict, { nullable: true, description: 'The conflict the claim belongs to, when sources disagree on it.' })
  conflict(@Root() claim: Claim, @Ctx() ctx: Context): Promise<Conflict | null> {
    return ctx.loaders.one<Conflict>({ type: 'IN_CONFLICT', direction: 'OUT', target: 'Conflict' }, claim.id);
  }
}

@Resolver(() => Conflict)
export class ConflictResolver {
  @Query(() => Conflict, { description: 'A conflict by id, e.g. conflict:number-of-signatories-hanoi.' })
  conflict(@Arg('id', () => ID, { description: 'The conflict id.' }) id: string, @Ctx() ctx: Context): Promise<Conflict> {
    return loadEntity(ctx, 'id', id, Conflict);
  }

  @Query(() => ConflictConnection, {
    description: 'Questions on which sources disagree, by topic; each keeps all its claims, none silently picked.',
  })
  async conflicts(
    @Arg('topic', () => String, {
      nullable: true,
      description:
        'Only conflicts whose topic or claims have these words, ignoring case; a word may begin a longer one ("vote" finds "voted").',
    })
    topic: string | null,
    @Arg('about', () => ID, { nullable: true, description: 'Only conflicts with a claim about this entity (id).' })
    about: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asRecordedIn', () => Int, { nullable: true, description: AS_RECORDED_DESCRIPTION }) asRecorded: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Conflict>> {
    const request = pageRequest(page, 2);
    const recorded = await asRecordedIn(ctx, asRecorded);
    const { total, rows } = await findConflicts(ctx.db, { topic: topic ?? null, about: about ?? null }, request, recorded);
    const conflicts = rows.map((row) => Conflict.fromProps(recordedProps(row.props, recorded)));
    return toConnection(toPage(conflicts, total, request, (c) => [c.name, c.id]));
  }

  @FieldResolver(() => [Claim], { description: 'Every claim of the conflict, each with its own sources.' })
  claims(@Root() conflict: Conflict, @Ctx() ctx: Context): Promise<Claim[]> {
    return ctx.loaders.related({ type: 'IN_CONFLICT', direction: 'IN', target: 'Claim' }).load(conflict.id) as Promise<Claim[]>;
  }
}
