import type { ManagedTransaction } from 'neo4j-driver';

import type { Database } from '../db/database.js';
import type { EntityLabel } from '../model/labels.js';
import type { RelationshipType } from '../model/relationships.js';
import type { GraphPlan, NodeRow, RelRow } from './plan.js';

/** A bulk load may take minutes on a busy machine; one batch must not hit the per-request timeout. */
export const BULK_TIMEOUT_MS = 10 * 60_000;

/** Rows per UNWIND: large enough to amortise a round trip and a commit, small enough for a modest heap. */
export const BULK_BATCH = 5000;

/** MERGEs nodes of one label on their id; the label comes from the fixed list of entity labels, never from input. */
export async function mergeNodes(tx: ManagedTransaction, label: EntityLabel, rows: readonly NodeRow[]): Promise<void> {
  await tx.run(`UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label} SET n += row.props`, {
    rows: rows.map(({ id, props }) => ({ id, props })),
  });
}

/**
 * MERGEs relationships of one type between existing nodes; throws when an end is missing, since a
 * MATCH that finds nothing would otherwise drop the relationship silently.
 */
export async function mergeRelationships(tx: ManagedTransaction, type: RelationshipType, rows: readonly RelRow[]): Promise<void> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:${type}]->(b) SET r += row.props
     RETURN count(r) AS written`,
    { rows: rows.map(({ from, to, props }) => ({ from, to, props })) },
  );
  checkWritten(type, rows.length, result.records[0]?.get('written'));
}

function checkWritten(type: RelationshipType, wanted: number, value: unknown): void {
  const written = (value as { toNumber(): number } | undefined)?.toNumber() ?? 0;
  if (written !== wanted) {
    throw new Error(`${wanted - written} ${type} relationship(s) point to ids that are not in the graph`);
  }
}

/** The ids of these that the graph already holds, read inside the writing transaction. */
export async function existingIds(tx: ManagedTransaction, ids: readonly string[]): Promise<Set<string>> {
  const result = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN collect(id) AS found', { ids });
  return new Set((result.records[0]?.get('found') as string[] | undefined) ?? []);
}

/**
 * CREATEs nodes whose ids the graph does not hold: no MERGE lookup and lock per row. A concurrent
 * writer that created one of these ids first makes the uniqueness constraint fail the transaction
 * rather than duplicate the node.
 */
export async function createNodes(tx: ManagedTransaction, label: EntityLabel, rows: readonly NodeRow[]): Promise<void> {
  await tx.run(`UNWIND $rows AS row CREATE (n:Entity:${label} {id: row.id}) SET n += row.props`, {
    rows: rows.map(({ id, props }) => ({ id, props })),
  });
}

/** CREATEs relationships known to be new (an end was created by this load); throws when an end is missing. */
export async function createRelationships(tx: ManagedTransaction, type: RelationshipType, rows: readonly RelRow[]): Promise<void> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
     CREATE (a)-[r:${type}]->(b) SET r += row.props
     RETURN count(r) AS written`,
    { rows: rows.map(({ from, to, props }) => ({ from, to, props })) },
  );
  checkWritten(type, rows.length, result.records[0]?.get('written'));
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Node batches in flight at once: their ids are distinct, so they never wait on each other's locks. */
export const BULK_NODE_PARALLELISM = 2;

export interface BulkOptions {
  batchSize?: number;
  /** Node batches in flight at once (default BULK_NODE_PARALLELISM). */
  nodeParallelism?: number;
  progress?: (done: number, total: number) => void;
}

export interface BulkSummary {
  nodes: number;
  relationships: number;
  /** Of the nodes, those the graph lacked and which were CREATEd rather than MERGEd. */
  nodesCreated: number;
  /** Of the relationships, those with an end created by this load, CREATEd rather than MERGEd. */
  relationshipsCreated: number;
  transactions: number;
  ms: number;
}

