import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { EmbeddedNeo4jError, LAUNCHER_BUILT_MARKER, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { IMPORTER_CLASS_ARCHIVE, databaseDir, ensureImporterClassArchive } from '../../src/db/offline-import.js';
import { createLogger } from '../../src/logger.js';
import { bulkLoad } from '../../src/ingest/bulk.js';
import { emptyListMarker } from '../../src/ingest/import-csv.js';
import { finishOfflineLoad, importPlans } from '../../src/ingest/offline-load.js';
import { dateProps, planGraph, type GraphPlan } from '../../src/ingest/plan.js';
import { readSeeds } from '../../src/ingest/read.js';
import { SEEDS_DIR } from '../../src/ingest/seed.js';
import { startServer, type RunningServer } from '../../src/service/server.js';
import {
  DefaultPathDocument,
  QuotesOfOrganizationDocument,
  SignaturesOnDayDocument,
  TreatyStatusDocument,
} from '../generated/operations.js';

const CONVENTION = 'treaty:un-cybercrime-convention';
const doc = 'doc:synthetic-offline-edge-cases';
const person = 'person:synthetic-offline-edge-cases';

/** Values a CSV cell carries badly or not at all, beside the seeds' own: what the import must get exactly right. */
const EDGE_CASES: GraphPlan = {
  nodes: [
    {
      label: 'Document',
      id: doc,
      props: {
        name: 'Synthetic "offline" document, with a comma',
        title: 'Two lines:\nthe second',
        confidence: 'stated',
        sourceIds: [],
        aliases: ['', 'a, "quoted" alias'],
        pages: 0.1,
        large: 1e21,
        negative: -3,
        draft: false,
        empty: '',
        missing: null,
        ...dateProps('publishedOn', '2025-10'),
      },
    },
    {
      label: 'Person',
      id: person,
      props: { name: 'Synthetic Person', confidence: 'stated', sourceIds: [doc], aliases: [], note: 'tab\there' },
    },
  ],
  rels: [
    { from: person, type: 'CITES', to: doc, props: {} },
    { from: doc, type: 'NAMES', to: person, props: { sourceIds: [], role: 'line\r\nbreak' } },
  ],
};

const seedPlan = (): GraphPlan => planGraph(readSeeds(SEEDS_DIR));

/** Every node and relationship with its labels, type and properties, each value tagged with its Neo4j type. */
async function dump(db: Database): Promise<unknown> {
  const tag = (value: unknown): unknown => {
    if (value === null) return null;
    if (neo4j.isInt(value)) return { integer: value.toString() };
    if (neo4j.isDate(value as object)) return { date: String(value) };
    if (Array.isArray(value)) return { list: value.map(tag) };
    if (typeof value === 'number') return { float: Object.is(value, -0) ? '-0' : String(value) };
    return value;
  };
  const props = (p: Record<string, unknown>): [string, unknown][] =>
    Object.entries(p)
      .map(([k, v]): [string, unknown] => [k, tag(v)])
      .sort(([a], [b]) => a.localeCompare(b));
  const nodes = await db.read<{ labels: string[]; p: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id',
  );
  const rels = await db.read<{ from: string; type: string; to: string; p: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p ORDER BY from, type, to',
  );
  return {
    nodes: nodes.map((n) => ({ labels: [...n.labels].sort(), props: props(n.p) })),
    rels: rels.map((r) => ({ from: r.from, type: r.type, to: r.to, props: props(r.p) })),
  };
}

/** Research questions over HTTP, answered by one server: the answers, without the release stamp. */
async function answers(server: RunningServer): Promise<unknown[]> {
  const ask = async <R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<unknown> => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document as DocumentNode), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  return [
    await ask(TreatyStatusDocument, { id: CONVENTION, asOf: '2026-12-01' }),
    await ask(SignaturesOnDayDocument, { treaty: CONVENTION, on: '2025-10-25' }),
    await ask(QuotesOfOrganizationDocument, { organization: 'org:unodc', first: 100 }),
    await ask(DefaultPathDocument, { from: 'person:ghada-waly', to: 'state:VNM' }),
  ];
}

