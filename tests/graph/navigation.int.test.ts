import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../src/db/database.js';
import { readSeeds } from '../../src/ingest/read.js';
import { SEEDS_DIR } from '../../src/ingest/seed.js';
import { CitedByDocument, NeighborhoodDocument, PathDocument, SearchDocument, SteeredPathsDocument } from '../generated/operations.js';
import { startTestServer, testDatabase, type TestServer } from '../support/server.js';

const seeds = readSeeds(SEEDS_DIR);
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

/**
 * Synthetic entities of this test only: A and B are joined only through a retracted organization, and
 * all three cite one synthetic document. The token is one word to the full-text analyzer.
 */
const token = `zq${randomBytes(4).toString('hex')}`;
const tag = `synthetic-${token}`;
const ids = {
  doc: `doc:${tag}`,
  a: `org:${tag}-a`,
  retracted: `org:${tag}-retracted`,
  b: `org:${tag}-b`,
};

let api: TestServer;
let db: Database;

beforeAll(async () => {
  api = await startTestServer();
  db = testDatabase();
  await db.write(
    `CREATE (d:Entity:Document {id: $ids.doc, name: 'Synthetic test document', title: 'Synthetic test document', kind: 'OTHER',
                                confidence: 'stated', sourceIds: []})
     CREATE (a:Entity:Organization {id: $ids.a, name: 'Synthetic organization ' + $token + ' A', kind: 'OTHER', confidence: 'stated',
                                    sourceIds: [$ids.doc]})
     CREATE (r:Entity:Organization {id: $ids.retracted, name: 'Synthetic organization ' + $token + ' retracted', kind: 'OTHER',
                                    confidence: 'stated', sourceIds: [$ids.doc], retracted: true})
     CREATE (b:Entity:Organization {id: $ids.b, name: 'Synthetic organization ' + $token + ' B', kind: 'OTHER', confidence: 'stated',
                                    sourceIds: [$ids.doc]})
     CREATE (a)-[:CITES]->(d), (r)-[:CITES]->(d), (b)-[:CITES]->(d)
     CREATE (a)-[:PART_OF {sourceIds: [$ids.doc]}]->(r)-[:PART_OF {sourceIds: [$ids.doc]}]->(b)`,
    { ids, token },
  );
});

