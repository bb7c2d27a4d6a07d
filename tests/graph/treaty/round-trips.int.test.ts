import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/database.js';
import { addDays } from '../../../src/model/partial-date.js';
import { TreatyActionsDocument } from '../../generated/operations.js';
import { startTestServer, testDatabase, type TestServer } from '../../support/server.js';
import { memberStates, SyntheticTreaty } from '../../support/synthetic-treaty.js';

/** The cost of a nested list must depend on the query's shape, not on the number of items. */
let api: TestServer;
let db: Database;
let treaty: SyntheticTreaty;

beforeAll(async () => {
  api = await startTestServer();
  db = testDatabase();
  treaty = new SyntheticTreaty(db);
  await treaty.create();
  const states = await memberStates(db, 120);
  await treaty.addActions(
    states.flatMap((participant, i) => [
      { participant, kind: 'SIGNATURE', date: addDays('2026-01-01', i) },
      ...(i < 10 ? [{ participant, kind: 'RATIFICATION', date: '2026-09' }] : []),
    ]),
  );
});
afterAll(async () => {
  await treaty.remove();
  await db.close();
  await api.close();
});

describe('Cypher round trips of treatyActions', () => {
  it('are the same for 100 actions with participant, treaty, signer and sources as for 5, and at most 6', async () => {
    const where = { treaty: treaty.id };
    const large = await api.exec(TreatyActionsDocument, { where, first: 100 });
    const small = await api.exec(TreatyActionsDocument, { where, first: 5 });
    expect(large.errors).toBeUndefined();
    expect(large.data!.treatyActions.totalCount).toBe(130);
    expect(large.data!.treatyActions.nodes).toHaveLength(100);
    expect(large.data!.treatyActions.nodes.every((a) => a.participant !== null && a.treaty?.id === treaty.id)).toBe(true);
    expect(large.data!.treatyActions.nodes.every((a) => a.sources.map((s) => s.id).includes(treaty.docId))).toBe(true);
    expect(large.extensions?.cypherRoundTrips).toBe(small.extensions?.cypherRoundTrips);
    expect(large.extensions!.cypherRoundTrips!).toBeLessThanOrEqual(6);
  });

  it('orders partial dates by their first day and pages through all of them', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data } = await api.exec(TreatyActionsDocument, { where: { treaty: treaty.id }, first: 50, after });
      seen.push(...data!.treatyActions.nodes.map((a) => a.date!.first));
      if (!data!.treatyActions.pageInfo.hasNextPage) break;
      after = data!.treatyActions.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(130);
    expect(seen).toEqual([...seen].sort());
  });
});
