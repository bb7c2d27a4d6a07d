import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  AsRecordedDocument,
  ClaimsAsRecordedDocument,
  RecordTreatyActionDocument,
  RetractFactDocument,
} from '../../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../../support/synthetic.js';

const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
const asOf = '2026-06-01';
let api: TestServer;
let treatyId: string;
let docId: string;

beforeAll(async () => {
  api = await startTestServer();
  ({ treatyId, docId } = await createSyntheticTreaty(api.db, tag));
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

async function record(kind: 'SIGNATURE' | 'RATIFICATION', date: string): Promise<{ id: string; release: number }> {
  const { data, errors, extensions } = await api.exec(
    RecordTreatyActionDocument,
    { input: { treaty: treatyId, participant: 'state:ISL', kind, date, sources: [{ id: docId }] } },
    auth,
  );
  expect(errors).toBeUndefined();
  return { id: data!.recordTreatyAction.id, release: extensions!.release!.id };
}

/** The answer as sent, byte for byte: what a citation must be able to reproduce. */
async function answer(release: number | null): Promise<{ text: string; release: { id: number; movedOn: boolean } }> {
  const response = await api.exec(AsRecordedDocument, { treaty: treatyId, release, asOf });
  expect(response.errors).toBeUndefined();
  return { text: JSON.stringify(response.data), release: response.extensions!.release! };
}

describe('the graph as recorded in a release', () => {
  it('answers as before a later write and a later retraction, byte for byte, while the current answers move on', async () => {
    const signature = await record('SIGNATURE', '2025-10-25');
    const atSignature = await answer(signature.release);
    expect(atSignature.release).toMatchObject({ id: signature.release });
    expect(atSignature.text).toContain(signature.id);

    const ratification = await record('RATIFICATION', '2026-02-10');
    expect(ratification.release).toBeGreaterThan(signature.release);
    const atRatification = await answer(ratification.release);

    // A ratification recorded later is absent as recorded before it; the asOf answer of now has it.
    const before = await answer(signature.release);
    expect(before.text).toBe(atSignature.text);
    expect(before.release).toMatchObject({ id: signature.release, movedOn: true });
    expect(before.text).not.toContain(ratification.id);
    const now = await answer(null);
    expect(now.text).toContain(ratification.id);
    expect(JSON.parse(now.text)).toMatchObject({ treaty: { status: { asOf, partyCount: 1 } } });
    expect(JSON.parse(before.text)).toMatchObject({ treaty: { status: { asOf, partyCount: 0, signatoryCount: 1 } } });

    // A retracted claim is present as recorded before its retraction, and not retracted there.
    const retracted = await api.exec(
      RetractFactDocument,
      { input: { id: signature.id, reason: 'Synthetic test: recorded in error', sources: [{ id: docId }] } },
      auth,
    );
    expect(retracted.errors).toBeUndefined();
    const beforeRetraction = await answer(ratification.release);
    expect(beforeRetraction.text).toBe(atRatification.text);
    const parsed = JSON.parse(beforeRetraction.text) as { treatyActions: { nodes: { id: string; retracted: boolean }[] } };
    expect(parsed.treatyActions.nodes).toContainEqual(expect.objectContaining({ id: signature.id, retracted: false }));

    const afterRetraction = JSON.parse((await answer(null)).text) as {
      treaty: { actions: { nodes: { id: string }[] }; status: { signatoryCount: number } };
      treatyActions: { nodes: { id: string; retracted: boolean }[] };
    };
    expect(afterRetraction.treaty.actions.nodes.map((n) => n.id)).toEqual([ratification.id]);
    expect(afterRetraction.treatyActions.nodes).toContainEqual(expect.objectContaining({ id: signature.id, retracted: true }));
  });

  it('exports as recorded in a release, naming it, the same bytes after later writes', async () => {
    const url = (release: number): string =>
      `${api.url.replace(/\/graphql$/, '')}/export/actions.csv?treaty=${encodeURIComponent(treatyId)}&asRecordedIn=${release}`;
    const latest = (await answer(null)).release.id;
    const first = await fetch(url(latest));
    expect(first.status).toBe(200);
    expect(first.headers.get('treaty-graph-release')).toBe(String(latest));
    const text = await first.text();
    await api.exec(
      RecordTreatyActionDocument,
      { input: { treaty: treatyId, participant: 'state:NOR', kind: 'SIGNATURE', date: '2025-10-25', sources: [{ id: docId }] } },
      auth,
    );
    expect(await (await fetch(url(latest))).text()).toBe(text);
    const current = await (await fetch(url(latest).replace(/&asRecordedIn=\d+$/, ''))).text();
    expect(current).toContain('Norway');
    expect(text).not.toContain('Norway');
  });

  it('lists a claim as recorded before its retraction, not retracted there, and leaves it out now', async () => {
    const claimId = `claim:${tag}-count`;
    await api.db.write(
      `MATCH (t:Treaty {id: $treatyId}), (d:Document {id: $docId})
       CREATE (c:Entity:Claim {id: $claimId, name: 'Synthetic claim', topic: 'synthetic count', value: '1', confidence: 'stated', sourceIds: [$docId]})
       CREATE (c)-[:ABOUT {sourceIds: [$docId]}]->(t), (c)-[:CITES]->(d)`,
      { treatyId, docId, claimId },
    );
    const before = (await answer(null)).release.id;
    const retracted = await api.exec(
      RetractFactDocument,
      { input: { id: claimId, reason: 'Synthetic test: a claim withdrawn', sources: [{ id: docId }] } },
      auth,
    );
    expect(retracted.errors).toBeUndefined();
    expect(retracted.extensions!.release!.id).toBeGreaterThan(before);

    const then = await api.exec(ClaimsAsRecordedDocument, { about: treatyId, release: before });
    expect(then.errors).toBeUndefined();
    expect(then.data!.claims.nodes).toEqual([{ id: claimId, retracted: false }]);
    expect(then.extensions!.release).toMatchObject({ id: before, movedOn: true });
    const now = await api.exec(ClaimsAsRecordedDocument, { about: treatyId, release: null });
    expect(now.data!.claims).toEqual({ totalCount: 0, nodes: [] });
  });

  it('refuses an unknown release as BAD_USER_INPUT on asRecordedIn', async () => {
    const response = await api.exec(AsRecordedDocument, { treaty: treatyId, release: 999_999_999, asOf });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asRecordedIn' });
    const exported = await fetch(`${api.url.replace(/\/graphql$/, '')}/export/actions.csv?asRecordedIn=999999999`);
    expect(exported.status).toBe(400);
  });
});
