import type { Queryable } from '../../db/database.js';
import { listByName, type ListRows } from '../common/list.cypher.js';
import type { PageRequest } from '../common/pagination.js';

export interface ClaimFilter {
  topic: string | null;
  about: string | null;
  conflict: string | null;
  includeRetracted: boolean;
}

/** A page of claims by name, with the total; as recorded in a release when `recorded` is given. */
export function findClaims(db: Queryable, filter: ClaimFilter, request: PageRequest, recorded: number | null = null): Promise<ListRows> {
  const { includeRetracted, ...params } = filter;
  return listByName(
    db,
    {
      label: 'Claim',
      where:
        '($topic IS NULL OR toLower(n.topic) CONTAINS toLower($topic))' +
        ' AND ($about IS NULL OR EXISTS { (n)-[:ABOUT]->(:Entity {id: $about}) })' +
        ' AND ($conflict IS NULL OR EXISTS { (n)-[:IN_CONFLICT]->(:Conflict {id: $conflict}) })',
      params,
      includeRetracted,
      recorded,
    },
    request,
  );
}

/** The words of a topic query, lower-cased: each must begin a word of the conflict ("vote" finds "voted"). */
export function topicWords(topic: string | null): string[] | null {
  const words = (topic ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words;
}

/**
 * A page of conflicts by name (their topic), with the total: by the words of their topic and claims, or
 * by what their claims are about. Conflicts are few (a handful per treaty): a scan of them is cheap.
 */
export function findConflicts(
  db: Queryable,
  filter: { topic: string | null; about: string | null },
  request: PageRequest,
  recorded: number | null = null,
): Promise<ListRows> {
  const conditions: string[] = [];
  if (filter.about !== null) conditions.push('EXISTS { (n)<-[:IN_CONFLICT]-(:Claim)-[:ABOUT]->(:Entity {id: $about}) }');
  const queryWords = topicWords(filter.topic);
  if (queryWords !== null) {
    // The words of the topic and of what its claims say: "vote" finds "adopted without a vote".
    const text =
      "toLower(n.topic + ' ' + reduce(v = '', x IN COLLECT { MATCH (n)<-[:IN_CONFLICT]-(c:Claim) RETURN coalesce(c.value, '') } | v + ' ' + x))";
    const words = `split(reduce(s = ${text}, ch IN [',', '.', ';', ':', '(', ')', '"', '’', '?', '/'] | replace(s, ch, ' ')), ' ')`;
    conditions.push(`all(w IN $topicWords WHERE any(t IN ${words} WHERE t STARTS WITH w))`);
  }
  return listByName(
    db,
    { label: 'Conflict', where: conditions.join(' AND '), params: { about: filter.about, topicWords: queryWords }, recorded },
    request,
  );
}
