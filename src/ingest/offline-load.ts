import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import type { Database } from '../db/database.js';
import { importIntoEmptyStore, type OfflineImportOptions } from '../db/offline-import.js';
import { migrate } from '../db/migrations.js';
import { BULK_BATCH, BULK_TIMEOUT_MS, chunks, groupBy } from './bulk.js';
import { ARRAY_DELIMITER, ImportCsvWriter, emptyListMarker, type Leftovers } from './import-csv.js';
import type { GraphPlan } from './plan.js';

/** Below this many facts the importer runs for seconds, and its JVM's quick compiler alone is cheaper (see quickCompiler). */
const QUICK_COMPILER_BELOW = 1_000_000;

export interface OfflineImportSummary {
  nodes: number;
  relationships: number;
  /** Writing the CSV, generating the plans aside: wall time, and this process's CPU time. */
  csvMs: number;
  csvCpuMs: number;
  /** The importer, its JVM start included. */
  importMs: number;
  /** Values the CSV could not carry, set through Cypher by finishOfflineLoad. */
  leftovers: Leftovers;
  importerSummary: string[];
}

/**
 * The first half of a first load into an empty embedded store, before Neo4j starts on it: the plans
 * (one or many parts) written as typed CSV beside the store, imported, and the CSV removed. Neo4j's
 * offline importer builds store files directly, many times faster than transactions can, but only
 * into a store that holds no database; for a graph that holds data, bulkLoad stays, and a bulkLoad of
 * the same plans after an import changes nothing.
 */
export async function importPlans(
  storeDir: string,
  plans: Iterable<GraphPlan>,
  options: Pick<OfflineImportOptions, 'heap' | 'offHeap' | 'onStart' | 'progress'> = {},
): Promise<OfflineImportSummary> {
  mkdirSync(storeDir, { recursive: true });
  const csvDir = mkdtempSync(path.join(storeDir, 'import-csv-'));
  try {
    const writer = new ImportCsvWriter(csvDir);
    let csvMs = 0;
    let csvCpuMs = 0;
    for (const plan of plans) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      writer.write(plan);
      const used = process.cpuUsage(cpu);
      csvCpuMs += (used.user + used.system) / 1000;
      csvMs += performance.now() - started;
    }
    const imported = await importIntoEmptyStore({
      storeDir,
      nodes: writer.files.nodes,
      relationships: writer.files.relationships,
      arrayDelimiter: ARRAY_DELIMITER,
      quickCompiler: writer.nodes + writer.relationships < QUICK_COMPILER_BELOW,
      ...options,
    });
    return {
      nodes: writer.nodes,
      relationships: writer.relationships,
      csvMs,
      csvCpuMs,
      importMs: imported.ms,
      leftovers: writer.leftovers,
      importerSummary: imported.summary,
    };
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

export interface FinishSummary {
  /** Creating the constraints and indexes over the imported graph, until every index is online. */
  indexMs: number;
  /** Setting what the CSV could not carry. */
  leftoverMs: number;
  /** How many values that was, empty lists included. */
  leftovers: number;
}

/**
 * The second half, once Neo4j runs on the imported store. First the empty lists, by their markers: one
 * pass over the graph for each key, before any index exists that every write would have to update.
 * Then the migrations, which build every constraint and index over the imported graph (and check its
 * ids once more). Last anything else the CSV could not carry, matched on ids the new index serves.
 */
export async function finishOfflineLoad(db: Database, leftovers: Leftovers): Promise<FinishSummary> {
  const started = performance.now();
  // Keys come from the plan's code and are checked, never from input.
  const emptyLists =
    (await replaceMarkers(db, '(x:Entity)', [...leftovers.emptyLists.nodes].sort())) +
    (await replaceMarkers(db, '()-[x]->()', [...leftovers.emptyLists.relationships].sort()));
  const marked = performance.now();
  await migrate(db, { timeoutMs: BULK_TIMEOUT_MS });
  const indexed = performance.now();
  for (const batch of chunks(leftovers.nodes, BULK_BATCH)) {
    await db.writeTransaction(
      (tx) => tx.run('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.props', { rows: batch }),
      BULK_TIMEOUT_MS,
    );
  }
  for (const [type, rows] of groupBy(leftovers.relationships, (r) => r.type)) {
    for (const batch of chunks(rows, BULK_BATCH)) {
      await db.writeTransaction(
        (tx) =>
          tx.run(`UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r:${type}]->(:Entity {id: row.to}) SET r += row.props`, {
            rows: batch,
          }),
        BULK_TIMEOUT_MS,
      );
    }
  }
  return {
    indexMs: indexed - marked,
    leftoverMs: marked - started + (performance.now() - indexed),
    leftovers: leftovers.nodes.length + leftovers.relationships.length + emptyLists,
  };
}

/**
 * Sets the empty lists the importer wrote as markers, one statement per key, a batch at a time so no
 * transaction grows with the graph. Returns how many lists it set. One statement for every key (a
 * CASE per key on each matched item) was measured slower: at 100k, 3.5 s against 2.3 s for two keys,
 * since it rewrites every key of each item that has any marker.
 */
async function replaceMarkers(db: Database, pattern: string, keys: readonly string[]): Promise<number> {
  let total = 0;
  for (const key of keys) {
    const marker = `x.\`${emptyListMarker(key)}\``;
    const cypher = `MATCH ${pattern} WHERE ${marker} IS NOT NULL
       WITH x LIMIT $batch
       SET x.\`${key}\` = [] REMOVE ${marker}
       RETURN count(x) AS lists`;
    for (;;) {
      const [row] = await db.writeTransaction(
        async (tx) => (await tx.run(cypher, { batch: neo4j.int(MARKER_BATCH) })).records,
        BULK_TIMEOUT_MS,
      );
      const lists = (row?.get('lists') as { toNumber(): number } | undefined)?.toNumber() ?? 0;
      total += lists;
      if (lists < MARKER_BATCH) break;
    }
  }
  return total;
}

const MARKER_BATCH = 50_000;
