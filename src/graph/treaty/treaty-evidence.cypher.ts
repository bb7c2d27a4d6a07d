import type { Queryable } from '../../db/database.js';
import { num, type Props } from '../../db/values.js';

/**
 * Domestic acts towards consent to each treaty (a parliament's vote, a law signed) that no depositary
 * record confirms, dated on or before `asOf` or undated, in date order: one round trip for any number
 * of treaties. Retracted events are left out.
 */
export async function findReportedActs(db: Queryable, treatyIds: readonly string[], asOf: string): Promise<Map<string, Props[]>> {
  const rows = await db.read<{ treatyId: string; events: Props[] }>(
    `UNWIND $treatyIds AS treatyId
     RETURN treatyId, COLLECT {
       MATCH (e:Event {treaty: treatyId})
       WHERE e.participant IS NOT NULL AND coalesce(e.retracted, false) = false
         AND (e.startLast IS NULL OR e.startLast <= date($asOf))
       RETURN properties(e) ORDER BY e.startFirst, e.id
     } AS events`,
    { treatyIds, asOf },
  );
  return new Map(rows.map((row) => [row.treatyId, row.events]));
}

export interface KindCurrencyRow {
  kind: string;
  documents: number;
  lastCheckedOn: string | null;
}

/** Per document kind: how many documents, and the last day a research pass read or searched one of them. */
export async function findSourceCurrency(db: Queryable): Promise<KindCurrencyRow[]> {
  const rows = await db.read<{ kind: string; documents: unknown; lastCheckedOn: string | null }>(
    `MATCH (d:Document) WHERE coalesce(d.retracted, false) = false
     WITH d.kind AS kind, count(d) AS documents, max(d.checkedOnLast) AS last
     RETURN kind, documents, CASE WHEN last IS NULL THEN null ELSE toString(last) END AS lastCheckedOn
     ORDER BY kind`,
  );
  return rows.map((row) => ({ kind: row.kind, documents: num(row.documents) ?? 0, lastCheckedOn: row.lastCheckedOn }));
}
