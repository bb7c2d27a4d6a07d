import neo4j, { type ManagedTransaction } from 'neo4j-driver';

import { num, type Props } from '../db/values.js';
import { EMPTY_HASH, nodeDigest, relDigest, updateHash } from './content-hash.js';
import { BULK_TIMEOUT_MS, chunks } from './bulk.js';
import { relKey, storedNodes, storedRels, type RelKey, type StoredFact } from './stored.js';

/** How a release changed one fact. */
export type FactChange = 'CREATED' | 'UPDATED' | 'RETRACTED' | 'REMOVED';

/** A data release: what one write transaction that changed the graph recorded. */
export interface ReleaseRecord {
  /** 1, 2, 3…: in the order the writes committed. */
  id: number;
  /** When it was recorded: an ISO 8601 UTC timestamp. */
  at: string;
  /** The content hash of the whole graph after it (see content-hash.ts). */
  hash: string;
  /** Who recorded it: "seed", "import", "baseline" or a write token's fingerprint (token:xxxxxxxx). */
  by: string;
  created: number;
  updated: number;
  retracted: number;
  removed: number;
  /** The entities it changed, with how (parallel to factChanges); relationships count with their start. */
  factIds: string[];
  factChanges: FactChange[];
}

/**
 * The facts a write transaction touches, each with its state before the transaction's first change
 * to it. At the end the release compares them with their state after: only real differences count,
 * so a write that changes nothing records no release.
 */
export class ChangeSet {
  private readonly nodes = new Map<string, StoredFact | null>();
  private readonly rels = new Map<string, { key: RelKey; before: Props | null }>();

  /** The node's state before this transaction changed it (null: it did not exist); the first call wins. */
  nodeBefore(id: string, before: StoredFact | null): void {
    if (!this.nodes.has(id)) this.nodes.set(id, before);
  }

  relBefore(key: RelKey, before: Props | null): void {
    const k = relKey(key);
    if (!this.rels.has(k)) this.rels.set(k, { key: { from: key.from, type: key.type, to: key.to }, before });
  }

  /** Reads and keeps the state of facts about to change, for writes that have not read it already. */
  async snapshot(tx: ManagedTransaction, facts: { nodes?: readonly string[]; rels?: readonly RelKey[] }): Promise<void> {
    const ids = (facts.nodes ?? []).filter((id) => !this.nodes.has(id));
    const keys = (facts.rels ?? []).filter((key) => !this.rels.has(relKey(key)));
    if (ids.length > 0) {
      const stored = await storedNodes(tx, ids);
      for (const id of ids) this.nodeBefore(id, stored.get(id) ?? null);
    }
    if (keys.length > 0) {
      const stored = await storedRels(tx, keys);
      for (const key of keys) this.relBefore(key, stored.get(relKey(key)) ?? null);
    }
  }

  get empty(): boolean {
    return this.nodes.size === 0 && this.rels.size === 0;
  }

  touchedNodes(): [string, StoredFact | null][] {
    return [...this.nodes];
  }

  touchedRels(): { key: RelKey; before: Props | null }[] {
    return [...this.rels.values()];
  }
}

interface Diff {
  removedDigests: bigint[];
  addedDigests: bigint[];
  nodes: { id: string; change: FactChange }[];
  rels: { key: RelKey; change: FactChange }[];
}

const isRetracted = (props: Props | undefined): boolean => props?.retracted === true;

