import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import { DEFAULT_LIMITS } from '../../src/config.js';
import { RecordTreatyActionDocument } from '../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../support/synthetic.js';

const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
let api: TestServer;
let strict: TestServer;
let treatyId: string;
const clients: Client[] = [];

beforeAll(async () => {
  api = await startTestServer();
  strict = await startTestServer({ limits: { ...DEFAULT_LIMITS, maxDepth: 3, maxCost: 5 } });
  ({ treatyId } = await createSyntheticTreaty(api.db, tag));
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await deleteSynthetic(api.db, tag);
  await Promise.all([api.close(), strict.close()]);
});

function client(server: TestServer): Client {
  const made = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(made);
  return made;
}

interface Outcome {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The first result of a subscription that `wanted` accepts (or its refusal); the subscription stops after it. */
function first(
  subscriber: Client,
  query: string,
  variables: Record<string, unknown> = {},
  wanted: (value: Outcome) => boolean = () => true,
): { result: Promise<Outcome> } {
  let stop: () => void = () => {};
  const result = new Promise<Outcome>((resolve) => {
    stop = subscriber.subscribe(
      { query, variables },
      {
        next: (value) => {
          if (!wanted(value as Outcome)) return;
          resolve(value as Outcome);
          stop();
        },
        error: (error) => resolve({ errors: Array.isArray(error) ? (error as Outcome['errors']) : [{ message: String(error) }] }),
        complete: () => undefined,
      },
    );
  });
  return { result };
}

/** Until the server follows releases for a subscriber: the protocol acknowledges no subscription. */
async function followed(server: TestServer): Promise<void> {
  while (server.server.releases.followers === 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

const CHANGES = `subscription Changes($treatyId: ID) {
  recordedChanges(treatyId: $treatyId) { id change factId kind name sources { id title url } release { id hash } }
}`;

describe('a subscription to recorded changes over graphql-ws', () => {
  it('delivers a write, with its sources and release, to a subscriber of its treaty', async () => {
    // A release brings the action and its new document as two changes: wait for the action's.
    const isAction = (value: Outcome): boolean =>
      value.errors !== undefined || (value.data as { recordedChanges?: { kind?: string } }).recordedChanges?.kind === 'TreatyAction';
    const { result } = first(client(api), CHANGES, { treatyId }, isAction);
    await followed(api);
    const url = `https://example.org/${tag}/subscribed`;
    const written = await api.exec(
      RecordTreatyActionDocument,
      {
        input: {
          treaty: treatyId,
          participant: 'state:ISL',
          kind: 'SIGNATURE',
          date: '2025-10-25',
          sources: [
            { document: { id: `doc:${tag}-subscribed`, kind: 'DEPOSITARY_NOTIFICATION', title: `Synthetic notification ${tag}`, url } },
          ],
        },
      },
      auth,
    );
    expect(written.errors).toBeUndefined();
    const outcome = await result;
    expect(outcome.errors).toBeUndefined();
    const change = (outcome.data as { recordedChanges: Record<string, unknown> }).recordedChanges;
    expect(change).toMatchObject({ release: { id: written.extensions!.release!.id } });
    expect(change.factId).toBe(written.data!.recordTreatyAction.id);
    expect(String(change.id)).toMatch(/^tag:treaty-graph,2026:release\/\d+\/created\//);
    expect(change.sources).toContainEqual({ id: `doc:${tag}-subscribed`, title: `Synthetic notification ${tag}`, url });
  });

  it('is held to the query limits: depth and cost refuse a subscription before it starts', async () => {
    const deep = await first(client(strict), 'subscription { recordedChanges { release { changes { created } } } }').result;
    expect(deep.errors?.[0]?.extensions).toMatchObject({ limit: 'depth' });
    const costly = await first(client(strict), 'subscription { recordedChanges { id sources { id title url symbol } } }').result;
    expect(costly.errors?.[0]?.extensions).toMatchObject({ limit: 'cost' });
  });

  it('serves only subscriptions over WebSocket', async () => {
    const query = await first(client(api), '{ treaties { id } }').result;
    expect(query.errors?.[0]?.message).toMatch(/only subscriptions/);
  });
});
