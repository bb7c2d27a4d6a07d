import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  NodeByIdDocument,
  RecordTreatyActionDocument,
  TimelineDocument,
  TreatyStatusDocument,
  type RecordTreatyActionMutationVariables,
} from '../../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../../support/synthetic.js';

const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
let api: TestServer;
let treatyId: string;
let docId: string;
let draftId: string;

beforeAll(async () => {
  api = await startTestServer();
  ({ treatyId, docId } = await createSyntheticTreaty(api.db, tag));
  ({ treatyId: draftId } = await createSyntheticTreaty(api.db, tag, { stage: 'DRAFT', adoptedOn: null, suffix: '-draft' }));
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

type ActionInput = RecordTreatyActionMutationVariables['input'];
const ratification = (overrides: Partial<ActionInput> = {}): ActionInput => ({
  treaty: treatyId,
  participant: 'state:ISL',
  kind: 'RATIFICATION',
  date: '2025-11-03',
  sources: [{ id: docId }],
  ...overrides,
});

async function actionsOf(treaty: string): Promise<{ id: string; participant: string; kind: string; date: string; cites: string[] }[]> {
  return api.db.read(
    `MATCH (p:State)-[:TOOK]->(a:TreatyAction)-[:ON]->(:Treaty {id: $treaty})
     RETURN a.id AS id, p.id AS participant, a.kind AS kind, a.date AS date, [(a)-[:CITES]->(d) | d.id] AS cites ORDER BY id`,
    { treaty },
  );
}

describe('recording a treaty action', () => {
  it('records an authenticated ratification of a real State, citing its source, in one transaction', async () => {
    const { data, errors, extensions } = await api.exec(RecordTreatyActionDocument, { input: ratification() }, auth);
    expect(errors).toBeUndefined();
    const id = `action:${tag}:isl:ratification:2025-11-03`;
    expect(data?.recordTreatyAction).toMatchObject({
      id,
      kind: 'RATIFICATION',
      date: { value: '2025-11-03', precision: 'DAY' },
      sources: [{ id: docId }],
    });
    expect(data?.recordTreatyAction.name).toBe('Iceland: ratification (2025-11-03)');
    expect(await actionsOf(treatyId)).toEqual([{ id, participant: 'state:ISL', kind: 'RATIFICATION', date: '2025-11-03', cites: [docId] }]);
    expect(extensions?.cypherRoundTrips).toBe(2);

    const read = await api.exec(NodeByIdDocument, { id });
    expect(read.data?.node).toMatchObject({ __typename: 'TreatyAction', id });
  });

  it('shows the recorded ratification in the treaty status and timeline', async () => {
    const id = `action:${tag}:isl:ratification:2025-11-03`;
    const before = await api.exec(TreatyStatusDocument, { id: treatyId, asOf: '2025-11-02' });
    expect(before.data?.treaty.status).toMatchObject({ partyCount: 0, instrumentsCounted: 0 });
    const after = await api.exec(TreatyStatusDocument, { id: treatyId, asOf: '2025-11-03' });
    expect(after.errors).toBeUndefined();
    expect(after.data?.treaty.status).toMatchObject({ partyCount: 1, instrumentsCounted: 1, inForce: false });
    const status = after.data?.treaty?.status;
    expect(status?.instrumentsNeeded).toBe((status?.instrumentsRequired ?? Number.NaN) - 1);

    const timeline = await api.exec(TimelineDocument, { treatyId, first: 100 });
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data?.timeline.nodes).toContainEqual(
      expect.objectContaining({ date: expect.objectContaining({ value: '2025-11-03' }), node: expect.objectContaining({ id }) }),
    );
  });

  it('is idempotent: the same input again changes nothing', async () => {
    const { errors } = await api.exec(RecordTreatyActionDocument, { input: ratification() }, auth);
    expect(errors).toBeUndefined();
    expect(await actionsOf(treatyId)).toHaveLength(1);
  });

  it('accepts a year-precision signature by ISO code and keeps it a year, with a new document as source', async () => {
    const { data, errors } = await api.exec(
      RecordTreatyActionDocument,
      {
        input: ratification({
          participant: null,
          iso3: 'NOR',
          kind: 'SIGNATURE',
          date: '2025',
          sources: [
            {
              document: {
                id: `doc:${tag}-notification`,
                kind: 'DEPOSITARY_NOTIFICATION',
                title: `Synthetic notification ${tag}`,
                url: 'https://example.org/synthetic',
              },
            },
          ],
        }),
      },
      auth,
    );
    expect(errors).toBeUndefined();
    expect(data?.recordTreatyAction.date).toEqual({ value: '2025', precision: 'YEAR' });
    expect(data?.recordTreatyAction.sources).toEqual([{ id: `doc:${tag}-notification` }]);
  });

  it.each([
    ['an impossible day', { date: '2025-02-30' }, 'input.date'],
    ['a day in the future', { date: '2999-01-01' }, 'input.date'],
    ['an unknown kind of id for the participant', { participant: 'person:ghada-waly' }, 'input.participant'],
    ['an ISO code of no State', { participant: null, iso3: 'ZZZ' }, 'input.iso3'],
    ['a lower-case ISO code', { participant: null, iso3: 'isl' }, 'input.iso3'],
    ['a date before the adoption', { date: '2024-12-23' }, 'input.date'],
    ['no sources', { sources: [] }, 'input.sources'],
    ['a source that is no document', { sources: [{ id: 'doc:synthetic-no-such-document' }] }, 'input.sources.0.id'],
    [
      'a new source with a bad URL',
      { sources: [{ document: { kind: 'OTHER', title: 'Synthetic', url: 'ftp://x' } }] },
      'input.sources.0.document.url',
    ],
    ['a source given both ways', { sources: [{ id: 'doc:x', document: { kind: 'OTHER', title: 'Synthetic' } }] }, 'input.sources.0.id'],
    ['a treaty that does not exist', { treaty: 'treaty:synthetic-nothing' }, 'input.treaty'],
  ] as const)('rejects %s as BAD_USER_INPUT naming %s, and writes nothing', async (_what, overrides, field) => {
    const before = await actionsOf(treatyId);
    const { errors } = await api.exec(RecordTreatyActionDocument, { input: ratification({ ...overrides } as Partial<ActionInput>) }, auth);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await actionsOf(treatyId)).toEqual(before);
  });

  it('rejects the same act recorded twice under another id', async () => {
    const { errors } = await api.exec(RecordTreatyActionDocument, { input: ratification({ id: `action:${tag}:isl:again` }) }, auth);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    expect(errors?.[0]?.message).toContain(`action:${tag}:isl:ratification:2025-11-03`);
  });

  it('rejects consent to a treaty that is not adopted', async () => {
    const { errors } = await api.exec(RecordTreatyActionDocument, { input: ratification({ treaty: draftId }) }, auth);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(await actionsOf(draftId)).toEqual([]);
  });

  it('rejects a create that would contradict the stored action', async () => {
    const { errors } = await api.exec(
      RecordTreatyActionDocument,
      { input: ratification({ id: `action:${tag}:isl:ratification:2025-11-03`, place: 'Synthetic place' }) },
      auth,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
  });
});
