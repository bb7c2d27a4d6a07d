import type { Queryable } from '../../db/database.js';
import { listByName, type ListRows } from '../common/list.cypher.js';
import type { PageRequest } from '../common/pagination.js';

/** A page of processes by name, with the total. */
export function findProcesses(db: Queryable, request: PageRequest): Promise<ListRows> {
  return listByName(db, { label: 'Process', where: '', params: {} }, request);
}
