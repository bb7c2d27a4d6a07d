import type { Driver } from 'neo4j-driver';

import type { Database } from '../../src/db/database.js';
import { num } from '../../src/db/values.js';

/** The benchmark's own bookkeeping on its store: not part of the query mix. */

export async function graphSize(db: Database): Promise<{ nodes: number; relationships: number }> {
  // Both counts come from the count store: instant at any size.
  const [row] = await db.read<{ nodes: unknown; relationships: unknown }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: num(row?.nodes) ?? 0, relationships: num(row?.relationships) ?? 0 };
}

export async function neo4jVersion(db: Database): Promise<string> {
  const [row] = await db.read<{ version: string; edition: string }>(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
  );
  return row === undefined ? 'unknown' : `${row.version} ${row.edition}`;
}

/**
 * Empties an external database between scales. Batched in transactions of their own, which Cypher only
 * runs in an auto-commit query, hence a plain session rather than the Database's managed transactions.
 */
export async function clearGraph(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
