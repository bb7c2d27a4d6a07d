import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { num } from '../../../src/db/values.js';
import { CreateDocumentDocument, ReleaseByIdDocument, ReleasesDocument, TreatiesDocument } from '../../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../../support/server.js';
import { deleteSynthetic, syntheticTag } from '../../support/synthetic.js';

const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

/** How many releases changed this fact. */
async function releasesOf(id: string): Promise<number> {
  const [row] = await api.db.read<{ n: unknown }>('MATCH (r:Release) WHERE $id IN r.factIds RETURN count(r) AS n', { id });
  return num(row?.n) ?? 0;
}

const document = (suffix: string) => ({
  id: `doc:${tag}-${suffix}`,
  kind: 'NEWS_ARTICLE' as const,
  title: `Synthetic document ${tag} ${suffix}`,
  url: `https://example.org/${tag}/${suffix}`,
});

describe('every response carries the release it was answered from', () => {
  it('an ordinary read: the latest release, with its time and hash', async () => {
    const { extensions } = await api.exec(TreatiesDocument);
    expect(extensions?.release).toEqual({
      id: expect.any(Number) as number,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      latest: extensions?.release?.id,
      movedOn: false,
    });
  });

  it('a write that changes the graph: its own new release; the same write again records none', async () => {
    const before = (await api.exec(TreatiesDocument)).extensions!.release!.id;
    const input = document('advance');
    const created = await api.exec(CreateDocumentDocument, { input }, auth);
    expect(created.errors).toBeUndefined();
    const release = created.extensions!.release!;
    expect(release.id).toBeGreaterThan(before);
    expect(release.movedOn).toBe(false);
    expect(await releasesOf(input.id)).toBe(1);
    const [stamp] = await api.db.read<{ recordedIn: unknown; recordedBy: string }>(
      'MATCH (d:Document {id: $id}) RETURN d.recordedIn AS recordedIn, d.recordedBy AS recordedBy',
      { id: input.id },
    );
    expect(num(stamp?.recordedIn)).toBe(release.id);
    expect(stamp?.recordedBy).toMatch(/^token:/);

    // A repeated create with the same values is a no-op: no release names the fact again.
    const again = await api.exec(CreateDocumentDocument, { input }, auth);
    expect(again.errors).toBeUndefined();
    expect(await releasesOf(input.id)).toBe(1);
  });
});

describe('release(id) and releases', () => {
  it('describe releases, newest first, paginated', async () => {
    await api.exec(CreateDocumentDocument, { input: document('listed') }, auth);
    const { data, errors } = await api.exec(ReleasesDocument, { first: 2 });
    expect(errors).toBeUndefined();
    const [newest, next] = data!.releases.nodes;
    expect(newest!.id).toBeGreaterThan(next!.id);
    expect(data!.releases.totalCount).toBeGreaterThanOrEqual(newest!.id > 1 ? 2 : 1);
    const page2 = await api.exec(ReleasesDocument, { first: 1, after: data!.releases.pageInfo.endCursor });
    expect(page2.data!.releases.nodes[0]!.id).toBeLessThan(next!.id);

    const one = await api.exec(ReleaseByIdDocument, { id: 1 });
    expect(one.data?.release).toMatchObject({ id: 1, recordedBy: 'seed', changes: { updated: 0, retracted: 0, removed: 0 } });
    expect(one.data!.release!.changes.created).toBeGreaterThan(700);
    expect((await api.exec(ReleaseByIdDocument, { id: 999_999_999 })).data?.release).toBeNull();
  });
});
