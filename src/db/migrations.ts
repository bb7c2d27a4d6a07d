import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Database } from './database.js';
import { projectPath } from '../paths.js';

const SCHEMA_DIR = projectPath('schema');

/** The statements of schema/*.cypher in file order; each is idempotent (IF NOT EXISTS). */
export function migrationStatements(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((statement) => statement.trim())
        .filter((statement) => statement !== ''),
    );
}

/**
 * Applies constraints and indexes, then waits until every index is online so first queries use them.
 * Over a graph that holds data (an offline import) building them takes long: `timeoutMs` then
 * replaces the per-request transaction timeout.
 */
export async function migrate(db: Database, options: { timeoutMs?: number } = {}): Promise<number> {
  const statements = migrationStatements();
  // Schema commands cannot share a transaction with each other or with data writes.
  for (const statement of [...statements, `CALL db.awaitIndexes(${Math.ceil((options.timeoutMs ?? 300_000) / 1000)})`]) {
    await db.writeTransaction((tx) => tx.run(statement), options.timeoutMs);
  }
  return statements.length;
}

/**
 * Samples again every index whose statistics a large write has outdated. An index created on an empty
 * graph and then filled (the first seed) keeps the statistics of its empty start until Neo4j's
 * background sampler gets to it, and meanwhile the planner may prefer a scan to a seek on it.
 */
export async function resampleIndexes(db: Database): Promise<void> {
  await db.write('CALL db.resampleOutdatedIndexes()');
}
