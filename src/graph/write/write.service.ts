import type { ManagedTransaction } from 'neo4j-driver';

import { applyPlanInTransaction, changed } from '../../ingest/apply.js';
import { planGraph, type GraphPlan } from '../../ingest/plan.js';
import type { DocumentRecord, RecordBundle } from '../../ingest/records.js';
import { Confidence, storedConfidence } from '../../model/confidence.js';
import { str, strList } from '../../db/values.js';
import type { Context } from '../context.js';
import { toEntity, type Entity } from '../entities.js';
import { type EntityLabel } from '../../model/labels.js';
import { BadInputError, ConflictError, NotFoundError } from '../errors.js';
import { idFrom } from '../../model/ids.js';
import type { NewDocumentInput, SourceInput } from './source.input.js';
import { citeSources, markRetracted, nodesById, type StoredNode } from '../../ingest/write.cypher.js';
import { recordedTransaction, type ChangeSet } from '../../ingest/release.js';

/** An id the input points to, which must name a live node of the given label. */
export interface Reference {
  field: string;
  id: string | null | undefined;
  label: EntityLabel;
}

export interface FactWrite {
  /** The node written. */
  id: string;
  label: EntityLabel;
  /** A create may repeat (same values: nothing changes) but not contradict; an update needs the node. */
  mode: 'create' | 'update';
  sources: readonly SourceInput[] | null | undefined;
  references: readonly Reference[];
  /** The seed records to write, from the node as stored (null when new) and its sources (old and new). */
  build(existing: StoredNode | null, sourceIds: string[]): Partial<RecordBundle>;
  /** Domain rules that read the graph, run in the write's transaction before anything is written. */
  check?(tx: ManagedTransaction, nodes: ReadonlyMap<string, StoredNode>): Promise<void>;
  /** Changes the plan cannot express (dropping a replaced link), run just before the plan is applied. */
  before?(tx: ManagedTransaction, changes: ChangeSet, existing: StoredNode | null): Promise<void>;
}

export function documentRecord(input: NewDocumentInput): DocumentRecord {
  return Object.assign({} as DocumentRecord, {
    id: input.id ?? idFrom('doc', input.title),
    kind: input.kind,
    title: input.title,
    symbol: input.symbol ?? null,
    url: input.url ?? null,
    publisher: input.publisher ?? null,
    publishedOn: input.publishedOn ?? null,
    note: input.note ?? null,
    confidence: 'stated' as const,
    sources: [],
  });
}

interface PreparedSources {
  documents: DocumentRecord[];
  ids: string[];
  references: Reference[];
}

/** Sources as written: new documents to add, and every cited id with the input field naming it. */
function prepareSources(sources: readonly SourceInput[] | null | undefined, field = 'input.sources'): PreparedSources {
  const documents: DocumentRecord[] = [];
  const references: Reference[] = [];
  (sources ?? []).forEach((source, index) => {
    if (source.document) documents.push(documentRecord(source.document));
    else references.push({ field: `${field}.${index}.id`, id: source.id, label: 'Document' });
  });
  return { documents, references, ids: [...new Set([...documents.map((d) => d.id), ...references.map((r) => r.id!)])] };
}

const isLive = (node: StoredNode): boolean => node.props.retracted !== true;

/** Every reference names a live node of its label, or the input field naming it is reported. */
function checkReferences(references: readonly Reference[], nodes: ReadonlyMap<string, StoredNode>): void {
  for (const ref of references) {
    if (ref.id === null || ref.id === undefined) continue;
    const node = nodes.get(ref.id);
    if (node === undefined || !node.labels.includes(ref.label)) {
      throw new BadInputError(ref.field, `no ${ref.label} with id "${ref.id}" in the graph`);
    }
    if (!isLive(node)) throw new BadInputError(ref.field, `"${ref.id}" is retracted`);
  }
}

/** A repeated create is fine; one that would change an existing node is a conflict. */
function checkCreates(plan: GraphPlan, nodes: ReadonlyMap<string, StoredNode>, fieldOf: ReadonlyMap<string, string>): void {
  for (const row of plan.nodes) {
    const stored = nodes.get(row.id);
    const field = fieldOf.get(row.id);
    if (stored === undefined || field === undefined) continue;
    const { sourceIds: _ignored, ...wanted } = row.props;
    if (!stored.labels.includes(row.label) || changed(wanted, stored.props)) {
      throw new ConflictError(field, `"${row.id}" already exists with other values; update it, or retract it and write the fact anew`);
    }
  }
}

async function readBack(tx: ManagedTransaction, id: string): Promise<Entity> {
  const node = (await nodesById(tx, [id])).get(id);
  if (node === undefined) throw new Error(`written node ${id} is not in the graph`);
  return toEntity(node.labels, node.props);
}

/**
 * One write transaction of a mutation, ending with its release (if it changed anything), which the
 * request's release hub then knows of: the response and subscribers see it at once.
 */
async function recordedWrite<R>(ctx: Context, work: (tx: ManagedTransaction, changes: ChangeSet) => Promise<R>): Promise<R> {
  const { result, release } = await recordedTransaction(ctx.db, ctx.writer ?? 'unknown', work);
  if (release !== null) ctx.releases.recorded(release);
  return result;
}

/**
 * Writes one fact in one write transaction: references and domain rules checked against the graph,
 * then the seed pipeline's plan applied (MERGE on ids, only what differs). All of it or none.
 */
