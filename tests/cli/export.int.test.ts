import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { testDatabase } from '../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../support/synthetic.js';

/** `npm run export` as a user runs it (the built dist/cli/export.js), on the test run's Neo4j. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const tag = syntheticTag();
const db = testDatabase();
let treatyId: string;
const PLANTED = "=cmd|' /C calc'!A0";

beforeAll(async () => {
  ({ treatyId } = await createSyntheticTreaty(db, tag));
  await db.write(
    `MATCH (t:Treaty {id: $treatyId}), (d:Document {id: $docId})
     CREATE (s:Entity:Statement {id: $statementId, name: 'synthetic statement', text: $text, context: 'Türkiye, Côte d’Ivoire',
              sourceIds: [$docId]})-[:ABOUT {sourceIds: [$docId]}]->(t)
     CREATE (s)-[:CITES]->(d)`,
    { treatyId, docId: `doc:${tag}-source`, statementId: `statement:${tag}:cli`, text: PLANTED },
  );
});
afterAll(async () => {
  await deleteSynthetic(db, tag);
  await db.close();
});

describe('npm run export', () => {
  it('writes CSV with formula-leading cells neutralised, a byte order mark and non-ASCII text intact', () => {
    const result = spawnSync(process.execPath, ['dist/cli/export.js', '--format', 'csv', '--what', 'statements', '--treaty', treatyId], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH!,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUsername'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        LOG_LEVEL: 'silent',
      },
      timeout: 120_000,
    });
    expect(result.status, result.stderr.toString()).toBe(0);
    expect([...result.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(result.stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([expect.objectContaining({ id: `statement:${tag}:cli`, text: `'${PLANTED}`, context: 'Türkiye, Côte d’Ivoire' })]);
  });
});
