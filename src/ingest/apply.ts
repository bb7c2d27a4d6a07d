import neo4j, { type ManagedTransaction } from 'neo4j-driver';

import type { Database } from '../db/database.js';
import type { EntityLabel } from '../model/labels.js';
import type { RelationshipType } from '../model/relationships.js';
import { BULK_TIMEOUT_MS, chunks, groupBy, mergeNodes, mergeRelationships } from './bulk.js';
import type { GraphPlan, NodeRow, PropValue, RelRow } from './plan.js';
import { recordedTransaction, type ChangeSet, type ReleaseRecord } from './release.js';
import { relKey, storedNodes, storedRels } from './stored.js';

const BATCH = 1000;

export interface ApplySummary {
  nodesCreated: Partial<Record<EntityLabel, number>>;
  nodesUpdated: Partial<Record<EntityLabel, number>>;
  nodesUnchanged: number;
  relationshipsCreated: Partial<Record<RelationshipType, number>>;
  relationshipsUpdated: number;
  relationshipsUnchanged: number;
  dryRun: boolean;
  /** The release the write recorded; null when it changed nothing (or was a dry run). */
  release?: ReleaseRecord | null;
}

export interface ApplyOptions {
  dryRun?: boolean;
  /** Who records the release: "seed", "import", or a write token's fingerprint. */
  recordedBy?: string;
  progress?: (done: number, total: number, what: string) => void;
}

/** Compares values as stored: Neo4j integers and dates come back as objects. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value as object)) return String(value);
  if (Array.isArray(value)) return value.map(normalize);
  return value;
}

export function changed(wanted: Record<string, PropValue>, stored: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => JSON.stringify(normalize(value)) !== JSON.stringify(normalize(stored[key])));
}

function countBy<T, K extends string>(items: T[], key: (item: T) => K): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Writes a plan in one write transaction: all of it or none. Only what differs from the graph is
 * written, so a second run writes nothing and reports so; a dry run stops after the comparison.
 */
export async function applyPlan(
  db: Pick<Database, 'writeTransaction'>,
  plan: GraphPlan,
  options: ApplyOptions = {},
): Promise<ApplySummary> {
  const { result, release } = await recordedTransaction(
    db,
    options.recordedBy ?? 'seed',
    (tx, changes) => applyPlanInTransaction(tx, plan, changes, options),
    BULK_TIMEOUT_MS,
  );
  return { ...result, release };
}

/**
 * The same inside a transaction the caller holds, so checks that read the graph (references,
 * duplicates) and the write that depends on them commit or fail together.
 */
export async function applyPlanInTransaction(
  tx: ManagedTransaction,
  plan: GraphPlan,
  changes: ChangeSet,
  options: ApplyOptions = {},
): Promise<ApplySummary> {
  const stored = await storedNodes(
    tx,
    plan.nodes.map((n) => n.id),
  );
  const newNodes = plan.nodes.filter((n) => !stored.has(n.id));
  const changedNodes = plan.nodes.filter((n) => {
    const current = stored.get(n.id);
    return current !== undefined && (!current.labels.includes(n.label) || changed(n.props, current.props));
  });
  const storedRelProps = await storedRels(tx, plan.rels);
  const newRels = plan.rels.filter((r) => !storedRelProps.has(relKey(r)));
  const changedRels = plan.rels.filter((r) => {
    const current = storedRelProps.get(relKey(r));
    return current !== undefined && changed(r.props, current);
  });

  if (!options.dryRun) {
    for (const n of [...newNodes, ...changedNodes]) changes.nodeBefore(n.id, stored.get(n.id) ?? null);
    for (const r of [...newRels, ...changedRels]) changes.relBefore(r, storedRelProps.get(relKey(r)) ?? null);
    await writeNodes(tx, [...newNodes, ...changedNodes], options);
    await writeRels(tx, [...newRels, ...changedRels], options);
  }
  return {
    nodesCreated: countBy(newNodes, (n) => n.label),
    nodesUpdated: countBy(changedNodes, (n) => n.label),
    nodesUnchanged: plan.nodes.length - newNodes.length - changedNodes.length,
    relationshipsCreated: countBy(newRels, (r) => r.type),
    relationshipsUpdated: changedRels.length,
    relationshipsUnchanged: plan.rels.length - newRels.length - changedRels.length,
    dryRun: options.dryRun === true,
  };
}

async function writeNodes(tx: ManagedTransaction, rows: NodeRow[], options: ApplyOptions): Promise<void> {
  let done = 0;
  for (const [label, labelRows] of groupBy(rows, (row) => row.label)) {
    for (const batch of chunks(labelRows, BATCH)) {
      await mergeNodes(tx, label, batch);
      done += batch.length;
      options.progress?.(done, rows.length, 'nodes');
    }
  }
}

async function writeRels(tx: ManagedTransaction, rows: RelRow[], options: ApplyOptions): Promise<void> {
  let done = 0;
  for (const [type, typeRows] of groupBy(rows, (row) => row.type)) {
    for (const batch of chunks(typeRows, BATCH)) {
      await mergeRelationships(tx, type, batch);
      done += batch.length;
      options.progress?.(done, rows.length, 'relationships');
    }
  }
}
