import type { Queryable } from '../../db/database.js';
import type { Props } from '../common/props.js';

export async function findTreaties(db: Queryable): Promise<Props[]> {
  const rows = await db.read<{ props: Props }>(
    'MATCH (t:Treaty) WHERE coalesce(t.retracted, false) = false RETURN properties(t) AS props ORDER BY t.title, t.id',
  );
  return rows.map((row) => row.props);
}

export interface StatusActionRow {
  action: Props;
  participant: Props;
}

/**
 * Every recorded action on each treaty with the participant that took it, for status computations:
 * one round trip for any number of treaties. Retracted actions and participants are left out.
 */
export async function findActionsForStatus(db: Queryable, treatyIds: readonly string[]): Promise<Map<string, StatusActionRow[]>> {
  const rows = await db.read<StatusActionRow & { treatyId: string }>(
    `UNWIND $treatyIds AS treatyId
     MATCH (:Treaty {id: treatyId})<-[:ON]-(a:TreatyAction)<-[:TOOK]-(p:State)
     WHERE coalesce(a.retracted, false) = false AND coalesce(p.retracted, false) = false
     RETURN treatyId, properties(a) AS action, properties(p) AS participant
     ORDER BY a.id`,
    { treatyIds },
  );
  const byTreaty = new Map<string, StatusActionRow[]>();
  for (const { treatyId, action, participant } of rows) {
    byTreaty.set(treatyId, [...(byTreaty.get(treatyId) ?? []), { action, participant }]);
  }
  return byTreaty;
}
