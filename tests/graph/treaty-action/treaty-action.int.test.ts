import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TreatyActionsBareDocument, TreatyActionsDocument, TreatyAndStateActionsDocument } from '../../generated/operations.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { CONVENTION } from '../../support/synthetic-treaty.js';
import { projectPath } from '../../../src/paths.js';

interface SeedAction {
  id: string;
  treaty: string;
  participant: string;
  kind: string;
  date: string | null;
}

const seedActions = JSON.parse(readFileSync(projectPath('seeds', 'treaty-actions.json'), 'utf8')) as SeedAction[];
const seedSignatures = seedActions.filter((a) => a.treaty === CONVENTION && a.kind === 'SIGNATURE');

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api.close();
});

describe('treatyActions on the seeded graph', () => {
  it('lists the participants that signed on 25 October 2025, as many as the seeds record', async () => {
    const { data, errors } = await api.exec(TreatyActionsDocument, {
      where: { treaty: CONVENTION, kinds: ['SIGNATURE'], from: '2025-10-25', to: '2025-10-25' },
      first: 100,
    });
    expect(errors).toBeUndefined();
    const expected = seedSignatures.filter((a) => a.date === '2025-10-25');
    expect(expected.length).toBeGreaterThan(40);
    const page = data!.treatyActions;
    expect(page.totalCount).toBe(expected.length);
    expect(page.nodes.map((a) => a.participant?.id).sort()).toEqual(expected.map((a) => a.participant).sort());
    expect(page.nodes.every((a) => a.date?.value === '2025-10-25' && a.treaty?.id === CONVENTION)).toBe(true);
    expect(page.nodes.every((a) => a.sources.length > 0)).toBe(true);

    const vietNam = page.nodes.find((a) => a.participant?.id === 'state:VNM');
    expect(vietNam).toMatchObject({ kind: 'SIGNATURE', participant: { name: 'Viet Nam' }, signedBy: { id: 'person:luong-tam-quang' } });
    const algeria = page.nodes.find((a) => a.participant?.id === 'state:DZA');
    expect(algeria).toMatchObject({ signedBy: { id: 'person:lounes-magramane' } });
    expect(page.nodes.find((a) => a.participant?.id === 'reio:eu')?.participant?.kind).toBe('REIO');
  });

  it('holds every signature record: one per participant, the undated ones with no date and a note', async () => {
    const { data } = await api.exec(TreatyActionsDocument, { where: { treaty: CONVENTION, kinds: ['SIGNATURE'] }, first: 100 });
    const actions = data!.treatyActions.nodes;
    expect(data!.treatyActions.totalCount).toBe(seedSignatures.length);
    expect(actions).toHaveLength(74);
    expect(new Set(actions.map((a) => a.participant?.id)).size).toBe(74);
    const undated = actions.filter((a) => a.date === null);
    expect(undated.length).toBe(seedSignatures.filter((a) => a.date === null).length);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.every((a) => (a.note ?? '').length > 0)).toBe(true);
    expect(actions.filter((a) => a.date !== null).every((a) => a.date?.precision === 'DAY')).toBe(true);
    // Date order, undated last.
    const days = actions.map((a) => a.date?.first ?? '9999-12-31');
    expect(days).toEqual([...days].sort());
    expect(actions.slice(-undated.length).every((a) => a.date === null)).toBe(true);
  });

  it('pages with keyset cursors in date order, undated last', async () => {
    const where = { treaty: CONVENTION };
    const first = await api.exec(TreatyActionsDocument, { where, first: 30 });
    const page1 = first.data!.treatyActions;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.exec(TreatyActionsDocument, { where, first: 100, after: page1.pageInfo.endCursor });
    const page2 = second.data!.treatyActions;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.nodes, ...page2.nodes].map((a) => a.id);
    expect(new Set(ids).size).toBe(page1.totalCount);
    const all = await api.exec(TreatyActionsBareDocument, { where, first: 100 });
    expect(all.data!.treatyActions.nodes.map((a) => a.id)).toEqual(ids);
  });

  it("filters by participant, and lists a treaty's and a participant's actions as fields", async () => {
    const byState = await api.exec(TreatyActionsDocument, { where: { state: 'state:VNM' } });
    expect(byState.data!.treatyActions.nodes.map((a) => a.id)).toContain('action:uncc:vnm:signature');
    expect(byState.data!.treatyActions.nodes.every((a) => a.participant?.id === 'state:VNM')).toBe(true);

    const { data, errors } = await api.exec(TreatyAndStateActionsDocument, { treaty: CONVENTION, state: 'reio:eu', first: 5 });
    expect(errors).toBeUndefined();
    expect(data!.treaty.actions.totalCount).toBe(seedSignatures.length);
    expect(data!.treaty.actions.nodes).toHaveLength(5);
    const eu = data!.node as { actions: { totalCount: number; nodes: { id: string; treaty: { id: string } | null }[] } };
    expect(eu.actions.nodes).toContainEqual({ id: 'action:uncc:eu:signature', kind: 'SIGNATURE', treaty: { id: CONVENTION } });
  });

  it('filters on the whole date range of each action', async () => {
    const { data } = await api.exec(TreatyActionsDocument, { where: { treaty: CONVENTION, from: '2025-10-26' }, first: 100 });
    expect(data!.treatyActions.nodes.map((a) => a.date?.value)).toEqual(
      seedActions
        .filter((a) => a.treaty === CONVENTION && a.date !== null && a.date >= '2025-10-26')
        .map((a) => a.date)
        .sort(),
    );
  });

  it('names the argument at fault', async () => {
    const unknownTreaty = await api.exec(TreatyActionsDocument, { where: { treaty: 'treaty:no-such-treaty' } });
    expect(unknownTreaty.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'where.treaty' });

    const unknownState = await api.exec(TreatyActionsDocument, { where: { state: 'state:XXX' } });
    expect(unknownState.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'where.state' });

    const negative = await api.exec(TreatyActionsDocument, { first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const tooMany = await api.exec(TreatyActionsDocument, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const reversed = await api.exec(TreatyActionsDocument, { where: { from: '2025-11-01', to: '2025-10-01' } });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'where.to' });

    const badCursor = await api.exec(TreatyActionsDocument, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });

    const badDate = await api.exec(TreatyActionsDocument, { where: { from: '2025-02-30' } });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'where.from' });

    const badLiteral = await api.raw({ query: '{ treatyActions(where: {to: "2025-10"}, first: "ten") { totalCount } }' });
    expect(badLiteral.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'where.to' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
    ]);
  });
});
