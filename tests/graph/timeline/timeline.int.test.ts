import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TimelineDocument } from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { CONVENTION } from '../../support/synthetic-treaty.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('timeline of the Convention', () => {
  it('merges events, actions, statements and documents in date order, undated last', async () => {
    const { data, errors, extensions } = await api.exec(TimelineDocument, { treatyId: CONVENTION, first: 100 });
    expect(errors).toBeUndefined();
    const items = data!.timeline.nodes;
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['EVENT', 'TREATY_ACTION', 'STATEMENT', 'DOCUMENT']));
    const days = items.map((i) => i.date?.first ?? '9999-12-31');
    expect(days).toEqual([...days].sort());
    expect(items.find((i) => i.node.id === 'event:ga-adoption-uncc')).toMatchObject({ kind: 'EVENT', date: { value: '2024-12-24' } });
    expect(items.find((i) => i.node.id === 'event:ahc-first-session')?.kind).toBe('EVENT');
    expect(
      items.every(
        (i) =>
          i.node.__typename === { EVENT: 'Event', TREATY_ACTION: 'TreatyAction', STATEMENT: 'Statement', DOCUMENT: 'Document' }[i.kind],
      ),
    ).toBe(true);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('pages through the whole stream with keyset cursors', async () => {
    const ids: string[] = [];
    let after: string | null | undefined;
    let total: number;
    for (;;) {
      const { data } = await api.exec(TimelineDocument, { treatyId: CONVENTION, first: 100, after });
      total = data!.timeline.totalCount;
      ids.push(...data!.timeline.nodes.map((i) => i.node.id));
      if (!data!.timeline.pageInfo.hasNextPage) break;
      after = data!.timeline.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toContain('action:uncc:vnm:signature');
    expect(ids).toContain('doc:a-res-79-243');
  });

  it('filters by kind and date range', async () => {
    const { data } = await api.exec(TimelineDocument, {
      treatyId: CONVENTION,
      kinds: ['EVENT', 'STATEMENT'],
      from: '2024-12-24',
      to: '2024-12-24',
      first: 100,
    });
    const items = data!.timeline.nodes;
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((i) => (i.kind === 'EVENT' || i.kind === 'STATEMENT') && i.date?.value === '2024-12-24')).toBe(true);
    expect(items.map((i) => i.node.id)).toContain('event:ga-adoption-uncc');
  });

  it('names the argument for an unknown treaty, a malformed id and a bad page size', async () => {
    const unknown = await api.exec(TimelineDocument, { treatyId: 'treaty:no-such-treaty' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'treatyId' });
    const notATreaty = await api.exec(TimelineDocument, { treatyId: 'state:VNM' });
    expect(notATreaty.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'treatyId' });
    const malformed = await api.exec(TimelineDocument, { treatyId: 'nonsense' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'treatyId' });
    const negative = await api.exec(TimelineDocument, { treatyId: CONVENTION, first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
