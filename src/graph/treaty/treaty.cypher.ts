import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { Props } from '../../db/values.js';
import { liveCondition } from '../../ingest/release.cypher.js';
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
 * A treaty `t`'s live actions with the live participants that took them, as StatusActionRows in id
 * order. `deposited`: the action cites a depositary source, a status table or a depositary notification
 * that is not a copy of another document and not graded below official.
 */
const statusActions = (recorded: number | null): string => `COLLECT {
  MATCH (t)<-[:ON]-(a:TreatyAction)<-[:TOOK]-(p:State)
  WHERE ${liveCondition('a', recorded)} AND ${liveCondition('p', recorded)}
  RETURN {id: a.id, kind: a.kind, date: a.date, participant: p.id, participantKind: p.kind,
    deposited: EXISTS {
      MATCH (a)-[:CITES]->(d:Document)
      WHERE d.kind IN ['TREATY_STATUS', 'DEPOSITARY_NOTIFICATION'] AND d.originalUrl IS NULL AND d.original IS NULL
        AND coalesce(d.grade, 'OFFICIAL') = 'OFFICIAL' AND ${liveCondition('d', recorded)}
    }} ORDER BY a.id
}`;

/**
 * Every recorded action on each treaty with the participant that took it, for status computations:
 * one round trip for any number of treaties. Retracted actions and participants are left out.
 */
export async function findActionsForStatus(
  db: Queryable,
  treatyIds: readonly string[],
  recorded: number | null = null,
): Promise<Map<string, StatusActionRow[]>> {
  const rows = await db.read<{ treatyId: string; actions: StatusActionRow[] }>(
    `UNWIND $treatyIds AS treatyId
     MATCH (t:Treaty {id: treatyId})
     RETURN treatyId, ${statusActions(recorded)} AS actions`,
    { treatyIds, ...recordedParam(recorded) },
  );
  return new Map(rows.map((row) => [row.treatyId, row.actions]));
}

/**
 * A treaty by id together with what its status needs, for an operation that asks for both: one round
 * trip instead of two. Null when no treaty has the id.
 */
export async function findTreatyWithStatusActions(db: Queryable, id: string): Promise<{ props: Props; actions: StatusActionRow[] } | null> {
  const [row] = await db.read<{ props: Props; actions: StatusActionRow[] }>(
    `MATCH (t:Treaty {id: $id})
     RETURN properties(t) AS props, ${statusActions(null)} AS actions`,
    { id },
  );
  return row ?? null;
}
