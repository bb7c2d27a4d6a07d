import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ActionAloneDocument,
  ActionsPrefetchedDocument,
  FactSourcesDocument,
  StatementSourcesInFragmentDocument,
  StatementSourcesPrefetchedDocument,
  StatementWithoutSourcesDocument,
  StatusCountsDocument,
  StatusSignatoriesDocument,
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

describe("a treaty's actions and status", () => {
  const treaty = 'treaty:un-cybercrime-convention';

  it('actions with their participant, treaty and sources cost one round trip, each as the action gives on its own', async () => {
    const { data, errors, extensions } = await api.exec(ActionsPrefetchedDocument, { treaty });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(1);
    const actions = data!.treatyActions.nodes;
    expect(actions.length).toBeGreaterThan(40);
    for (const action of actions.slice(0, 10)) {
      const alone = await api.exec(ActionAloneDocument, { id: action.id });
      expect(alone.data!.node).toEqual(action);
    }
    expect(actions.every((action) => action.participant !== null && action.treaty?.id === treaty)).toBe(true);
  });

  it('a status of counts costs one round trip with the treaty', async () => {
    const { data, errors, extensions } = await api.exec(StatusCountsDocument, { treaty, asOf: '2026-06-30' });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(data!.treaty.status.signatoryCount).toBeGreaterThan(40);
  });

  it('a status listing signatories loads their participants and actions in one more round trip', async () => {
    const { data, errors, extensions } = await api.exec(StatusSignatoriesDocument, { treaty, asOf: '2026-06-30' });
    expect(errors).toBeUndefined();
    expect(extensions?.cypherRoundTrips).toBe(2);
    const { signatories, signatoryCount } = data!.treaty.status;
    expect(signatories).toHaveLength(signatoryCount);
    for (const signatory of signatories) {
      expect(signatory.participant.id).toMatch(/^(state|reio):/);
      expect(signatory.participant.name.length).toBeGreaterThan(0);
      expect(signatory.action?.kind).toBe('SIGNATURE');
    }
    expect(signatories.map((s) => s.participant.id)).toContain('state:VNM');
  });
});
