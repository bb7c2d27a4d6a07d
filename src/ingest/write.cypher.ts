import type { ManagedTransaction } from 'neo4j-driver';

import type { Props } from '../db/values.js';
import type { ChangeSet } from './release.js';

export interface StoredNode {
  id: string;
  labels: string[];
  props: Props;
}

/** The nodes with these ids, as stored now, inside the write's own transaction. */
export async function nodesById(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, StoredNode>> {
  const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props', {
    ids: [...new Set(ids)],
  });
  return new Map(
    result.records.map((record) => [
      record.get('id') as string,
      { id: record.get('id') as string, labels: record.get('labels') as string[], props: record.get('props') as Props },
    ]),
  );
}

/** Participants by ISO 3166-1 alpha-3 code. */
export async function statesByIso3(tx: ManagedTransaction, codes: readonly string[]): Promise<Map<string, string>> {
  const result = await tx.run('MATCH (s:State) WHERE s.iso3 IN $codes RETURN s.iso3 AS iso3, s.id AS id', { codes: [...new Set(codes)] });
  return new Map(result.records.map((record) => [record.get('iso3') as string, record.get('id') as string]));
}

/** A fact changed its nationality: the old NATIONAL_OF link goes, the new one is planned separately. */
export async function dropNationalityLinksExcept(
  tx: ManagedTransaction,
  changes: ChangeSet,
  personId: string,
  keep: string | null,
): Promise<void> {
  const result = await tx.run(
    `MATCH (:Person {id: $personId})-[r:NATIONAL_OF]->(s:State) WHERE s.id <> coalesce($keep, "")
     WITH r, s.id AS to, properties(r) AS props
     DELETE r
     RETURN to, props`,
    { personId, keep },
  );
  for (const record of result.records) {
    changes.relBefore({ from: personId, type: 'NATIONAL_OF', to: record.get('to') as string }, record.get('props') as Props);
  }
}

export interface RetractionProps {
  at: string;
  by: string;
  reason: string;
  sourceIds: string[];
}

/** Marks a node retracted: it stays, with who, when and why, and default reads leave it out. */
export async function markRetracted(tx: ManagedTransaction, changes: ChangeSet, id: string, retraction: RetractionProps): Promise<void> {
  await changes.snapshot(tx, { nodes: [id] });
  await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n.retracted = true, n.retractedAt = $at, n.retractedBy = $by, n.retractedReason = $reason,
         n.retractedSourceIds = $sourceIds`,
    { id, ...retraction },
  );
}

/** Adds sources to a node: CITES edges and the union of its source ids. */
export async function citeSources(
  tx: ManagedTransaction,
  changes: ChangeSet,
  id: string,
  sourceIds: readonly string[],
  allSourceIds: readonly string[],
): Promise<void> {
  await changes.snapshot(tx, { nodes: [id], rels: sourceIds.map((to) => ({ from: id, type: 'CITES', to })) });
  await tx.run(
    `MATCH (n:Entity {id: $id})
     SET n.sourceIds = $allSourceIds
     WITH n
     UNWIND $sourceIds AS sourceId
     MATCH (d:Document {id: sourceId})
     MERGE (n)-[:CITES]->(d)`,
    { id, sourceIds, allSourceIds },
  );
}
