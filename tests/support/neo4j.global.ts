import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { migrate, resampleIndexes } from '../../src/db/migrations.js';
import { createLogger } from '../../src/logger.js';
import { seedGraph } from '../../src/ingest/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
    neo4jVersion: string;
  }
}

/**
 * One real Neo4j for the whole run: NEO4J_URI when set, else the embedded one on a free port in a
 * temporary store removed afterwards. If it cannot start, every test fails with the reason: none skip.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedNeo4j | undefined;
  let storeDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (uri === undefined || uri === '') {
    storeDir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-test-'));
    embedded = await startEmbeddedNeo4j({
      storeDir,
      port: 0,
      heap: '1g',
      progress: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
    uri = embedded.uri;
  }
  const username = process.env.NEO4J_USERNAME ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? '';
  const db = Database.connect({
    uri,
    username,
    password,
    database: process.env.NEO4J_DATABASE,
    transactionTimeoutMs: 60_000,
    logger: createLogger('warn'),
  });
  try {
    await db.verify();
    await migrate(db);
    await seedGraph(db);
    await resampleIndexes(db);
    const [row] = await db.read<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    project.provide('neo4jVersion', row?.version ?? 'unknown');
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUsername', username);
  project.provide('neo4jPassword', password);

  return async () => {
    await embedded?.stop();
    if (storeDir !== undefined) rmSync(storeDir, { recursive: true, force: true });
  };
}
