import type { Queryable } from '../../db/database.js';
import { listByName, type ListRows } from '../common/list.cypher.js';
import type { PageRequest } from '../common/pagination.js';
import type { Props } from '../../db/values.js';

/** The participant with this ISO 3166-1 alpha-3 code (unique by constraint), or null. */
export async function findStateByIso3(db: Queryable, iso3: string): Promise<Props | null> {
  const [row] = await db.read<{ props: Props }>('MATCH (s:State {iso3: $iso3}) RETURN properties(s) AS props', { iso3 });
  return row?.props ?? null;
}

export interface StateFilter {
  kind: string | null;
  regionalGroup: string | null;
  name: string | null;
}

/** A page of participants by name, with the total. */
export function findStates(db: Queryable, filter: StateFilter, request: PageRequest, recorded: number | null = null): Promise<ListRows> {
  return listByName(
    db,
    {
      label: 'State',
      where:
        '($kind IS NULL OR n.kind = $kind) AND ($regionalGroup IS NULL OR n.regionalGroup = $regionalGroup)' +
        ' AND ($name IS NULL OR toLower(n.name) CONTAINS toLower($name))',
      params: { ...filter },
      recorded,
    },
    request,
  );
}
