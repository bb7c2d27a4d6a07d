import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  FactSourcesDocument,
  StatementSourcesInFragmentDocument,
  StatementSourcesPrefetchedDocument,
  StatementWithoutSourcesDocument,
} from '../generated/operations.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('a list that fetches what its items are asked for', () => {
  it('statements with their sources cost one round trip, with the sources each statement gives on its own', async () => {
    const { data, errors, extensions } = await api.exec(StatementSourcesPrefetchedDocument, { speaker: 'person:ghada-waly' });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(1);
    const statements = data!.statements.nodes;
    expect(statements.length).toBeGreaterThan(1);
    for (const statement of statements) {
      const alone = await api.exec(FactSourcesDocument, { id: statement.id });
      expect(alone.data!.node).toEqual(statement);
      expect(statement.sources.length).toBeGreaterThan(0);
    }
  });

  it('sees the sources asked for inside a fragment', async () => {
    const plain = await api.exec(StatementSourcesPrefetchedDocument, { speaker: 'person:ghada-waly' });
    const { data, extensions } = await api.exec(StatementSourcesInFragmentDocument, { speaker: 'person:ghada-waly' });
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(data!.statements.edges.map((edge) => edge.node)).toEqual(plain.data!.statements.nodes);
  });

  it('fetches no sources when none are asked for', async () => {
    const { data, extensions } = await api.exec(StatementWithoutSourcesDocument, { speaker: 'person:ghada-waly' });
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(data!.statements.nodes.length).toBeGreaterThan(1);
  });
});
