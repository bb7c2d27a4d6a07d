import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Event } from '../event/event.type.js';
import { Vote } from './vote.type.js';

@Resolver(() => Vote)
export class VoteResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event (meeting, decision) at which the vote was taken.' })
  event(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Event | null> {
    return ctx.loaders.one<Event>({ type: 'TAKEN_AT', direction: 'OUT', target: 'Event' }, vote.id);
  }

  @FieldResolver(() => [Document], { description: 'The resolutions or drafts voted on, when the graph holds them.' })
  async documents(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Document[]> {
    return (await ctx.loaders.related({ type: 'VOTED_ON', direction: 'OUT', target: 'Document' }).load(vote.id)) as Document[];
  }
}

@Resolver(() => Event)
export class EventVotesResolver {
  @FieldResolver(() => [Vote], { description: 'The votes taken at the event (or decisions taken without a vote).' })
  async votes(@Root() event: Event, @Ctx() ctx: Context): Promise<Vote[]> {
    return (await ctx.loaders.related({ type: 'TAKEN_AT', direction: 'IN', target: 'Vote' }).load(event.id)) as Vote[];
  }
}

@Resolver(() => Document)
export class DocumentVotesResolver {
  @FieldResolver(() => [Vote], { description: 'How this resolution (or draft) was voted on: counts, or "without a vote".' })
  async votes(@Root() document: Document, @Ctx() ctx: Context): Promise<Vote[]> {
    return (await ctx.loaders.related({ type: 'VOTED_ON', direction: 'IN', target: 'Vote' }).load(document.id)) as Vote[];
  }
}
