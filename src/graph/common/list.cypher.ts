import neo4j from 'neo4j-driver';

import type { Params, Queryable } from '../../db/database.js';
import { num, type Props } from '../../db/values.js';
import type { PageRequest } from './pagination.js';
import type { EntityLabel } from '../../model/labels.js';
import { liveCondition } from '../../ingest/release.cypher.js';

export interface ListRows {
  total: number;
  rows: { labels: string[]; props: Props }[];
}

export interface ListQuery {
  label: EntityLabel;
  /** Extra WHERE conditions on `n`, parameterised; '' for none. */
  where: string;
  params: Params;
  includeRetracted?: boolean;
  /** As recorded in this release, or null/absent for the graph as it is now. */
  recorded?: number | null;
}

/**
 * One round trip for a page and its total: the page is a keyset slice ordered by (name, id), so a
 * cursor stays valid when items are added.
 */
export async function listByName(db: Queryable, query: ListQuery, request: PageRequest): Promise<ListRows> {
  const recorded = query.recorded ?? null;
  const conditions = [
    query.where || 'true',
    ...(recorded === null ? [] : ['coalesce(n.recordedIn, 0) <= $asRecordedIn']),
    query.includeRetracted ? 'true' : liveCondition('n', recorded),
  ].join(' AND ');
  const [afterName, afterId] = request.after ?? [null, null];
  const cypher = `
    CALL () {
      MATCH (n:${query.label}) WHERE ${conditions}
      RETURN count(n) AS total
    }
    CALL () {
      MATCH (n:${query.label}) WHERE ${conditions}
        AND ($afterId IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
      WITH n ORDER BY n.name, n.id LIMIT $limit
      RETURN collect({labels: labels(n), props: properties(n)}) AS rows
    }
    RETURN total, rows`;
  const [record] = await db.read<{ total: unknown; rows: ListRows['rows'] }>(cypher, {
    ...query.params,
    ...(recorded === null ? {} : { asRecordedIn: neo4j.int(recorded) }),
    afterName,
    afterId,
    limit: neo4j.int(request.limit),
  });
  return { total: num(record?.total) ?? 0, rows: record?.rows ?? [] };
}
