import type { ManagedTransaction } from 'neo4j-driver';

import type { Props } from '../db/values.js';
import { chunks } from './bulk.js';

const BATCH = 1000;

export interface StoredFact {
  labels: string[];
  props: Props;
}

export interface RelKey {
  from: string;
  type: string;
  to: string;
}

export const relKey = (r: RelKey): string => `${r.from}|${r.type}|${r.to}`;

/** Entities by id as stored now, in batches, inside the caller's transaction. */
export async function storedNodes(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, StoredFact>> {
  const stored = new Map<string, StoredFact>();
  for (const batch of chunks([...new Set(ids)], BATCH)) {
    const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props', {
      ids: batch,
    });
    for (const record of result.records) {
      stored.set(record.get('id') as string, { labels: record.get('labels') as string[], props: record.get('props') as Props });
    }
  }
  return stored;
}

/** Relationships between entities by (from, type, to), their properties as stored now. */
export async function storedRels(tx: ManagedTransaction, rels: readonly RelKey[]): Promise<Map<string, Props>> {
  const stored = new Map<string, Props>();
  for (const batch of chunks(rels, BATCH)) {
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
       WHERE type(r) = row.type
       RETURN row.from AS from, row.type AS type, row.to AS to, properties(r) AS props`,
      { rows: batch.map(({ from, type, to }) => ({ from, type, to })) },
    );
    for (const record of result.records) {
      stored.set(relKey({ from: record.get('from'), type: record.get('type'), to: record.get('to') }), record.get('props') as Props);
    }
  }
  return stored;
}
