import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import neo4j from 'neo4j-driver';

import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrations.js';
import type { Logger } from '../../src/logger.js';
import { bulkLoad } from '../../src/ingest/bulk.js';
import { finishOfflineLoad, importPlans, type OfflineImportSummary } from '../../src/ingest/offline-load.js';
import { startServer } from '../../src/service/server.js';
import { FLOOR, FloorDb, type Vars } from './floor.cypher.js';
import { startFloorServer, type FloorServer } from './floor.server.js';
import { SCALES, SyntheticGraphGenerator, type BenchPicks, type ScaleName } from './generate.js';
import { clearGraph, graphSize, neo4jVersion } from './graph.cypher.js';
import { summarize, type LoadJob, type LoadResult, type LoadRunner } from './load.js';
import { CpuSampler, loadAverage, processCpuSeconds } from './machine.js';
import { RssSampler } from '../process-memory.js';
import { startPeerServer } from './peer.js';
import type { BenchQuery } from './queries.js';
import type { CandidateName, QueryRow, ScaleReport } from './report.js';

/** The API's default transaction timeout; the bench measures queries under the same guard. */
const BENCH_TRANSACTION_TIMEOUT_MS = 30_000;

export interface BenchSettings {
  concurrency: number;
  warmupMs: number;
  /** Measured time per query and way, split over the rounds. */
  durationMs: number;
  rounds: number;
  seed: number;
  /** Variables on which the ways' answers are compared before timing. */
  checks: number;
  /** An external Neo4j instead of an embedded one on a temporary store. */
  external?: { uri: string; username: string; password: string; database: string | undefined };
  /**
   * How the graph gets in: Neo4j's offline importer into the empty embedded store (the first-load
   * path), or the transactional bulk path (the only one for an external Neo4j).
   */
  load: LoadWay;
}

export type LoadWay = 'import' | 'bulk';

/** Enough memory that the largest graph's store stays in the page cache, as it would in production. */
const MEMORY: Record<ScaleName, { heap: string; pageCache: string }> = {
  '10k': { heap: '1g', pageCache: '512m' },
  '100k': { heap: '1g', pageCache: '1g' },
  '1M': { heap: '2g', pageCache: '2g' },
};

interface Store {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  memory: string;
  /** The embedded Neo4j's process, whose CPU time the report gives. */
  pid: number | undefined;
  /** How long the embedded Neo4j took to start (0 for an external one). */
  startMs: number;
  /** `ours` is true once the store holds only what this run loaded: only then may it be cleared. */
  close(db: Database, ours: boolean): Promise<void>;
}

