import neo4j from 'neo4j-driver';

import { str, strList, type Props } from '../../db/values.js';
import { releaseFromProps, type Reads } from '../../ingest/release.cypher.js';
import type { FactChange, ReleaseRecord } from '../../ingest/release.js';
import { ENTITY_LABELS } from '../../model/labels.js';

/** A release changing more facts than this (a seed, a large import) is one entry, not one per fact. */
export const BULK_RELEASE = 50;

export interface ChangedSource {
  id: string;
  title: string;
  url: string | null;
  symbol: string | null;
}

/** One recorded change to one fact, as feeds and subscriptions tell it. */
export interface ChangeEvent {
  release: ReleaseRecord;
  change: FactChange;
  factId: string;
  /** The fact's kind (its entity label), e.g. TreatyAction. */
  kind: string;
  name: string;
  /** Why it was retracted, for a retraction. */
  reason: string | null;
  /** What it cites (for a retraction, the sources of the retraction too). */
  sources: ChangedSource[];
}

/** One entry per release too large to list fact by fact. */
export interface BulkEvent {
  release: ReleaseRecord;
}

export type FeedItem = { fact: ChangeEvent } | { bulk: BulkEvent };

/** The newest releases, newest first, with the facts they changed. */
export async function newestReleases(db: Reads, limit: number): Promise<ReleaseRecord[]> {
  const rows = await db.read<{ props: Props }>('MATCH (r:Release) WITH r ORDER BY r.id DESC LIMIT $limit RETURN properties(r) AS props', {
    limit: neo4j.int(limit),
  });
  return rows.map((row) => releaseFromProps(row.props));
}

/**
 * The facts with these ids as they stand, each with its sources, optionally only those about one
 * treaty: the treaty itself, actions on it, statements and claims about it, and documents these cite.
 * Facts deleted since (synthetic test data) are left out.
 */
async function factsById(
  db: Reads,
  ids: readonly string[],
  treatyId: string | null,
): Promise<Map<string, { labels: string[]; props: Props; sources: ChangedSource[] }>> {
  const rows = await db.read<{ id: string; labels: string[]; props: Props; sources: Props[] }>(
    `MATCH (n:Entity) WHERE n.id IN $ids
       AND ($treatyId IS NULL OR n.id = $treatyId
         OR EXISTS { (n)-[:ON|ABOUT]->(:Treaty {id: $treatyId}) }
         OR (n:Document AND EXISTS { (n)<-[:CITES]-()-[:ON|ABOUT]->(:Treaty {id: $treatyId}) }))
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       [d IN COLLECT { MATCH (d:Document) WHERE d.id IN coalesce(n.sourceIds, []) + coalesce(n.retractedSourceIds, []) RETURN d ORDER BY d.id }
         | d {.id, .title, .url, .symbol}] AS sources`,
    { ids: [...ids], treatyId },
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        labels: row.labels,
        props: row.props,
        sources: row.sources.map((s) => ({
          id: str(s, 'id'),
          title: str(s, 'title'),
          url: (s.url as string | null) ?? null,
          symbol: (s.symbol as string | null) ?? null,
        })),
      },
    ]),
  );
}

const kindOf = (labels: readonly string[]): string => ENTITY_LABELS.find((label) => labels.includes(label)) ?? 'Entity';

/**
 * The changes these releases recorded, newest release first, then in the order each recorded them;
 * a bulk release is one item. For a treaty, only changes about it (bulk releases always count).
 */
export async function changesOf(db: Reads, releases: readonly ReleaseRecord[], treatyId: string | null): Promise<FeedItem[]> {
  const small = releases.filter((r) => r.factIds.length <= BULK_RELEASE);
  const facts = await factsById(
    db,
    small.flatMap((r) => r.factIds),
    treatyId,
  );
  const items: FeedItem[] = [];
  for (const release of releases) {
    if (release.factIds.length > BULK_RELEASE) {
      items.push({ bulk: { release } });
      continue;
    }
    release.factIds.forEach((factId, index) => {
      const fact = facts.get(factId);
      if (fact === undefined) return;
      const change = release.factChanges[index] ?? 'UPDATED';
      items.push({
        fact: {
          release,
          change,
          factId,
          kind: kindOf(fact.labels),
          name: str(fact.props, 'name') || factId,
          reason: change === 'RETRACTED' ? str(fact.props, 'retractedReason') || null : null,
          sources: fact.sources.filter((s) => change === 'RETRACTED' || strList(fact.props, 'sourceIds').includes(s.id)),
        },
      });
    });
  }
  return items;
}