async function diff(tx: ManagedTransaction, changes: ChangeSet): Promise<Diff> {
  const out: Diff = { removedDigests: [], addedDigests: [], nodes: [], rels: [] };
  const touchedNodes = changes.touchedNodes();
  const after = await storedNodes(
    tx,
    touchedNodes.map(([id]) => id),
  );
  for (const [id, before] of touchedNodes) {
    const now = after.get(id);
    const old = before === null ? null : nodeDigest(id, before.labels, before.props);
    const fresh = now === undefined ? null : nodeDigest(id, now.labels, now.props);
    if (old === fresh) continue;
    if (old !== null) out.removedDigests.push(old);
    if (fresh !== null) out.addedDigests.push(fresh);
    const change: FactChange =
      before === null
        ? 'CREATED'
        : now === undefined
          ? 'REMOVED'
          : isRetracted(now.props) && !isRetracted(before.props)
            ? 'RETRACTED'
            : 'UPDATED';
    out.nodes.push({ id, change });
  }
  const touchedRels = changes.touchedRels();
  const afterRels = await storedRels(
    tx,
    touchedRels.map((r) => r.key),
  );
  for (const { key, before } of touchedRels) {
    const now = afterRels.get(relKey(key));
    const old = before === null ? null : relDigest(key, before);
    const fresh = now === undefined ? null : relDigest(key, now);
    if (old === fresh) continue;
    if (old !== null) out.removedDigests.push(old);
    if (fresh !== null) out.addedDigests.push(fresh);
    out.rels.push({ key, change: before === null ? 'CREATED' : now === undefined ? 'REMOVED' : 'UPDATED' });
  }
  return out;
}

const HEAD = 'releases';

/**
 * Takes the release lock: the write lock on the one ReleaseHead node, held until this transaction
 * commits or rolls back, so concurrent writers get distinct ids in commit order. Taken last, after the
 * write's own changes, so a writer holds it only for the few statements that stamp its release.
 */
async function lockHead(tx: ManagedTransaction, at: string): Promise<{ last: number; hash: string }> {
  await tx.run('MERGE (h:ReleaseHead {id: $head}) ON CREATE SET h.last = 0, h.hash = $empty SET h.lockedAt = $at', {
    head: HEAD,
    empty: EMPTY_HASH,
    at,
  });
  // A separate statement: only once the lock is held is the last id read, as the previous writer committed it.
  const result = await tx.run('MATCH (h:ReleaseHead {id: $head}) RETURN h.last AS last, h.hash AS hash', { head: HEAD });
  const record = result.records[0];
  return { last: num(record?.get('last')) ?? 0, hash: (record?.get('hash') as string | undefined) ?? EMPTY_HASH };
}

const STAMP_BATCH = 1000;

async function stampNodes(tx: ManagedTransaction, ids: string[], set: string, params: Record<string, unknown>): Promise<void> {
  for (const batch of chunks(ids, STAMP_BATCH)) {
    await tx.run(`UNWIND $ids AS id MATCH (n:Entity {id: id}) SET ${set}`, { ids: batch, ...params });
  }
}

