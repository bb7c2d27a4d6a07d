import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../support/synthetic.js';

const tag = syntheticTag();
let api: TestServer;
let base: string;
let treatyId: string;
beforeAll(async () => {
  api = await startTestServer();
  base = api.url.replace(/\/graphql$/, '');
  ({ treatyId } = await createSyntheticTreaty(api.db, tag));
  await api.db.write(
    `MATCH (t:Treaty {id: $treatyId}), (s:State {id: 'state:ISL'}), (d:Document {id: $docId})
     CREATE (s)-[:TOOK {sourceIds: [$docId]}]->(a:Entity:TreatyAction {id: $actionId, name: 'Iceland: ratification', kind: 'RATIFICATION', date: '2025-11', sourceIds: [$docId]})-[:ON {sourceIds: [$docId]}]->(t)
     CREATE (a)-[:CITES]->(d)`,
    { treatyId, docId: `doc:${tag}-source`, actionId: `action:${tag}:isl` },
  );
});
afterAll(async () => {
  await deleteSynthetic(api.db, tag);
  await api.close();
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const seedOnly = (id: string): boolean => !id.includes('synthetic');

describe('exports', () => {
  it('exports the whole graph as GraphML that parses as XML with the graph’s node and edge counts', async () => {
    const response = await fetch(`${base}/export/graph.graphml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphml+xml');
    const graph = parser.parse(await response.text()).graphml.graph;
    // Other test files add synthetic data in parallel: compare the seeded part, which tests never change.
    const nodes = list<{ id: string }>(graph.node).filter((n) => seedOnly(n.id));
    const edges = list<{ source: string; target: string }>(graph.edge).filter((e) => seedOnly(e.source) && seedOnly(e.target));
    const [counts] = await api.db.read<{ nodes: { toNumber(): number }; rels: { toNumber(): number } }>(
      `CALL () { MATCH (n:Entity) WHERE coalesce(n.retracted, false) = false AND NOT n.id CONTAINS 'synthetic' RETURN count(n) AS nodes }
       CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE coalesce(a.retracted, false) = false AND coalesce(b.retracted, false) = false
                   AND NOT a.id CONTAINS 'synthetic' AND NOT b.id CONTAINS 'synthetic' RETURN count(r) AS rels }
       RETURN nodes, rels`,
    );
    expect(nodes.length).toBe(counts!.nodes.toNumber());
    expect(edges.length).toBe(counts!.rels.toNumber());
    expect(nodes.length).toBeGreaterThan(700);
  });

  it('exports a neighbourhood with exact counts, sources on edges', async () => {
    const response = await fetch(`${base}/export/graph.graphml?id=${encodeURIComponent(treatyId)}&depth=1`);
    const graph = parser.parse(await response.text()).graphml.graph;
    expect(
      list<{ id: string }>(graph.node)
        .map((n) => n.id)
        .sort(),
    ).toEqual([`action:${tag}:isl`, treatyId].sort());
    const edges = list<{ data: { key: string; '#text': string }[] }>(graph.edge);
    expect(edges).toHaveLength(1);
    expect(edges[0]!.data.find((d) => d.key === 'e_sources')?.['#text']).toBe(`doc:${tag}-source`);
  });

  it('exports treaty actions as CSV with the expected header and rows', async () => {
    const response = await fetch(`${base}/export/actions.csv?treaty=${encodeURIComponent(treatyId)}`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'participant',
      'iso3',
      'kind',
      'date',
      'date_precision',
      'date_earliest',
      'date_latest',
      'date_text',
      'place',
      'notification',
      'source_ids',
      'source_urls',
      'id',
      'treaty',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'Iceland',
        'ISL',
        'RATIFICATION',
        '2025-11',
        'MONTH',
        '2025-11-01',
        '2025-11-30',
        'November 2025',
        '',
        '',
        `doc:${tag}-source`,
        '',
        `action:${tag}:isl`,
        treatyId,
      ],
    ]);
  });

  it('exports the Convention’s signatures and the States with their status', async () => {
    const actions = parse(await (await fetch(`${base}/export/actions.csv`)).text(), { bom: true }) as string[][];
    expect(actions.length).toBeGreaterThan(60);
    expect(actions.slice(1).every((row) => row[2] === 'SIGNATURE' || row[10] !== '')).toBe(true);
    const states = parse(await (await fetch(`${base}/export/states.csv`)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(states[0]!)).toEqual([
      'participant',
      'iso3',
      'kind',
      'regional_group',
      'signed',
      'signed_precision',
      'signed_latest',
      'signed_text',
      'party',
      'party_precision',
      'party_by',
      'id',
    ]);
    expect(states.find((row) => row.iso3 === 'VNM')).toMatchObject({
      participant: 'Viet Nam',
      signed: '2025-10-25',
      signed_precision: 'DAY',
      signed_latest: '2025-10-25',
    });
    // Signed in Hanoi, the day not given: a range, certain from its latest day.
    expect(states.find((row) => row.iso3 === 'GBR')).toMatchObject({
      signed: '2025-10-25/2025-10-26',
      signed_precision: 'DAY',
      signed_latest: '2025-10-26',
      signed_text: 'on or before 26 October 2025 (not before 25 October 2025)',
    });
  });

  it('with asOf, exports only acts certain by that day: a signature of "25 or 26 October" only from the 26th', async () => {
    const signatures = async (asOf: string): Promise<string[][]> =>
      (parse(await (await fetch(`${base}/export/actions.csv?asOf=${asOf}`)).text(), { bom: true }) as string[][])
        .slice(1)
        .filter((row) => row[2] === 'SIGNATURE');
    const on25 = await signatures('2025-10-25');
    const on26 = await signatures('2025-10-26');
    expect(on25.map((row) => row[1])).not.toContain('GBR');
    expect(on26.find((row) => row[1] === 'GBR')?.slice(3, 8)).toEqual([
      '2025-10-25/2025-10-26',
      'DAY',
      '2025-10-25',
      '2025-10-26',
      'on or before 26 October 2025 (not before 25 October 2025)',
    ]);
    expect(on26).toHaveLength(on25.length + 7);
    // In the order they became certain: by latest possible day.
    const latest = on26.map((row) => row[6]!);
    expect(latest).toEqual([...latest].sort());
    const states = parse(await (await fetch(`${base}/export/states.csv?asOf=2025-10-25`)).text(), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(states.find((row) => row.iso3 === 'GBR')?.signed).toBe('');
    const bad = await fetch(`${base}/export/actions.csv?asOf=2025-10`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('asOf must be a day written YYYY-MM-DD');
  });

  it('exports statements and the graph as JSON with sources', async () => {
    const statements = (await (await fetch(`${base}/export/statements.json?treaty=treaty:un-cybercrime-convention`)).json()) as {
      sourceIds: string[];
    }[];
    expect(statements.length).toBeGreaterThan(10);
    expect(statements.every((s) => s.sourceIds.length > 0)).toBe(true);
    const graph = (await (await fetch(`${base}/export/graph.json?id=state:VNM&depth=1`)).json()) as {
      nodes: { id: string; sources: string[] }[];
      relationships: unknown[];
    };
    expect(graph.nodes.find((n) => n.id === 'state:VNM')?.sources.length).toBeGreaterThan(0);
    expect(graph.relationships.length).toBeGreaterThan(0);
  });

  it('neutralises formula-leading cells in every CSV export, with a byte order mark and a file name', async () => {
    // Text anyone with a write token could put in the graph, planted in each table's text columns.
    const planted = {
      state: "=cmd|' /C calc'!A0",
      place: '+HYPERLINK("https://example.org/synthetic")',
      notification: "@SUM(1+1)*cmd|' /C calc'!A0",
      text: "-2+3+cmd|' /C calc'!A0",
      context: '=1+1',
    };
    await api.db.write(
      `MATCH (t:Treaty {id: $treatyId}), (d:Document {id: $docId})
       CREATE (s:Entity:State {id: $stateId, name: $planted.state, iso3: null, kind: 'STATE', sourceIds: [$docId]})-[:CITES]->(d)
       CREATE (s)-[:TOOK {sourceIds: [$docId]}]->(a:Entity:TreatyAction {id: $actionId, name: 'synthetic signature', kind: 'SIGNATURE',
                date: '2025-10-25', dateFirst: date('2025-10-25'), place: $planted.place, notification: $planted.notification, sourceIds: [$docId]})
              -[:ON {sourceIds: [$docId]}]->(t)
       CREATE (a)-[:CITES]->(d)
       CREATE (st:Entity:Statement {id: $statementId, name: 'synthetic statement', text: $planted.text, context: $planted.context,
                sourceIds: [$docId]})-[:ABOUT {sourceIds: [$docId]}]->(t)
       CREATE (st)-[:CITES]->(d)`,
      {
        treatyId,
        docId: `doc:${tag}-source`,
        stateId: `state:${tag}-formula`,
        actionId: `action:${tag}:formula`,
        statementId: `statement:${tag}:formula`,
        planted,
      },
    );
    const query = `?treaty=${encodeURIComponent(treatyId)}`;
    const exports: Record<string, string[][]> = {};
    for (const file of ['actions.csv', 'statements.csv', 'states.csv']) {
      const response = await fetch(`${base}/export/${file}${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${file}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      exports[file] = parse(bytes, { bom: true }) as string[][];
    }
    const action = exports['actions.csv']!.find((row) => row[12] === `action:${tag}:formula`)!;
    expect(action.slice(0, 10)).toEqual([
      `'${planted.state}`,
      '',
      'SIGNATURE',
      '2025-10-25',
      'DAY',
      '2025-10-25',
      '2025-10-25',
      '25 October 2025',
      `'${planted.place}`,
      `'${planted.notification}`,
    ]);
    const statement = exports['statements.csv']!.find((row) => row[10] === `statement:${tag}:formula`)!;
    expect([statement[6], statement[7]]).toEqual([`'${planted.text}`, `'${planted.context}`]);
    const states = exports['states.csv']!;
    expect(states.find((row) => row[11] === `state:${tag}-formula`)?.[0]).toBe(`'${planted.state}`);
    // No cell of any export starts like a formula any more.
    const cells = Object.values(exports).flatMap((rows) => rows.flat());
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Non-ASCII names survive the round trip through bytes.
    expect(states.map((row) => row[0])).toEqual(expect.arrayContaining(["Côte d'Ivoire", 'Türkiye']));
  });

  it('answers a bad request with 400 and the reason', async () => {
    const response = await fetch(`${base}/export/graph.csv`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'the graph exports as json or graphml, not csv' });
    expect((await fetch(`${base}/export/graph.json?id=state:VNM&depth=9`)).status).toBe(400);
  });
});
