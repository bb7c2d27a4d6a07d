import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import { num, type Props } from '../../db/values.js';
import { liveCondition } from '../../ingest/release.cypher.js';
import { CONSENT_KINDS } from '../../model/treaty-action.js';
import type { StatusActionRow } from './treaty-status.type.js';

/** The parameter a query as recorded in a release needs; none for the graph as it is now. */
const recordedParam = (recorded: number | null): Record<string, unknown> =>
  recorded === null ? {} : { asRecordedIn: neo4j.int(recorded) };

export async function findTreaties(db: Queryable, recorded: number | null = null): Promise<Props[]> {
  const rows = await db.read<{ props: Props }>(
    `MATCH (t:Treaty) WHERE ${liveCondition('t', recorded)} RETURN properties(t) AS props ORDER BY t.title, t.id`,
    recordedParam(recorded),
  );
  return rows.map((row) => row.props);
}

/**
 * A treaty `t`'s live actions with the live participants that took them, as StatusActionRow tuples in id
 * order. `deposited`: the action cites a depositary source, a status table or a depositary notification
 * that is not a copy of another document and not graded below official.
 */
const statusActions = (recorded: number | null): string => `COLLECT {
  MATCH (t)<-[:ON]-(a:TreatyAction)<-[:TOOK]-(p:State)
  WHERE ${liveCondition('a', recorded)} AND ${liveCondition('p', recorded)}
  RETURN [a.id, a.kind, a.date, p.id, p.kind, ${deposited(recorded)}] ORDER BY a.id
}`;

/** Whether action `a` cites a depositary source (see statusActions). */
const deposited = (recorded: number | null): string => `EXISTS {
      MATCH (a)-[:CITES]->(d:Document)
      WHERE d.kind IN ['TREATY_STATUS', 'DEPOSITARY_NOTIFICATION'] AND d.originalUrl IS NULL AND d.original IS NULL
        AND coalesce(d.grade, 'OFFICIAL') = 'OFFICIAL' AND ${liveCondition('d', recorded)}
    }`;

/** A treaty has a few hundred actions: as lists rather than maps, the driver decodes no key per value. */
type StatusActionTuple = [string, string, string | null, string, string, boolean];

function toStatusRows(tuples: readonly StatusActionTuple[]): StatusActionRow[] {
  return tuples.map(([id, kind, date, participant, participantKind, deposited]) => ({
    id,
    kind,
    date,
    participant,
    participantKind,
    deposited,
  }));
}

/**
 * Every recorded action on each treaty with the participant that took it, for status computations:
 * one round trip for any number of treaties. Retracted actions and participants are left out.
 */
export async function findActionsForStatus(
  db: Queryable,
  treatyIds: readonly string[],
  recorded: number | null = null,
): Promise<Map<string, StatusActionRow[]>> {
  const rows = await db.read<{ treatyId: string; actions: StatusActionTuple[] }>(
    `UNWIND $treatyIds AS treatyId
     MATCH (t:Treaty {id: treatyId})
     RETURN treatyId, ${statusActions(recorded)} AS actions`,
    { treatyIds, ...recordedParam(recorded) },
  );
  return new Map(rows.map((row) => [row.treatyId, toStatusRows(row.actions)]));
}

/**
 * A treaty by id together with what its status needs, for an operation that asks for both: one round
 * trip instead of two. Null when no treaty has the id.
 */
export async function findTreatyWithStatusActions(db: Queryable, id: string): Promise<{ props: Props; actions: StatusActionRow[] } | null> {
  const [row] = await db.read<{ props: Props; actions: StatusActionTuple[] }>(
    `MATCH (t:Treaty {id: $id})
     RETURN properties(t) AS props, ${statusActions(null)} AS actions`,
    { id },
  );
  return row === undefined ? null : { props: row.props, actions: toStatusRows(row.actions) };
}

/**
 * What a status of counts needs of treaty `t` on `$asOf`, computed in Neo4j so that one row, not every
 * action, comes back: the entry-into-force module's rule (src/model/entry-into-force.ts) restricted to
 * the acts certain by asOf, which are the only ones its counts and trigger depend on. An act is certain
 * from its last possible day (`dateLast`); consent no depositary source records is left out; acts are
 * walked in deposit order (day, then id); a participant signs once, is a party from its first consent
 * until a withdrawal, and counts once under the rule unless the rule does not name its kind or it is an
 * REIO the rule does not count additionally; a withdrawal takes its counted instrument out; the
 * instrument that reaches the threshold triggers entry into force. The adoption check, the rule's
 * presence and the dates stay with the module's own code (toCountsStatus), so they cannot drift.
 */
