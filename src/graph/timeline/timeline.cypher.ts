import neo4j from 'neo4j-driver';

import type { Queryable } from '../../db/database.js';
import type { PageRequest } from '../common/pagination.js';
import { num, type Props } from '../../db/values.js';
import { liveCondition } from '../../ingest/release.cypher.js';

export interface TimelineFilter {
  treatyId: string;
  kinds: string[];
  from: string | null;
  to: string | null;
  /** As recorded in this release, or null for the graph as it is now. */
  recorded: number | null;
}

/** Undated items sort after every dated one. */
export const UNDATED = '9999-12-31';

export interface TimelineRow {
  kind: string;
  value: string | null;
  labels: string[];
  props: Props;
}

const IN_RANGE = `item.kind IN $kinds
  AND ($from IS NULL OR item.first >= date($from))
  AND ($to IS NULL OR item.last <= date($to))`;

/**
 * A treaty's timeline in one round trip: the events of the process that produced it or linked to it
 * (directly, or by a statement or claim about both), its actions, the statements about it, and the
 * documents all of these (and the treaty) cite, with the treaty's adopting resolution; merged, filtered, ordered by first possible day then
 * id, and cut to one keyset page. Null when there is no such treaty.
 */
export async function findTimeline(
  db: Queryable,
  filter: TimelineFilter,
  request: PageRequest,
): Promise<{ total: number; rows: TimelineRow[] } | null> {
  const [afterDate, afterId] = request.after ?? [null, null];
  const live = (v: string): string => liveCondition(v, filter.recorded);
  const cypher = `
    MATCH (t:Treaty {id: $treatyId})
    CALL (t) {
      MATCH (e:Event)
      WHERE ${live('e')}
        AND (EXISTS { (e)-[:PART_OF]->(:Process)-[:PRODUCED]->(t) }
          OR EXISTS { (e)--(t) }
          OR EXISTS {
            MATCH (x)-[:ABOUT]->(t)
            WHERE (x:Statement OR x:Claim) AND ${live('x')}
              AND (EXISTS { (x)-[:ABOUT]->(e) } OR EXISTS { (x)-[:SAID_AT]->(e) })
          })
      RETURN collect(e) AS events
    }
    CALL (t) {
      MATCH (t)<-[:ON]-(a:TreatyAction) WHERE ${live('a')}
      RETURN collect(a) AS actions
    }
    CALL (t) {
      MATCH (t)<-[:ABOUT]-(s:Statement) WHERE ${live('s')}
      RETURN collect(s) AS statements
    }
    CALL (t, events, actions, statements) {
      UNWIND [t] + events + actions + statements AS cited
      MATCH (cited)-[:CITES|ADOPTED_BY_RESOLUTION]->(d:Document) WHERE ${live('d')}
      RETURN collect(DISTINCT d) AS documents
    }
    WITH [e IN events | {n: e, kind: 'EVENT', value: e.start, first: e.startFirst, last: e.startLast}]
      + [a IN actions | {n: a, kind: 'TREATY_ACTION', value: a.date, first: a.dateFirst, last: a.dateLast}]
      + [s IN statements | {n: s, kind: 'STATEMENT', value: s.saidOn, first: s.saidOnFirst, last: s.saidOnLast}]
      + [d IN documents | {n: d, kind: 'DOCUMENT', value: d.publishedOn, first: d.publishedOnFirst, last: d.publishedOnLast}] AS items
    CALL (items) {
      UNWIND items AS item
      WITH item WHERE ${IN_RANGE}
      RETURN count(item) AS total
    }
    CALL (items) {
      UNWIND items AS item
      WITH item, coalesce(item.first, date($undated)) AS day
      WHERE ${IN_RANGE}
        AND ($afterId IS NULL OR day > date($afterDate) OR (day = date($afterDate) AND item.n.id > $afterId))
      WITH item, day ORDER BY day, item.n.id LIMIT $limit
      RETURN collect({kind: item.kind, value: item.value, labels: labels(item.n), props: properties(item.n)}) AS rows
    }
    RETURN total, rows`;
  const { recorded, ...rest } = filter;
  const records = await db.read<{ total: unknown; rows: TimelineRow[] }>(cypher, {
    ...rest,
    ...(recorded === null ? {} : { asRecordedIn: neo4j.int(recorded) }),
    undated: UNDATED,
    afterDate,
    afterId,
    limit: neo4j.int(request.limit),
  });
  const record = records[0];
  return record === undefined ? null : { total: num(record.total) ?? 0, rows: record.rows };
}