/** Opens the store; `beforeStart` fills an embedded one while no Neo4j runs on it yet. */
async function openStore(
  scale: ScaleName,
  settings: BenchSettings,
  progress: (line: string) => void,
  beforeStart?: (storeDir: string) => Promise<void>,
): Promise<Store> {
  if (settings.external !== undefined) {
    const external = settings.external;
    return {
      ...external,
      memory: 'external',
      pid: undefined,
      startMs: 0,
      async close(db, ours) {
        try {
          if (ours) await clearGraph(db.driver, external.database);
        } finally {
          await db.close();
        }
      },
    };
  }
  const storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-bench-'));
  let embedded: EmbeddedNeo4j;
  let startMs: number;
  try {
    await beforeStart?.(storeDir);
    ({ embedded, startMs } = await startUntilFirstAnswer(storeDir, scale, progress));
  } catch (error) {
    rmSync(storeDir, { recursive: true, force: true });
    throw error;
  }
  return {
    uri: embedded.uri,
    username: 'neo4j',
    password: '',
    database: undefined,
    memory: `embedded, heap ${MEMORY[scale].heap}, page cache ${MEMORY[scale].pageCache}`,
    pid: embedded.pid,
    startMs,
    async close(db) {
      await db.close();
      await embedded.stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** Whether our schema has every coordinate (Type.field) a query needs. */
export function hasCoordinates(schema: GraphQLSchema, needs: readonly string[]): boolean {
  return needs.every((coordinate) => {
    const [typeName, field] = coordinate.split('.') as [string, string];
    const type = schema.getType(typeName);
    return isObjectType(type) && type.getFields()[field] !== undefined;
  });
}

async function postJson(url: string, body: unknown): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

function postGraphQL(url: string, query: string, variables: Vars): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  return postJson(url, { query, variables });
}

/** The ways a question is asked, and where each is served. */
interface Urls {
  ours: string;
  peer: string;
  floor: FloorServer;
}

/** Asks every way the same questions and says whether their answers agree. */
async function compareAnswers(
  query: BenchQuery,
  variables: Vars[],
  urls: Urls,
  floorDb: () => FloorDb,
): Promise<{ agreement: string; peerError?: string }> {
  const differences: string[] = [];
  let peerError: string | undefined;
  for (const vars of variables) {
    const ours = await postGraphQL(urls.ours, query.ours.document, vars);
    if (ours.errors !== undefined) return { agreement: `ours failed: ${ours.errors[0]?.message}` };
    const expected = JSON.stringify(query.ours.answer(ours.data));
    const floor = JSON.stringify(query.floor.answer(await FLOOR[query.floor.query](floorDb(), vars), vars));
    if (floor !== expected)
      differences.push(`floor differs for ${JSON.stringify(vars)}: ${floor.slice(0, 200)} vs ours ${expected.slice(0, 200)}`);
    const served = await postJson(urls.floor.url(query.floor.query), { variables: vars });
    const floorHttp = JSON.stringify(query.floor.answer(served.data, vars));
    if (floorHttp !== expected) {
      differences.push(`floor over HTTP differs for ${JSON.stringify(vars)}: ${floorHttp.slice(0, 200)} vs ours ${expected.slice(0, 200)}`);
    }
    if ('document' in query.peer && peerError === undefined) {
      const peer = await postGraphQL(urls.peer, query.peer.document, query.peer.variables?.(vars) ?? vars);
      if (peer.errors !== undefined) peerError = `failed: ${peer.errors[0]?.message}`;
      else {
        const answer = JSON.stringify(query.peer.answer(peer.data));
        if (answer !== expected)
          differences.push(`peer differs for ${JSON.stringify(vars)}: ${answer.slice(0, 200)} vs ours ${expected.slice(0, 200)}`);
      }
    }
  }
  return {
    agreement: differences.length === 0 ? `yes (${variables.length})` : `NO: ${differences[0]}`,
    ...(peerError === undefined ? {} : { peerError }),
  };
}

export interface ScaleContext {
  settings: BenchSettings;
  queries: readonly BenchQuery[];
  ourSchema: GraphQLSchema;
  runner: LoadRunner;
  logger: Logger;
  progress: (line: string) => void;
}

/**
 * Starts the embedded Neo4j and times it until it has answered a first query: a new JVM's first query
 * loads and compiles the Cypher stack (about 1.3 s), which the transactional path pays in its
 * migrations on the empty store, before its timer starts. Timing both starts this way (on the imported
 * store and on an empty one) keeps that cost out of the imported store's load, as it is out of the
 * transactional one.
 */
async function startUntilFirstAnswer(
  storeDir: string,
  scale: ScaleName,
  progress: (line: string) => void,
): Promise<{ embedded: EmbeddedNeo4j; startMs: number }> {
  const started = performance.now();
  const embedded = await startEmbeddedNeo4j({
    storeDir,
    port: 0,
    ...MEMORY[scale],
    transactionTimeoutSeconds: BENCH_TRANSACTION_TIMEOUT_MS / 1000,
    progress,
  });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', ''));
  try {
    await driver.executeQuery('RETURN 1');
    return { embedded, startMs: performance.now() - started };
  } catch (error) {
    await embedded.stop();
    throw error;
  } finally {
    await driver.close();
  }
}

/** How long the embedded Neo4j takes to start on an empty store of this scale's settings. */
async function timeEmptyStart(scale: ScaleName, progress: (line: string) => void): Promise<number> {
  const storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-bench-empty-'));
  try {
    const { embedded, startMs } = await startUntilFirstAnswer(storeDir, scale, progress);
    await embedded.stop();
    return startMs;
  } finally {
    rmSync(storeDir, { recursive: true, force: true });
  }
}

function sampleMemory(neo4jPid: number | undefined): () => { app: number | undefined; neo4j: number | undefined } {
  const app = new RssSampler('self');
  const neo4jRss = neo4jPid === undefined ? undefined : new RssSampler(neo4jPid);
  return () => ({ app: app.stop(), neo4j: neo4jRss?.stop() });
}

function maxOf(...values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === 0 ? undefined : Math.max(...known);
}

/** One scale end to end: a fresh store, the synthetic graph loaded, the ways timed side by side. */
export async function runScale(scale: ScaleName, context: ScaleContext): Promise<ScaleReport & { neo4jVersion: string }> {
  const { settings, progress, logger } = context;
  const way: LoadWay = settings.external === undefined ? settings.load : 'bulk';
  const generator = new SyntheticGraphGenerator(SCALES[scale], settings.seed);
  const appMemory = new RssSampler('self');
  let imported: { summary: OfflineImportSummary; importer: CpuSampler | undefined } | undefined;
  const importFirst = async (storeDir: string): Promise<void> => {
    let importer: CpuSampler | undefined;
    const summary = await importPlans(storeDir, generator.parts(), {
      heap: MEMORY[scale].heap,
      onStart: (pid) => (importer = new CpuSampler(pid)),
    });
    importer?.stop();
    imported = { summary, importer };
    progress(`${scale}: imported ${summary.nodes + summary.relationships} facts offline`);
  };
  const emptyStartMs = way === 'import' ? await timeEmptyStart(scale, progress) : 0;
  const store = await openStore(scale, settings, progress, way === 'import' ? importFirst : undefined);
  const db = Database.connect({
    uri: store.uri,
    username: store.username,
    password: store.password,
    database: store.database,
    transactionTimeoutMs: BENCH_TRANSACTION_TIMEOUT_MS,
    logger,
  });
  let storeIsOurs = false;
  try {
    await db.verify();
    const load: ScaleReport['load'] = {
      way,
      facts: 0,
      ms: 0,
      transactions: 0,
      factsPerSecond: 0,
      neo4jCpuSeconds: Number.NaN,
      neo4jJitSeconds: Number.NaN,
      loaderCpuSeconds: 0,
    };
    const neo4jMemory = store.pid === undefined ? undefined : new RssSampler(store.pid);
    const neo4jCpuBefore = store.pid === undefined ? undefined : processCpuSeconds(store.pid);
    const neo4jWorkBefore = store.pid === undefined ? undefined : processCpuSeconds(store.pid, { withoutJit: true });
    if (imported === undefined) {
      const before = await graphSize(db);
      if (before.nodes > 0) {
        throw new Error(`the database at ${store.uri} is not empty (${before.nodes} nodes): the benchmark needs an empty one`);
      }
      storeIsOurs = true;
      await migrate(db);
      // 1. The graph, part by part through the transactional bulk path.
      for (const part of generator.parts()) {
        const loaderCpu = process.cpuUsage();
        const summary = await bulkLoad(db, part, {
          progress: (done, total) => {
            if (done === total) progress(`${scale}: loaded ${load.facts + done} facts`);
          },
        });
        load.facts += summary.nodes + summary.relationships;
        load.ms += summary.ms;
        load.transactions += summary.transactions;
        const used = process.cpuUsage(loaderCpu);
        load.loaderCpuSeconds += (used.user + used.system) / 1e6;
      }
    } else {
      // 1. The graph imported offline before Neo4j started; now its constraints, indexes and leftovers.
      storeIsOurs = true;
      const { summary, importer } = imported;
      const finish = await finishOfflineLoad(db, summary.leftovers);
      load.facts = summary.nodes + summary.relationships;
      load.phases = {
        csvMs: summary.csvMs,
        importMs: summary.importMs,
        startMs: store.startMs,
        emptyStartMs,
        indexMs: finish.indexMs,
        leftoverMs: finish.leftoverMs,
        leftovers: finish.leftovers,
      };
      // The transactional path is timed on a running Neo4j, whose start on the empty store it does not
      // count; of this start, what the imported graph adds over that one counts.
      load.ms = summary.csvMs + summary.importMs + Math.max(0, store.startMs - emptyStartMs) + finish.indexMs + finish.leftoverMs;
      load.loaderCpuSeconds = summary.csvCpuMs / 1000;
      load.importerCpuSeconds = importer?.seconds;
      load.importerJitSeconds = importer === undefined ? undefined : importer.seconds - importer.withoutJitSeconds;
    }
    const neo4jCpuAfter = store.pid === undefined ? undefined : processCpuSeconds(store.pid);
    const neo4jWorkAfter = store.pid === undefined ? undefined : processCpuSeconds(store.pid, { withoutJit: true });
    if (neo4jCpuBefore !== undefined && neo4jCpuAfter !== undefined && neo4jWorkBefore !== undefined && neo4jWorkAfter !== undefined) {
      load.neo4jCpuSeconds = neo4jCpuAfter - neo4jCpuBefore;
      load.neo4jJitSeconds = load.neo4jCpuSeconds - (neo4jWorkAfter - neo4jWorkBefore);
    }
    load.factsPerSecond = (load.facts / load.ms) * 1000;
    const memoryWhileLoading = {
      app: appMemory.stop(),
      neo4j: maxOf(neo4jMemory?.stop(), imported?.importer?.peakRssMiB),
    };
    const version = await neo4jVersion(db);
    const size = await graphSize(db);
    if (size.nodes + size.relationships !== load.facts) {
      throw new Error(`loaded ${load.facts} facts but the graph holds ${size.nodes + size.relationships}`);
    }
    await db.write('CALL db.awaitIndexes(300)');
    progress(`${scale}: ${size.nodes} nodes, ${size.relationships} relationships at ${Math.round(load.factsPerSecond)} facts/s`);
    const picks = generator.picks();

    // 2. Ours, the peer and the floor over HTTP, each on its own port and driver.
    // No per-client budget: every benchmark request comes from one address, on purpose.
    const config = { ...loadConfig({ PORT: '0', LOG_LEVEL: 'warn', TREATY_GRAPH_BUDGET: '0' }), neo4jUri: store.uri };
    const ours = await startServer(config, db, logger);
    const peerDriver = neo4j.driver(store.uri, neo4j.auth.basic(store.username, store.password), { maxConnectionPoolSize: 50 });
    const peer = await startPeerServer(peerDriver);
    const floorDriver = neo4j.driver(store.uri, neo4j.auth.basic(store.username, store.password), { maxConnectionPoolSize: 50 });
    const floor = await startFloorServer(floorDriver, store.database);
    const urls: Urls = { ours: `http://127.0.0.1:${ours.port}/graphql`, peer: peer.url, floor };
    const loadBefore = loadAverage();
    const rows: QueryRow[] = [];
    const queryMemory = sampleMemory(store.pid);
    let memoryWhileAsking: { app: number | undefined; neo4j: number | undefined } | undefined;
    try {
      for (const query of context.queries) {
        rows.push(await measureQuery(query, picks, urls, store, db, context));
      }
    } finally {
      memoryWhileAsking = queryMemory();
      await ours.close();
      await peer.close();
      await peerDriver.close();
      await floor.close();
      await floorDriver.close();
    }
    return {
      scale,
      nodes: size.nodes,
      relationships: size.relationships,
      load,
      neo4jMemory: store.memory,
      peakRss: { load: memoryWhileLoading, queries: memoryWhileAsking },
      loadAverage: { before: loadBefore, after: loadAverage() },
      rows,
      neo4jVersion: version,
    };
  } finally {
    await store.close(db, storeIsOurs);
  }
}

async function measureQuery(
  query: BenchQuery,
  picks: BenchPicks,
  urls: Urls,
  store: Store,
  db: Database,
  context: ScaleContext,
): Promise<QueryRow> {
  const { settings, progress } = context;
  const row: QueryRow = { key: query.key, title: query.title, indexed: query.indexed };
  if (!hasCoordinates(context.ourSchema, query.needs)) {
    return { ...row, skipped: `not in the API yet (${query.needs.join(', ')})` };
  }
  const variables = Array.from({ length: 256 }, (_, i) => query.variables(picks, i));
  const checked = await compareAnswers(query, variables.slice(0, settings.checks), urls, () => new FloorDb(db.driver, store.database));
  row.agreement = checked.agreement;
  if ('unsupported' in query.peer) row.peerNote = query.peer.unsupported;
  else if (checked.peerError !== undefined) row.peerNote = checked.peerError;

  const timing = { concurrency: settings.concurrency, warmupMs: settings.warmupMs, durationMs: settings.durationMs / settings.rounds };
  const jobs: Partial<Record<CandidateName, (offset: number) => LoadJob>> = {
    ours: (offset) => ({
      kind: 'http',
      url: urls.ours,
      bodies: variables.map((v) => JSON.stringify({ query: query.ours.document, variables: v })),
      ...timing,
      offset,
    }),
    floor: (offset) => ({
      kind: 'http',
      url: urls.floor.url(query.floor.query),
      bodies: variables.map((v) => JSON.stringify({ variables: v })),
      ...timing,
      offset,
    }),
    driver: (offset) => ({
      kind: 'floor',
      uri: store.uri,
      username: store.username,
      password: store.password,
      database: store.database,
      query: query.floor.query,
      variables,
      ...timing,
      offset,
    }),
  };
  if ('document' in query.peer && checked.peerError === undefined) {
    const peerQuery = query.peer;
    jobs.peer = (offset) => ({
      kind: 'http',
      url: urls.peer,
      bodies: variables.map((v) => JSON.stringify({ query: peerQuery.document, variables: peerQuery.variables?.(v) ?? v })),
      ...timing,
      offset,
    });
  }
  const results: Partial<Record<CandidateName, LoadResult[]>> = {};
  const order = Object.keys(jobs) as CandidateName[];
  // Unmeasured: plans cached and code paths compiled for every way before any round counts.
  for (const candidate of order) {
    progress(`  ${query.title}: ${candidate}, warming up`);
    await context.runner.run({ ...jobs[candidate]!(0), warmupMs: 0, durationMs: settings.warmupMs });
  }
  for (let round = 0; round < settings.rounds; round++) {
    // Each round starts with a different way, so drift on a shared machine does not favour one.
    const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
    for (const candidate of rotated) {
      progress(`  ${query.title}: ${candidate}, round ${round + 1}/${settings.rounds}`);
      const result = await context.runner.run(jobs[candidate]!(round * 97), store.pid);
      (results[candidate] ??= []).push(result);
    }
  }
  for (const candidate of order) row[candidate] = summarize(results[candidate]!);
  return row;
}