const statusCounts = (recorded: number | null): string => `CALL (t) {
  MATCH (t)<-[:ON]-(a:TreatyAction)<-[:TOOK]-(p:State)
  WHERE a.dateLast <= date($asOf) AND ${liveCondition('a', recorded)} AND ${liveCondition('p', recorded)}
    AND (NOT a.kind IN $consentKinds OR ${deposited(recorded)})
  WITH a, p ORDER BY a.dateLast, a.id
  RETURN count(DISTINCT CASE WHEN a.kind = 'SIGNATURE' THEN p.id END) AS signatories,
    collect({a: a, p: p, kind: a.kind, reio: p.kind = 'REIO'}) AS acts
}
WITH *, reduce(bound = [], x IN acts |
    CASE WHEN x.kind = 'WITHDRAWAL' THEN [q IN bound WHERE q <> x.p]
         WHEN x.kind IN $consentKinds AND NOT x.p IN bound THEN bound + x.p
         ELSE bound END) AS parties,
  reduce(s = {counted: [], trigger: null}, x IN acts |
    CASE WHEN x.kind = 'WITHDRAWAL' THEN {counted: [c IN s.counted WHERE c <> x.p], trigger: s.trigger}
         WHEN NOT x.kind IN $consentKinds OR NOT x.kind IN coalesce(t.eifCountedKinds, [])
           OR (x.reio AND NOT coalesce(t.eifReioCountedAdditionally = true, false)) OR x.p IN s.counted THEN s
         ELSE {counted: s.counted + x.p,
               trigger: CASE WHEN s.trigger IS NULL AND size(s.counted) + 1 >= t.eifInstrumentsRequired THEN x ELSE s.trigger END}
    END) AS tally
WITH *, tally.trigger.a AS ta, tally.trigger.p AS tp
WITH *, {signatories: signatories, parties: size(parties), counted: size(tally.counted),
  trigger: CASE WHEN ta IS NULL THEN null ELSE {
    row: [ta.id, ta.kind, ta.date, tp.id, tp.kind, true],
    action: {labels: labels(ta), props: properties(ta)},
    participant: {labels: labels(tp), props: properties(tp)}
  } END} AS counts`;

interface EntityRow {
  labels: string[];
  props: Props;
}

/** A status of counts as Neo4j computes it; the trigger comes with its action and participant, whole, for their fields. */
export interface StatusCounts {
  signatories: number;
  parties: number;
  counted: number;
  trigger: { row: StatusActionRow; action: EntityRow; participant: EntityRow } | null;
}

interface StatusCountsRecord {
  signatories: unknown;
  parties: unknown;
  counted: unknown;
  trigger: { row: StatusActionTuple; action: EntityRow; participant: EntityRow } | null;
}

function toStatusCounts(record: StatusCountsRecord): StatusCounts {
  return {
    signatories: num(record.signatories) ?? 0,
    parties: num(record.parties) ?? 0,
    counted: num(record.counted) ?? 0,
    trigger: record.trigger === null ? null : { ...record.trigger, row: toStatusRows([record.trigger.row])[0]! },
  };
}

const countsParams = (asOf: string, recorded: number | null): Record<string, unknown> => ({
  asOf,
  consentKinds: CONSENT_KINDS,
  ...recordedParam(recorded),
});

/** The status counts of each treaty on a day (as recorded in a release, when given): one round trip for any number of treaties. */
export async function findStatusCounts(
  db: Queryable,
  treatyIds: readonly string[],
  asOf: string,
  recorded: number | null = null,
): Promise<Map<string, StatusCounts>> {
  const rows = await db.read<{ treatyId: string; counts: StatusCountsRecord }>(
    `UNWIND $treatyIds AS treatyId
     MATCH (t:Treaty {id: treatyId})
     ${statusCounts(recorded)}
     RETURN treatyId, counts`,
    { treatyIds, ...countsParams(asOf, recorded) },
  );
  return new Map(rows.map((row) => [row.treatyId, toStatusCounts(row.counts)]));
}

/** A treaty by id with its status counts on a day, for an operation that asks for both: one round trip. Null when no treaty has the id. */
export async function findTreatyWithStatusCounts(
  db: Queryable,
  id: string,
  asOf: string,
): Promise<{ props: Props; counts: StatusCounts } | null> {
  const [row] = await db.read<{ props: Props; counts: StatusCountsRecord }>(
    `MATCH (t:Treaty {id: $id})
     ${statusCounts(null)}
     RETURN properties(t) AS props, counts`,
    { id, ...countsParams(asOf, null) },
  );
  return row === undefined ? null : { props: row.props, counts: toStatusCounts(row.counts) };
}
