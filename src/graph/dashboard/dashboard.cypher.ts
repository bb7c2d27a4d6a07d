import type { Queryable } from '../../db/database.js';
import { num } from '../../db/values.js';

export interface ActionBucket {
  kind: string;
  /** YYYY-MM, or YEAR for a year-only date, or UNDATED. */
  bucket: string;
  count: number;
}

/**
 * Counts of a treaty's actions per month and kind. A month needs a date at least that precise; an act
 * dated to a range ("2025-10-25/2025-10-26") counts in the month of its latest possible day, when it is
 * certain to have happened. The from/to range keeps an action only when its whole date range is inside. Undated actions are counted
 * whatever the range, since they cannot be placed in or out of it.
 */
export async function countActionsByMonth(
  db: Queryable,
  filter: { treatyId: string; kinds: string[] | null; from: string | null; to: string | null },
): Promise<ActionBucket[]> {
  const rows = await db.read<{ kind: string; bucket: string; count: unknown }>(
    `MATCH (:Treaty {id: $treatyId})<-[:ON]-(a:TreatyAction)
     WHERE coalesce(a.retracted, false) = false
       AND ($kinds IS NULL OR a.kind IN $kinds)
       AND (a.date IS NULL OR (($from IS NULL OR a.dateFirst >= date($from)) AND ($to IS NULL OR a.dateLast <= date($to))))
     WITH a.kind AS kind,
       CASE WHEN a.date IS NULL THEN 'UNDATED'
         WHEN any(end IN split(a.date, '/') WHERE size(end) = 4) THEN 'YEAR'
         ELSE substring(toString(a.dateLast), 0, 7) END AS bucket
     RETURN kind, bucket, count(*) AS count
     ORDER BY bucket, kind`,
    filter,
  );
  return rows.map((row) => ({ kind: row.kind, bucket: row.bucket, count: num(row.count) ?? 0 }));
}

/** Every participant that is not retracted, with its UN regional group (null for none). */
export async function findParticipantGroups(db: Queryable): Promise<{ id: string; group: string | null }[]> {
  return db.read<{ id: string; group: string | null }>(
    'MATCH (p:State) WHERE coalesce(p.retracted, false) = false RETURN p.id AS id, p.regionalGroup AS group ORDER BY p.id',
  );
}
