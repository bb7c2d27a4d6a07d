import type { Queryable } from '../../db/database.js';
import { listByName, type ListRows } from '../common/list.cypher.js';
import type { PageRequest } from '../common/pagination.js';

export interface ClaimFilter {
  topic: string | null;
  about: string | null;
  conflict: string | null;
  includeRetracted: boolean;
}

/** A page of claims by name, with the total. */
export function findClaims(db: Queryable, filter: ClaimFilter, request: PageRequest): Promise<ListRows> {
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
    },
    request,
  );
}

/** A page of conflicts by name (their topic), with the total. */
export function findConflicts(db: Queryable, filter: { topic: string | null }, request: PageRequest): Promise<ListRows> {
  return listByName(
    db,
    { label: 'Conflict', where: '($topic IS NULL OR toLower(n.topic) CONTAINS toLower($topic))', params: filter },
    request,
  );
}