describe('a first load through the offline importer', () => {
  let storeDir: string;
  let embedded: EmbeddedNeo4j;
  let db: Database;
  let server: RunningServer;
  let plans: GraphPlan[];
  let imported: unknown;
  let importedAnswers: unknown[];

  beforeAll(async () => {
    storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-offline-'));
    // Two parts, as the bench writes a large graph: each part's files carry their own headers.
    plans = [seedPlan(), EDGE_CASES];
    const summary = await importPlans(storeDir, plans);
    expect(summary.nodes).toBe(plans.reduce((sum, p) => sum + p.nodes.length, 0));
    embedded = await startEmbeddedNeo4j({ storeDir, port: 0, heap: '512m', pageCache: '128m' });
    db = Database.connect({
      uri: embedded.uri,
      username: 'neo4j',
      password: '',
      database: undefined,
      transactionTimeoutMs: 60_000,
      logger: createLogger('silent'),
    });
    const finish = await finishOfflineLoad(db, summary.leftovers);
    expect(finish.leftovers).toBeGreaterThan(0);
    imported = await dump(db);
    server = await startServer({ ...loadConfig({}), neo4jUri: embedded.uri, port: 0 }, db, createLogger('silent'));
    importedAnswers = await answers(server);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
    await embedded?.stop();
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('keeps every value the CSV cannot carry as the driver would have written it, and leaves no marker behind', async () => {
    const [row] = await db.read<{ d: Record<string, unknown>; p: Record<string, unknown>; role: string; relSources: unknown }>(
      `MATCH (d:Entity:Document {id: $doc})-[r:NAMES]->(p:Entity:Person {id: $person})
       RETURN properties(d) AS d, properties(p) AS p, r.role AS role, r.sourceIds AS relSources`,
      { doc, person },
    );
    expect(row!.d).toMatchObject({
      name: 'Synthetic "offline" document, with a comma',
      title: 'Two lines:\nthe second',
      sourceIds: [],
      aliases: ['', 'a, "quoted" alias'],
      pages: 0.1,
      large: 1e21,
      negative: -3,
      draft: false,
      empty: '',
      publishedOn: '2025-10',
    });
    expect(String(row!.d.publishedOnFirst)).toBe('2025-10-01');
    expect(row!.d).not.toHaveProperty('missing');
    expect(row!.p).toMatchObject({ aliases: [], note: 'tab\there', sourceIds: [doc] });
    expect(row!.role).toBe('line\r\nbreak');
    expect(row!.relSources).toEqual([]);
    const markers = await db.read<{ keys: string[] }>('MATCH (n) UNWIND keys(n) AS key WITH DISTINCT key RETURN collect(key) AS keys');
    expect(markers[0]!.keys.filter((key) => key.startsWith(emptyListMarker('')))).toEqual([]);
  });

  it('starts the importer from a class archive made once per launcher build, not once per import', async () => {
    expect(existsSync(IMPORTER_CLASS_ARCHIVE)).toBe(true);
    const made = statSync(IMPORTER_CLASS_ARCHIVE).mtimeMs;
    expect(made).toBeGreaterThanOrEqual(statSync(LAUNCHER_BUILT_MARKER).mtimeMs);
    await ensureImporterClassArchive();
    expect(statSync(IMPORTER_CLASS_ARCHIVE).mtimeMs).toBe(made);
  });

  it('gives a graph a second load of the same plans does not change', async () => {
    let created = 0;
    for (const plan of plans) {
      const summary = await bulkLoad(db, plan);
      created += summary.nodesCreated + summary.relationshipsCreated;
    }
    expect(created).toBe(0);
    expect(await dump(db)).toEqual(imported);
  });

  it('gives the same graph, and the same answers over GraphQL, as the transactional bulk path', async () => {
    await db.write('MATCH (n) DETACH DELETE n');
    for (const plan of plans) await bulkLoad(db, plan);
    expect(await dump(db)).toEqual(imported);
    expect(await answers(server)).toEqual(importedAnswers);
    const status = importedAnswers[0] as { treaty: { status: { signatoryCount: number } } };
    expect(status.treaty.status.signatoryCount).toBeGreaterThan(70);
  });
});

describe('an offline import that cannot be done', () => {
  it('refuses a relationship to an id that is not imported, and leaves the store without a database', async () => {
    const storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-offline-bad-'));
    try {
      const bad: GraphPlan = { nodes: EDGE_CASES.nodes, rels: [{ from: person, type: 'CITES', to: 'doc:synthetic-missing', props: {} }] };
      await expect(importPlans(storeDir, [bad])).rejects.toThrow(EmbeddedNeo4jError);
      expect(existsSync(databaseDir(storeDir))).toBe(false);
      // What was written to import is gone too.
      expect(readdirSync(storeDir).filter((name) => name.startsWith('import-'))).toEqual([]);
    } finally {
      rmSync(storeDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses an id planned twice before it starts the importer', async () => {
    const storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-offline-twice-'));
    try {
      await expect(importPlans(storeDir, [EDGE_CASES, { nodes: EDGE_CASES.nodes.slice(0, 1), rels: [] }])).rejects.toThrow(/planned twice/);
    } finally {
      rmSync(storeDir, { recursive: true, force: true });
    }
  });
});