async function stampRels(tx: ManagedTransaction, keys: RelKey[], set: string, params: Record<string, unknown>): Promise<void> {
  for (const batch of chunks(keys, STAMP_BATCH)) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type
       SET ${set}`,
      { rows: batch.map(({ from, type, to }) => ({ from, type, to })), ...params },
    );
  }
}

/**
 * Ends a write transaction: when it changed any fact, records the next release, stamps the facts it
 * created (recordedIn/At/By), updated (updatedIn/At/By) and retracted (retractedIn) with it, and
 * moves the content hash on. Returns null, and writes nothing, when nothing changed.
 */
export async function recordRelease(tx: ManagedTransaction, changes: ChangeSet, by: string): Promise<ReleaseRecord | null> {
  if (changes.empty) return null;
  const d = await diff(tx, changes);
  if (d.nodes.length === 0 && d.rels.length === 0) return null;

  const at = new Date().toISOString();
  const head = await lockHead(tx, at);
  const id = head.last + 1;
  const hash = updateHash(head.hash, d.removedDigests, d.addedDigests);
  const stamp = { release: neo4j.int(id), at, by };
  const of = (change: FactChange): string[] => d.nodes.filter((n) => n.change === change).map((n) => n.id);
  await stampNodes(tx, of('CREATED'), 'n.recordedIn = $release, n.recordedAt = $at, n.recordedBy = $by', stamp);
  await stampNodes(tx, of('UPDATED'), 'n.updatedIn = $release, n.updatedAt = $at, n.updatedBy = $by', stamp);
  await stampNodes(tx, of('RETRACTED'), 'n.retractedIn = $release', stamp);
  const relsOf = (change: FactChange): RelKey[] => d.rels.filter((r) => r.change === change).map((r) => r.key);
  await stampRels(tx, relsOf('CREATED'), 'r.recordedIn = $release, r.recordedAt = $at, r.recordedBy = $by', stamp);
  await stampRels(tx, relsOf('UPDATED'), 'r.updatedIn = $release, r.updatedAt = $at, r.updatedBy = $by', stamp);

  // A changed relationship shows in the feed as a change to the entity it starts from.
  const facts = new Map(d.nodes.map((n) => [n.id, n.change]));
  for (const rel of d.rels) if (!facts.has(rel.key.from)) facts.set(rel.key.from, 'UPDATED');
  const count = (change: FactChange): number =>
    d.nodes.filter((n) => n.change === change).length + d.rels.filter((r) => r.change === change).length;
  const release: ReleaseRecord = {
    id,
    at,
    hash,
    by,
    created: count('CREATED'),
    updated: count('UPDATED'),
    retracted: count('RETRACTED'),
    removed: count('REMOVED'),
    factIds: [...facts.keys()],
    factChanges: [...facts.values()],
  };
  await tx.run(
    `MATCH (h:ReleaseHead {id: $head}) SET h.last = $release.id, h.hash = $release.hash
     CREATE (r:Release) SET r = $release`,
    {
      head: HEAD,
      release: {
        ...release,
        id: neo4j.int(id),
        created: neo4j.int(release.created),
        updated: neo4j.int(release.updated),
        retracted: neo4j.int(release.retracted),
        removed: neo4j.int(release.removed),
      },
    },
  );
  return release;
}

/** What a write transaction's work returned, and the release it recorded (null: it changed nothing). */
export interface Recorded<R> {
  result: R;
  release: ReleaseRecord | null;
}

export interface WriteTransactions {
  writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R>;
}

/**
 * Every write transaction that changes the graph goes through here: the work reports what it touches
 * to the change set, and the transaction ends by recording the release, all or nothing. A fresh
 * change set per attempt, since the driver may run the work again after a transient failure.
 */
export async function recordedTransaction<R>(
  db: WriteTransactions,
  by: string,
  work: (tx: ManagedTransaction, changes: ChangeSet) => Promise<R>,
  timeoutMs?: number,
): Promise<Recorded<R>> {
  return db.writeTransaction(async (tx) => {
    const changes = new ChangeSet();
    const result = await work(tx, changes);
    return { result, release: await recordRelease(tx, changes, by) };
  }, timeoutMs);
}

/**
 * A graph written before releases were kept (or by bulkLoad, which records none) gets one baseline
 * release covering every fact in it, so every fact has a release to be cited by. Does nothing when
 * a release exists or the graph is empty.
 */
export async function recordBaseline(db: WriteTransactions, timeoutMs = BULK_TIMEOUT_MS): Promise<ReleaseRecord | null> {
  const { release } = await recordedTransaction(
    db,
    'baseline',
    async (tx, changes) => {
      const existing = await tx.run('MATCH (h:ReleaseHead) RETURN count(h) AS n');
      if ((num(existing.records[0]?.get('n')) ?? 0) > 0) return;
      const nodes = await tx.run('MATCH (n:Entity) RETURN n.id AS id');
      for (const record of nodes.records) changes.nodeBefore(record.get('id') as string, null);
      const rels = await tx.run('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to');
      for (const record of rels.records) {
        changes.relBefore({ from: record.get('from'), type: record.get('type'), to: record.get('to') }, null);
      }
    },
    timeoutMs,
  );
  return release;
}
