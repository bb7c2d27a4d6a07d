import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';

import type { Context } from '../context.js';
import { checkIdForm } from '../common/node.resolver.js';
import { Release } from '../release/release.type.js';
import { entryId } from './atom.js';
import { changesOf, type ChangeEvent } from './feed.cypher.js';
import { ChangeSource, FactChangeKind, RecordedChange } from './feed.type.js';

export function toRecordedChange(event: ChangeEvent): RecordedChange {
  return Object.assign(new RecordedChange(), {
    id: entryId(event),
    change: event.change as FactChangeKind,
    factId: event.factId,
    kind: event.kind,
    name: event.name,
    reason: event.reason,
    sources: event.sources.map((source) => Object.assign(new ChangeSource(), source)),
    release: Release.from(event.release),
  });
}

/**
 * The changes of every release recorded from now on (about one treaty, when given), as an async
 * iterator that stops following the hub when the subscriber leaves. Releases too large to list fact
 * by fact (a seed) are left out, as the feeds sum them up instead.
 */
function followChanges(ctx: Context, treatyId: string | null): AsyncIterableIterator<ChangeEvent> {
  const queue: ChangeEvent[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  let reading = Promise.resolve();
  const stop = ctx.releases.follow((release) => {
    reading = reading
      .then(async () => {
        for (const item of await changesOf(ctx.db, [release], treatyId)) if ('fact' in item) queue.push(item.fact);
        wake?.();
      })
      .catch((error: unknown) => ctx.logger.warn({ err: error, release: release.id }, 'subscription: could not read a release'));
  });
  const finish = async (): Promise<IteratorResult<ChangeEvent>> => {
    done = true;
    stop();
    wake?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      if (done) return { done: true, value: undefined };
      return { done: false, value: queue.shift()! };
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

@Resolver()
export class FeedSubscription {
  @Subscription(() => RecordedChange, {
    description:
      'Every change recorded from now on (about one treaty, when given), with its sources and release, as the Atom feeds at /feeds/ list them. Over WebSocket (graphql-ws) at /graphql; public like reads.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { treatyId?: string | null }, Context>) => {
      const treatyId = args.treatyId ?? null;
      if (treatyId !== null) checkIdForm('treatyId', treatyId);
      return followChanges(context, treatyId);
    },
  })
  recordedChanges(
    @Root() event: ChangeEvent,
    @Arg('treatyId', () => ID, {
      nullable: true,
      description: 'Only changes about this treaty: its actions, statements about it, their documents.',
    })
    _treatyId: string | null,
  ): RecordedChange {
    return toRecordedChange(event);
  }
}
