import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { RecordTreatyActionDocument } from '../generated/operations.js';
import { startTestServer, WRITE_TOKEN, type TestServer } from '../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../support/synthetic.js';

const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
let api: TestServer;
let treatyId: string;
let base: string;

beforeAll(async () => {
  api = await startTestServer();
  ({ treatyId } = await createSyntheticTreaty(api.db, tag));
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

interface AtomLink {
  '@_rel'?: string;
  '@_href': string;
  '@_title'?: string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  link: AtomLink[];
  category: { '@_term': string; '@_scheme'?: string }[];
}
interface AtomDocument {
  feed: { id: string; title: string; updated: string; link: AtomLink[]; entry?: AtomEntry[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

async function feed(path: string): Promise<{ text: string; doc: AtomDocument; type: string | null }> {
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return { text, doc: parser.parse(text) as AtomDocument, type: response.headers.get('content-type') };
}

describe('Atom feeds of recorded changes', () => {
  it("a write appears in the treaty's feed and the whole graph's, newest first, with its sources and release", async () => {
    const url = `https://example.org/${tag}/notification`;
    const { data, errors, extensions } = await api.exec(
      RecordTreatyActionDocument,
      {
        input: {
          treaty: treatyId,
          participant: 'state:ISL',
          kind: 'SIGNATURE',
          date: '2025-10-25',
          sources: [
            { document: { id: `doc:${tag}-notification`, kind: 'DEPOSITARY_NOTIFICATION', title: `Synthetic notification ${tag}`, url } },
          ],
        },
      },
      auth,
    );
    expect(errors).toBeUndefined();
    const actionId = data!.recordTreatyAction.id;
    const release = extensions!.release!.id;

    const treatyFeed = await feed(`/feeds/${treatyId}.atom`);
    expect(treatyFeed.type).toMatch(/^application\/atom\+xml/);
    expect(treatyFeed.doc.feed.id).toBe(`tag:treaty-graph,2026:feed/${treatyId}`);
    const entries = treatyFeed.doc.feed.entry ?? [];
    const entry = entries.find((e) => e.id === `tag:treaty-graph,2026:release/${release}/created/${actionId}`);
    expect(entry, treatyFeed.text).toBeDefined();
    expect(entry!.title).toContain('Recorded: Iceland');
    expect(entry!.link).toContainEqual(expect.objectContaining({ '@_rel': 'related', '@_href': url }));
    const alternate = entry!.link.find((l) => l['@_rel'] === 'alternate')!;
    expect(alternate['@_href']).toContain(`id=${encodeURIComponent(actionId)}`);
    expect(alternate['@_href']).toContain(`release=${release}`);
    expect(entry!.category).toContainEqual(
      expect.objectContaining({ '@_scheme': 'tag:treaty-graph,2026:release', '@_term': String(release) }),
    );
    // The new document is a change about the treaty too; newest first throughout.
    expect(entries.some((e) => e.id.endsWith(`/created/doc:${tag}-notification`))).toBe(true);
    const releasesInOrder = entries.map((e) => Number(e.category.find((c) => c['@_scheme'])!['@_term']));
    expect(releasesInOrder).toEqual([...releasesInOrder].sort((a, b) => b - a));

    const graphFeed = await feed('/feeds/graph.atom');
    expect(graphFeed.doc.feed.entry?.some((e) => e.id === entry!.id)).toBe(true);

    // Entry ids are stable: the same feed read again names the same entries.
    const again = await feed(`/feeds/${treatyId}.atom`);
    expect(again.doc.feed.entry?.find((e) => e.id === entry!.id)).toEqual(entry);
  });

  it('answers 404 for a feed of no treaty', async () => {
    expect((await fetch(`${base}/feeds/treaty:${tag}-none.atom`)).status).toBe(404);
    expect((await fetch(`${base}/feeds/state:ISL.atom`)).status).toBe(404);
  });
});
