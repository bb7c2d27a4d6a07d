import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ConventionDocument, NodeByIdDocument, StatementsBySpeakerDocument } from '../generated/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';

const PRESS_RELEASE = 'doc:unodc-press-release-adoption';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('GraphQL over HTTP on the real Neo4j', () => {
  it('answers the Convention with its adoption and evidence', async () => {
    const { data, errors } = await api.exec(ConventionDocument, { id: 'treaty:un-cybercrime-convention' });
    expect(errors).toBeUndefined();
    expect(data?.treaty).toMatchObject({
      id: 'treaty:un-cybercrime-convention',
      name: 'United Nations Convention against Cybercrime',
      adoptedOn: { value: '2024-12-24', precision: 'DAY' },
      adoptedBy: { id: 'org:unga' },
    });
    expect(data?.treaty.sources.map((s) => s.id)).toContain(PRESS_RELEASE);
  });

  it("lists Ghada Waly's quotes, the adoption-day ones citing the press release", async () => {
    const { data, errors } = await api.exec(StatementsBySpeakerDocument, { speaker: 'person:ghada-waly', first: 50 });
    expect(errors).toBeUndefined();
    const quotes = data!.statements.nodes;
    expect(quotes.length).toBe(data!.statements.totalCount);
    expect(quotes.every((q) => q.speaker?.id === 'person:ghada-waly')).toBe(true);
    const victory = quotes.find((q) =>
      q.text.startsWith('The adoption of this landmark convention is a major victory for multilateralism'),
    );
    expect(victory?.saidOn).toEqual({ value: '2024-12-24', precision: 'DAY' });
    expect(victory?.sources.map((s) => s.id)).toContain(PRESS_RELEASE);
    expect(quotes.some((q) => q.text.startsWith('UNODC stands ready to support Member States'))).toBe(true);
  });

  it('pages statements with keyset cursors that continue where the last page ended', async () => {
    const first = await api.exec(StatementsBySpeakerDocument, { speaker: 'person:ghada-waly', first: 2 });
    const page1 = first.data!.statements;
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.exec(StatementsBySpeakerDocument, {
      speaker: 'person:ghada-waly',
      first: 50,
      after: page1.pageInfo.endCursor,
    });
    const rest = second.data!.statements.nodes.map((n) => n.id);
    expect(rest).toHaveLength(page1.totalCount - 2);
    expect(rest).not.toContain(page1.nodes[0]!.id);
    expect(rest).not.toContain(page1.nodes[1]!.id);
  });

  it('resolves any entity by id and names the argument when it is unknown or malformed', async () => {
    const found = await api.exec(NodeByIdDocument, { id: 'person:sonya-yee' });
    expect(found.data?.node).toEqual({ __typename: 'Person', id: 'person:sonya-yee', name: 'Sonya Yee' });

    const missing = await api.exec(NodeByIdDocument, { id: 'person:nobody-of-that-name' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    const malformed = await api.exec(NodeByIdDocument, { id: 'no-kind-prefix' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('reports health and readiness', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports the Cypher round trips of each operation', async () => {
    const { extensions } = await api.exec(NodeByIdDocument, { id: 'org:unodc' });
    expect(extensions?.cypherRoundTrips).toBe(1);
  });
});