/** Runs tasks with at most `limit` in flight; the first failure rejects once the others have settled. */
async function inParallel(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]!();
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, lane));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/**
 * Loads a plan too large for one transaction: one write transaction per batch of one label or type,
 * all nodes before any relationship. What the graph lacks is CREATEd, which skips MERGE's lookup and
 * lock per row: each node batch first reads which of its ids exist (inside its own transaction), and a
 * relationship with an end this load created cannot exist yet. Everything else is MERGEd on ids as
 * applyPlan does, so a load cut short is finished by running it again, and a second run creates
 * nothing. An id planned twice is MERGEd in plan order, after the rest. Unlike applyPlan it neither
 * compares with the graph first nor is all-or-nothing: it is for data sets that are rebuilt, not curated.
 */
export async function bulkLoad(db: Database, plan: GraphPlan, options: BulkOptions = {}): Promise<BulkSummary> {
  const size = options.batchSize ?? BULK_BATCH;
  const started = performance.now();
  const total = plan.nodes.length + plan.rels.length;
  let done = 0;
  let transactions = 0;
  const run = async <R>(work: (tx: ManagedTransaction) => Promise<R>, rows: number): Promise<R> => {
    const result = await db.writeTransaction(work, BULK_TIMEOUT_MS);
    transactions += 1;
    done += rows;
    options.progress?.(done, total);
    return result;
  };

  const plannedTimes = new Map<string, number>();
  for (const node of plan.nodes) plannedTimes.set(node.id, (plannedTimes.get(node.id) ?? 0) + 1);
  const once = plan.nodes.filter((node) => plannedTimes.get(node.id) === 1);
  const repeated = plan.nodes.filter((node) => plannedTimes.get(node.id) !== 1);
  // Recorded only once a batch has committed: a retried transaction runs its work again.
  const created = new Set<string>();
  const nodeTasks = [...groupBy(once, (n) => n.label)].flatMap(([label, rows]) =>
    chunks(rows, size).map((batch) => async () => {
      const fresh = await run(async (tx) => {
        const found = await existingIds(
          tx,
          batch.map((n) => n.id),
        );
        const missing = batch.filter((n) => !found.has(n.id));
        if (missing.length > 0) await createNodes(tx, label, missing);
        if (found.size > 0)
          await mergeNodes(
            tx,
            label,
            batch.filter((n) => found.has(n.id)),
          );
        return missing;
      }, batch.length);
      for (const node of fresh) created.add(node.id);
    }),
  );
  await inParallel(nodeTasks, options.nodeParallelism ?? BULK_NODE_PARALLELISM);
  for (const [label, rows] of groupBy(repeated, (n) => n.label)) {
    for (const batch of chunks(rows, size)) await run((tx) => mergeNodes(tx, label, batch), batch.length);
  }

  const relKey = (r: RelRow): string => `${r.from}\u0000${r.type}\u0000${r.to}`;
  const relTimes = new Map<string, number>();
  for (const rel of plan.rels) relTimes.set(relKey(rel), (relTimes.get(relKey(rel)) ?? 0) + 1);
  let relationshipsCreated = 0;
  for (const [type, rows] of groupBy(plan.rels, (r) => r.type)) {
    // A relationship planned twice is MERGEd, so that it is written once.
    const isNew = (r: RelRow): boolean => (created.has(r.from) || created.has(r.to)) && relTimes.get(relKey(r)) === 1;
    const fresh = rows.filter(isNew);
    const rest = rows.filter((r) => !isNew(r));
    relationshipsCreated += fresh.length;
    for (const batch of chunks(fresh, size)) await run((tx) => createRelationships(tx, type, batch), batch.length);
    for (const batch of chunks(rest, size)) await run((tx) => mergeRelationships(tx, type, batch), batch.length);
  }
  return {
    nodes: plan.nodes.length,
    relationships: plan.rels.length,
    nodesCreated: created.size,
    relationshipsCreated,
    transactions,
    ms: performance.now() - started,
  };
}
