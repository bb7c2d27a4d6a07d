import 'reflect-metadata';

import { isObjectType, type GraphQLFieldResolver } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Context } from '../../../src/graph/context.js';
import { Document } from '../../../src/graph/document/document.type.js';
import { ENTITY_TYPES } from '../../../src/graph/entities.js';
import { SOURCES, SourceOrder } from '../../../src/graph/common/fact.resolver.js';
import { attachFetched } from '../../../src/graph/common/prefetch.js';
import type { Hop } from '../../../src/graph/relations.js';
import { createSchema } from '../../../src/graph/schema.js';
import { TreatyAction } from '../../../src/graph/treaty-action/treaty-action.type.js';

/** Synthetic documents, not seed data: in id order, the best grade last. */
const documents = [
  Document.fromProps({ id: 'document:synthetic-a', grade: 'MACHINE' }),
  Document.fromProps({ id: 'document:synthetic-b', grade: 'SECONDARY' }),
  Document.fromProps({ id: 'document:synthetic-c', grade: 'OFFICIAL' }),
];

/** A request whose loader answers for one synthetic fact and counts what it is asked. */
function requestContext(): { ctx: Context; asked: { hop: Hop; id: string }[] } {
  const asked: { hop: Hop; id: string }[] = [];
  const loaders = {
    related: (hop: Hop) => ({
      load: (id: string) => {
        asked.push({ hop, id });
        return Promise.resolve(documents);
      },
    }),
  };
  return { ctx: { loaders } as unknown as Context, asked };
}

const ids = (found: unknown): string[] => (found as Document[]).map((document) => document.id);

describe('sources on every fact type', () => {
  const resolvers = new Map<string, GraphQLFieldResolver<unknown, Context>>();

  beforeAll(async () => {
    const schema = await createSchema();
    for (const name of Object.keys(ENTITY_TYPES)) {
      const type = schema.getType(name);
      const resolve = isObjectType(type) ? type.getFields().sources?.resolve : undefined;
      if (resolve !== undefined) resolvers.set(name, resolve);
    }
  });

  const resolveOn = (type: string, fact: object, ctx: Context, order: SourceOrder): unknown =>
    resolvers.get(type)!(fact, { order }, ctx, undefined as never);

  it('has a resolver on each of the types', () => {
    expect([...resolvers.keys()].sort()).toEqual(Object.keys(ENTITY_TYPES).sort());
  });

  it('gives sources a list brought along at once, not as a promise, in the order asked', () => {
    for (const type of resolvers.keys()) {
      const { ctx, asked } = requestContext();
      const fact = attachFetched(TreatyAction.fromProps({ id: `action:synthetic-${type}` }), 'sources', documents);
      const byId = resolveOn(type, fact, ctx, SourceOrder.ID);
      const bestFirst = resolveOn(type, fact, ctx, SourceOrder.BEST_FIRST);
      expect(byId).toBeInstanceOf(Array);
      expect(ids(byId)).toEqual(['document:synthetic-a', 'document:synthetic-b', 'document:synthetic-c']);
      expect(bestFirst).toBeInstanceOf(Array);
      expect(ids(bestFirst)).toEqual(['document:synthetic-c', 'document:synthetic-b', 'document:synthetic-a']);
      expect(asked).toEqual([]);
    }
  });

  it('asks the request loader for the CITES hop when nothing was brought along', async () => {
    const { ctx, asked } = requestContext();
    const fact = TreatyAction.fromProps({ id: 'action:synthetic-alone' });
    const found = resolveOn('TreatyAction', fact, ctx, SourceOrder.BEST_FIRST);
    expect(found).toBeInstanceOf(Promise);
    expect(ids(await found)).toEqual(['document:synthetic-c', 'document:synthetic-b', 'document:synthetic-a']);
    expect(asked).toEqual([{ hop: SOURCES, id: 'action:synthetic-alone' }]);
  });
});
