import type { Queryable } from '../../db/database.js';
import type { Props } from '../common/props.js';

export async function findTreaties(db: Queryable): Promise<Props[]> {
  const rows = await db.read<{ props: Props }>(
    'MATCH (t:Treaty) WHERE coalesce(t.retracted, false) = false RETURN properties(t) AS props ORDER BY t.title, t.id',
  );
  return rows.map((row) => row.props);
}