export async function writeFact(ctx: Context, write: FactWrite): Promise<Entity> {
  const sources = prepareSources(write.sources);
  const references = [...write.references, ...sources.references];
  return recordedWrite(ctx, async (tx, changes) => {
    const nodes = await nodesById(tx, [write.id, ...sources.ids, ...references.flatMap((r) => (r.id ? [r.id] : []))]);
    checkReferences(references, nodes);
    const existing = nodes.get(write.id) ?? null;
    if (existing === null && write.mode === 'update') throw new NotFoundError('input.id', write.id);
    if (existing !== null && !isLive(existing)) {
      throw new ConflictError('input.id', `"${write.id}" is retracted; a retracted fact is kept as it was`);
    }
    const sourceIds = [...new Set([...strList(existing?.props ?? {}, 'sourceIds'), ...sources.ids])].sort();
    const bundle = write.build(existing, sourceIds);
    bundle.documents = [...(bundle.documents ?? []), ...sources.documents];
    await write.check?.(tx, nodes);

    const names = new Map([...nodes.values()].map((node) => [node.id, str(node.props, 'name')]));
    const plan = planGraph(bundle, names);
    const creates = new Map(sources.documents.map((doc, i) => [doc.id, `input.sources.${i}.document.id`]));
    if (write.mode === 'create') creates.set(write.id, 'input.id');
    checkCreates(plan, nodes, creates);

    await write.before?.(tx, changes, existing);
    await applyPlanInTransaction(tx, plan, changes);
    await stampWriter(tx, write.id, ctx.writer, existing === null);
    return readBack(tx, write.id);
  });
}

/** Who last wrote a node and when; outside the plan, so an unchanged re-write stays unchanged. */
async function stampWriter(tx: ManagedTransaction, id: string, writer: string | null, created: boolean): Promise<void> {
  await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n.writtenBy = $writer, n.writtenAt = $at
     FOREACH (_ IN CASE WHEN $created THEN [1] ELSE [] END | SET n.createdBy = $writer, n.createdAt = $at)`,
    { id, writer, at: new Date().toISOString(), created },
  );
}

/** Adds new documents (if any) and checks cited ones, inside the caller's transaction. */
async function writeSources(
  tx: ManagedTransaction,
  changes: ChangeSet,
  sources: PreparedSources,
  nodes: ReadonlyMap<string, StoredNode>,
): Promise<void> {
  checkReferences(sources.references, nodes);
  const plan = planGraph({ documents: sources.documents });
  checkCreates(plan, nodes, new Map(sources.documents.map((doc, i) => [doc.id, `input.sources.${i}.document.id`])));
  await applyPlanInTransaction(tx, plan, changes);
}

async function liveNode(
  tx: ManagedTransaction,
  id: string,
  extraIds: readonly string[],
): Promise<{ node: StoredNode; nodes: Map<string, StoredNode> }> {
  const nodes = await nodesById(tx, [id, ...extraIds]);
  const node = nodes.get(id);
  if (node === undefined) throw new NotFoundError('input.id', id);
  if (!isLive(node)) throw new ConflictError('input.id', `"${id}" is already retracted`);
  return { node, nodes };
}

/** Cites more documents for a fact; citing one it already cites changes nothing. */
export async function attachSources(ctx: Context, id: string, input: readonly SourceInput[]): Promise<Entity> {
  const sources = prepareSources(input);
  return recordedWrite(ctx, async (tx, changes) => {
    const { node, nodes } = await liveNode(tx, id, sources.ids);
    await writeSources(tx, changes, sources, nodes);
    // A document may cite others, never itself.
    const cited = sources.ids.filter((source) => source !== id);
    const all = [...new Set([...strList(node.props, 'sourceIds'), ...cited])].sort();
    await citeSources(tx, changes, id, cited, all);
    return readBack(tx, id);
  });
}

/** Retracts a fact: it stays in the graph, marked with who, when and why, and leaves default reads. */
export async function retractFact(ctx: Context, id: string, reason: string, input: readonly SourceInput[]): Promise<Entity> {
  const sources = prepareSources(input);
  return recordedWrite(ctx, async (tx, changes) => {
    const { nodes } = await liveNode(tx, id, sources.ids);
    await writeSources(tx, changes, sources, nodes);
    await markRetracted(tx, changes, id, { at: new Date().toISOString(), by: ctx.writer ?? 'unknown', reason, sourceIds: sources.ids });
    return readBack(tx, id);
  });
}

/** The fields every fact record carries: the stored ones kept unless the input gives new values. */
export function factRecordFields(
  id: string,
  input: { confidence?: Confidence | null; note?: string | null },
  existing: StoredNode | null,
  sourceIds: string[],
): { id: string; sources: string[]; confidence: 'stated' | 'inferred'; note: string | null } {
  return {
    id,
    sources: sourceIds,
    confidence: storedConfidence(input.confidence ?? existing?.props.confidence),
    note: input.note !== undefined ? input.note : ((existing?.props.note as string | undefined) ?? null),
  };
}

/** The stored values of these fields, overlaid with those the input gives (null clears a field). */
export function patched<K extends string>(
  existing: StoredNode | null,
  input: Partial<Record<K, unknown>>,
  keys: readonly K[],
): Record<K, unknown> {
  const record = {} as Record<K, unknown>;
  for (const key of keys) {
    const given = input[key];
    record[key] = given !== undefined ? given : (existing?.props[key] ?? null);
  }
  return record;
}
