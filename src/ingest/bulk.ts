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
  const written = (result.records[0]?.get('written') as { toNumber(): number } | undefined)?.toNumber() ?? 0;
  if (written !== rows.length) {
    throw new Error(`${rows.length - written} ${type} relationship(s) point to ids that are not in the graph`);
  }
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

export interface BulkOptions {
  batchSize?: number;
  progress?: (done: number, total: number) => void;
}

export interface BulkSummary {
  nodes: number;
  relationships: number;
  transactions: number;
  ms: number;
}

/**
 * Loads a plan too large for one transaction: one write transaction per batch of one label or type,
 * all nodes before any relationship. Each batch MERGEs on ids, so a load cut short is finished by
 * running it again, and a second run creates nothing. Unlike applyPlan it neither compares with the
 * graph first nor is all-or-nothing: it is for data sets that are rebuilt, not curated.
 */
export async function bulkLoad(db: Database, plan: GraphPlan, options: BulkOptions = {}): Promise<BulkSummary> {
  const size = options.batchSize ?? BULK_BATCH;
  const started = performance.now();
  const total = plan.nodes.length + plan.rels.length;
  let done = 0;
  let transactions = 0;
  const run = async (work: (tx: ManagedTransaction) => Promise<void>, rows: number): Promise<void> => {
    await db.writeTransaction(work, BULK_TIMEOUT_MS);
    transactions += 1;
    done += rows;
    options.progress?.(done, total);
  };
  for (const [label, rows] of groupBy(plan.nodes, (n) => n.label)) {
    for (const batch of chunks(rows, size)) await run((tx) => mergeNodes(tx, label, batch), batch.length);
  }
  for (const [type, rows] of groupBy(plan.rels, (r) => r.type)) {
    for (const batch of chunks(rows, size)) await run((tx) => mergeRelationships(tx, type, batch), batch.length);
  }
  return { nodes: plan.nodes.length, relationships: plan.rels.length, transactions, ms: performance.now() - started };
}