afterAll(async () => {
  await db.write('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: Object.values(ids) });
  await db.close();
  await api.close();
});

/** The sources a relationship stores, read straight from Neo4j to check what the API answers. */
async function storedSourceIds(edge: { type: string; from: string; to: string }): Promise<string[]> {
  const [row] = await db.read<{ sourceIds: string[] }>(
    'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN r.sourceIds AS sourceIds',
    edge,
  );
  expect(row, `${edge.from} ${edge.type} ${edge.to}`).toBeDefined();
  return sorted(row!.sourceIds);
}

describe('path', () => {
  it('connects Ghada Waly to Viet Nam by a shortest path whose every hop has its sources', async () => {
    const { data, errors, extensions } = await api.exec(PathDocument, { from: 'person:ghada-waly', to: 'state:VNM' });
    expect(errors).toBeUndefined();
    const path = data!.path!;
    expect(path.nodes[0]).toMatchObject({ __typename: 'Person', id: 'person:ghada-waly' });
    expect(path.nodes.at(-1)).toMatchObject({ __typename: 'State', id: 'state:VNM', name: 'Viet Nam' });
    expect(path.length).toBe(path.edges.length);
    expect(path.nodes).toHaveLength(path.length + 1);
    path.edges.forEach((edge, i) => {
      // Each edge joins consecutive nodes, in whichever direction it is stored.
      expect(sorted([edge.from, edge.to])).toEqual(sorted([path.nodes[i]!.id, path.nodes[i + 1]!.id]));
      expect(edge.type).not.toBe('CITES');
      expect(edge.sources.length, `${edge.from} ${edge.type} ${edge.to}`).toBeGreaterThan(0);
    });
    for (const edge of path.edges) {
      expect(sorted(edge.sources.map((s) => s.id))).toEqual(await storedSourceIds(edge));
    }
    // Shortest: nothing shorter exists, and the general search (several paths) finds none shorter either.
    const several = await api.exec(SteeredPathsDocument, { from: 'person:ghada-waly', to: 'state:VNM', first: 2 });
    expect(several.errors).toBeUndefined();
    expect(several.data!.paths[0]?.length).toBe(path.length);
    const shorter = await api.exec(PathDocument, { from: 'person:ghada-waly', to: 'state:VNM', maxHops: path.length - 1 });
    expect(shorter.errors).toBeUndefined();
    expect(shorter.data!.path).toBeNull();
    // The path brings its edges' documents along, and whether both ends exist when none is found: one round trip either way.
    expect(extensions?.cypherRoundTrips).toBe(1);
    expect(shorter.extensions?.cypherRoundTrips).toBe(1);
  });

  it('never goes through a retracted entity, and follows citations only when asked', async () => {
    const plain = await api.exec(PathDocument, { from: ids.a, to: ids.b, maxHops: 6 });
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.path).toBeNull();

    const cited = await api.exec(PathDocument, { from: ids.a, to: ids.b, includeCitations: true });
    expect(cited.errors).toBeUndefined();
    expect(cited.data!.path).toMatchObject({
      length: 2,
      nodes: [{ id: ids.a }, { id: ids.doc }, { id: ids.b }],
      edges: [
        { type: 'CITES', from: ids.a, to: ids.doc, sources: [{ id: ids.doc }] },
        { type: 'CITES', from: ids.b, to: ids.doc, sources: [{ id: ids.doc }] },
      ],
    });
    // A citation's source is the document it points to, brought along with the path.
    expect(cited.extensions?.cypherRoundTrips).toBe(1);
  });

  it('is a single node from an entity to itself', async () => {
    const { data } = await api.exec(PathDocument, { from: 'org:unodc', to: 'org:unodc' });
    expect(data!.path).toMatchObject({ length: 0, nodes: [{ id: 'org:unodc' }], edges: [] });
  });

  it('names the argument at fault', async () => {
    const tooFar = await api.exec(PathDocument, { from: 'person:ghada-waly', to: 'state:VNM', maxHops: 50 });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    const zero = await api.exec(PathDocument, { from: 'person:ghada-waly', to: 'state:VNM', maxHops: 0 });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    const from = await api.exec(PathDocument, { from: 'person:nobody-synthetic', to: 'state:VNM' });
    expect(from.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'from' });
    expect(from.extensions?.cypherRoundTrips).toBe(1);
    const to = await api.exec(PathDocument, { from: 'person:ghada-waly', to: 'state:XXX' });
    expect(to.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
    const malformed = await api.exec(PathDocument, { from: 'person:ghada-waly', to: 'Viet Nam' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('neighborhood', () => {
  it("draws UNODC's neighbourhood: the bodies it serves, and edges with their sources", async () => {
    const { data, errors } = await api.exec(NeighborhoodDocument, { id: 'org:unodc' });
    expect(errors).toBeUndefined();
    const { nodes, edges, truncated } = data!.neighborhood;
    expect(truncated).toBe(false);
    expect(nodes[0]).toMatchObject({ __typename: 'Organization', id: 'org:unodc' });
    const nodeIds = new Set(nodes.map((n) => n.id));
    expect(nodeIds.size).toBe(nodes.length);
    expect(nodeIds).toContain('org:ahc-cybercrime');
    expect(nodeIds).toContain('org:cosp-cybercrime');
    expect(nodeIds).toContain('position:ghada-waly-unodc');
    const secretariat = edges.find((e) => e.type === 'SECRETARIAT_OF' && e.to === 'org:ahc-cybercrime');
    expect(secretariat?.from).toBe('org:unodc');
    for (const edge of edges) {
      expect(nodeIds.has(edge.from) && nodeIds.has(edge.to), `${edge.from} ${edge.type} ${edge.to}`).toBe(true);
      expect(edge.type).not.toBe('CITES');
      expect(edge.sources.length, `${edge.from} ${edge.type} ${edge.to}`).toBeGreaterThan(0);
    }
    expect(sorted(secretariat!.sources.map((s) => s.id))).toEqual(await storedSourceIds(secretariat!));
    // Depth 1: every node but the centre touches UNODC.
    for (const node of nodes.slice(1)) {
      expect(edges.some((e) => (e.from === 'org:unodc' && e.to === node.id) || (e.to === 'org:unodc' && e.from === node.id))).toBe(true);
    }
    const relations = seeds.relations.filter((r) => r.from === 'org:unodc' || r.to === 'org:unodc');
    for (const relation of relations) {
      expect(edges).toContainEqual(expect.objectContaining({ type: relation.type, from: relation.from, to: relation.to }));
    }
  });

  it('goes deeper ring by ring, and costs the same round trips at any depth', async () => {
    const near = await api.exec(NeighborhoodDocument, { id: 'org:unodc', depth: 1 });
    const far = await api.exec(NeighborhoodDocument, { id: 'org:unodc', depth: 3, limit: 500 });
    expect(far.errors).toBeUndefined();
    const farIds = far.data!.neighborhood.nodes.map((n) => n.id);
    expect(farIds.length).toBeGreaterThan(near.data!.neighborhood.nodes.length);
    expect(farIds.slice(0, near.data!.neighborhood.nodes.length)).toEqual(near.data!.neighborhood.nodes.map((n) => n.id));
    // Three hops from UNODC: its Executive Director's quotes (UNODC -> position -> Ghada Waly -> statements).
    expect(farIds).toContain('statement:ghada-waly-2024-12-24-1');
    expect(far.extensions?.cypherRoundTrips).toBe(near.extensions?.cypherRoundTrips);
    expect(far.extensions?.cypherRoundTrips).toBe(2);
  });

  it('keeps the nearest entities within the limit and says it truncated', async () => {
    const { data, errors } = await api.exec(NeighborhoodDocument, { id: 'treaty:un-cybercrime-convention', depth: 2, limit: 10 });
    expect(errors).toBeUndefined();
    expect(data!.neighborhood.truncated).toBe(true);
    expect(data!.neighborhood.nodes).toHaveLength(10);
  });

  it('leaves retracted entities out, and follows citations only when asked', async () => {
    const plain = await api.exec(NeighborhoodDocument, { id: ids.a, depth: 3 });
    expect(plain.data!.neighborhood).toEqual({ truncated: false, nodes: [expect.objectContaining({ id: ids.a })], edges: [] });

    const cited = await api.exec(NeighborhoodDocument, { id: ids.a, depth: 2, includeCitations: true });
    const { nodes, edges } = cited.data!.neighborhood;
    expect(nodes.map((n) => n.id)).toEqual([ids.a, ids.doc, ids.b]);
    expect(edges).toEqual([
      { type: 'CITES', from: ids.a, to: ids.doc, sources: [{ id: ids.doc }] },
      { type: 'CITES', from: ids.b, to: ids.doc, sources: [{ id: ids.doc }] },
    ]);
  });

  it('names the argument at fault', async () => {
    const depth = await api.exec(NeighborhoodDocument, { id: 'org:unodc', depth: 9 });
    expect(depth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    const limit = await api.exec(NeighborhoodDocument, { id: 'org:unodc', limit: 501 });
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const none = await api.exec(NeighborhoodDocument, { id: 'org:unodc', limit: 0 });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const unknown = await api.exec(NeighborhoodDocument, { id: 'org:synthetic-no-such-body' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('search', () => {
  it('finds Ghada Waly first, as a Person', async () => {
    const { data, errors, extensions } = await api.exec(SearchDocument, { text: 'Ghada Waly' });
    expect(errors).toBeUndefined();
    const hits = data!.search;
    expect(hits[0]?.node).toMatchObject({ __typename: 'Person', id: 'person:ghada-waly' });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Her quotes are named after her and come next.
    expect(hits.slice(1, 4).every((h) => h.node.__typename === 'Statement')).toBe(true);
    expect(extensions?.cypherRoundTrips).toBe(1);
  });

  it('finds the resolution by its symbol A/RES/79/243', async () => {
    const { data, errors } = await api.exec(SearchDocument, { text: 'A/RES/79/243' });
    expect(errors).toBeUndefined();
    expect(data!.search[0]?.node).toMatchObject({ __typename: 'Document', id: 'doc:a-res-79-243', symbol: 'A/RES/79/243' });
  });

  it('finds depositary notifications by "C.N."', async () => {
    const { data, errors } = await api.exec(SearchDocument, { text: 'C.N.' });
    expect(errors).toBeUndefined();
    const withSymbol = seeds.documents.filter((d) => d.symbol?.startsWith('C.N.')).map((d) => d.id);
    expect(withSymbol.length).toBeGreaterThan(0);
    expect(data!.search.map((h) => h.node.id)).toEqual(expect.arrayContaining(withSymbol));
    expect(data!.search[0]?.node.__typename).toBe('Document');
  });

  it('ranks a statement first for "multilateralism", and finds every quote that says it', async () => {
    const { data, errors } = await api.exec(SearchDocument, { text: 'multilateralism', first: 50 });
    expect(errors).toBeUndefined();
    const hits = data!.search;
    const top = hits[0]!.node;
    expect(top.__typename).toBe('Statement');
    expect(top.__typename === 'Statement' ? top.text : '').toMatch(/multilateralism/i);
    const saying = seeds.statements.filter((s) => /multilateralism/i.test(s.text)).map((s) => s.id);
    expect(saying.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.node.id)).toEqual(expect.arrayContaining(saying));
  });

  it('filters by kind', async () => {
    const { data } = await api.exec(SearchDocument, { text: 'Ghada Waly', kinds: ['STATEMENT'] });
    expect(data!.search.length).toBeGreaterThan(0);
    expect(data!.search.every((h) => h.node.__typename === 'Statement')).toBe(true);
  });

  it('takes the text literally: stray quotes, brackets and operators are no query syntax', async () => {
    for (const text of [
      'Waly"',
      '"Ghada Waly',
      '(Ghada',
      'Ghada Waly)',
      'Waly~',
      'Ghada* Waly?',
      'Waly\\',
      'Ghada: Waly',
      'Ghada+Waly',
      'Waly && Ghada || !',
    ]) {
      const { status, data, errors } = await api.exec(SearchDocument, { text });
      expect(errors, text).toBeUndefined();
      expect(status).toBe(200);
      expect(data!.search[0]?.node.id, text).toBe('person:ghada-waly');
    }
    // Operator words are words: every one must occur, so these find what contains them, and nothing fails.
    for (const text of ['AND', 'Waly OR', 'NOT treaty', 'a:b [x TO y] {z}', '/regex/']) {
      const { status, errors } = await api.exec(SearchDocument, { text });
      expect(errors, text).toBeUndefined();
      expect(status).toBe(200);
    }
    // OR is no operator: it is a common word, which the folding analyzer leaves out like "the" or "of".
    const or = await api.exec(SearchDocument, { text: 'Waly OR', kinds: ['PERSON'] });
    const waly = await api.exec(SearchDocument, { text: 'Waly', kinds: ['PERSON'] });
    expect(or.data!.search.map((hit) => hit.node.id)).toEqual(waly.data!.search.map((hit) => hit.node.id));
  });

  it('leaves retracted entities out', async () => {
    const { data } = await api.exec(SearchDocument, { text: token });
    expect(sorted(data!.search.map((h) => h.node.id))).toEqual(sorted([ids.a, ids.b]));
  });

  it('names the argument at fault', async () => {
    for (const text of ['', '   ', '"', '(', 'x'.repeat(201)]) {
      const { status, errors } = await api.exec(SearchDocument, { text });
      expect(status, JSON.stringify(text)).toBe(200);
      expect(errors?.[0]?.extensions, JSON.stringify(text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
    const first = await api.exec(SearchDocument, { text: 'Waly', first: 101 });
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const kinds = await api.exec(SearchDocument, { text: 'Waly', kinds: [] });
    expect(kinds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
  });
});

describe('Document.citedBy', () => {
  it('pages the facts citing a document, retracted ones left out', async () => {
    const firstPage = await api.exec(CitedByDocument, { id: ids.doc, first: 1 });
    expect(firstPage.errors).toBeUndefined();
    const cited = firstPage.data!.node;
    if (cited.__typename !== 'Document') throw new Error(`expected a Document, got ${cited.__typename}`);
    expect(cited.citedBy.totalCount).toBe(2);
    expect(cited.citedBy.nodes).toEqual([{ __typename: 'Organization', id: ids.a, retracted: false }]);
    expect(cited.citedBy.pageInfo.hasNextPage).toBe(true);

    const next = await api.exec(CitedByDocument, { id: ids.doc, first: 1, after: cited.citedBy.pageInfo.endCursor });
    const rest = next.data!.node;
    if (rest.__typename !== 'Document') throw new Error(`expected a Document, got ${rest.__typename}`);
    expect(rest.citedBy.nodes.map((n) => n.id)).toEqual([ids.b]);
    expect(rest.citedBy.pageInfo.hasNextPage).toBe(false);
  });

  it('lists what cites the adoption press release', async () => {
    const { data } = await api.exec(CitedByDocument, { id: 'doc:unodc-press-release-adoption', first: 100 });
    if (data!.node.__typename !== 'Document') throw new Error('expected a Document');
    const citing = data!.node.citedBy.nodes.map((n) => n.id);
    expect(citing).toContain('statement:ghada-waly-2024-12-24-1');
    expect(citing).toContain('treaty:un-cybercrime-convention');
    expect(citing).toEqual([...citing].sort());
  });
});
