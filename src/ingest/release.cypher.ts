import neo4j from 'neo4j-driver';

import type { Database } from '../db/database.js';
import { num, str, strList, type Props } from '../db/values.js';
import type { FactChange, ReleaseRecord } from './release.js';

/** Any reader: the request's counting database or the process's own. */
export type Reads = Pick<Database, 'read'>;

/** A release without the ids it changed, which can be thousands (the seed's). */
const SUMMARY = 'r {.id, .at, .hash, .by, .created, .updated, .retracted, .removed}';

export function releaseFromProps(props: Props): ReleaseRecord {
  return {
    id: num(props.id) ?? 0,
    at: str(props, 'at'),
    hash: str(props, 'hash'),
    by: str(props, 'by'),
    created: num(props.created) ?? 0,
    updated: num(props.updated) ?? 0,
    retracted: num(props.retracted) ?? 0,
    removed: num(props.removed) ?? 0,
    factIds: strList(props, 'factIds'),
    factChanges: strList(props, 'factChanges') as FactChange[],
  };
}

export async function latestRelease(db: Reads): Promise<ReleaseRecord | null> {
  const [row] = await db.read<{ props: Props }>(
    `MATCH (h:ReleaseHead {id: 'releases'}) MATCH (r:Release {id: h.last}) RETURN ${SUMMARY} AS props`,
  );
  return row === undefined ? null : releaseFromProps(row.props);
}

export async function releaseById(db: Reads, id: number): Promise<ReleaseRecord | null> {
  const [row] = await db.read<{ props: Props }>(`MATCH (r:Release {id: $id}) RETURN ${SUMMARY} AS props`, { id: neo4j.int(id) });
  return row === undefined ? null : releaseFromProps(row.props);
}

/** Releases newest first, those before `before` (an id) when given, and how many there are in all. */
export async function releasesPage(db: Reads, before: number | null, limit: number): Promise<{ total: number; rows: ReleaseRecord[] }> {
  const [row] = await db.read<{ total: unknown; rows: Props[] }>(
    `CALL () { MATCH (r:Release) RETURN count(r) AS total }
     CALL () {
       MATCH (r:Release) WHERE $before IS NULL OR r.id < $before
       WITH r ORDER BY r.id DESC LIMIT $limit
       RETURN collect(${SUMMARY}) AS rows
     }
     RETURN total, rows`,
    { before: before === null ? null : neo4j.int(before), limit: neo4j.int(limit) },
  );
  return { total: num(row?.total) ?? 0, rows: (row?.rows ?? []).map(releaseFromProps) };
}

/** Releases after an id, oldest first, with the ids they changed: what a follower has not seen yet. */
export async function releasesSince(db: Reads, after: number, limit: number): Promise<ReleaseRecord[]> {
  const rows = await db.read<{ props: Props }>(
    'MATCH (r:Release) WHERE r.id > $after WITH r ORDER BY r.id LIMIT $limit RETURN properties(r) AS props',
    { after: neo4j.int(after), limit: neo4j.int(limit) },
  );
  return rows.map((row) => releaseFromProps(row.props));
}

/**
 * The Cypher condition for "this fact is in the graph": as it is now (not retracted), or as recorded
 * in release $asRecordedIn (recorded by then, not retracted by then). Facts from before releases were
 * kept count as recorded in release 0. Ordinary reads keep the plain condition, so they cost nothing more.
 */
export function liveCondition(variable: string, recorded: number | null): string {
  if (recorded === null) return `coalesce(${variable}.retracted, false) = false`;
  return `(coalesce(${variable}.recordedIn, 0) <= $asRecordedIn AND (coalesce(${variable}.retracted, false) = false OR ${variable}.retractedIn > $asRecordedIn))`;
}

/** The parameter a query as recorded in a release needs; none for the graph as it is now. */
export function recordedParam(recorded: number | null): { asRecordedIn?: ReturnType<typeof neo4j.int> } {
  return recorded === null ? {} : { asRecordedIn: neo4j.int(recorded) };
}
