import { afterAll, describe, expect, inject, it } from 'vitest';

import { migrate, migrationStatements } from '../../src/db/migrations.js';
import { testDatabase } from '../support/server.js';

const db = testDatabase();
afterAll(async () => {
  await db.close();
});

describe('the database', () => {
  it('is a real Neo4j (5.26 LTS when embedded)', async () => {
    const [row] = await db.read<{ name: string; version: string; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    expect(row?.name).toBe('Neo4j Kernel');
    if (!process.env.NEO4J_URI) {
      expect(row?.version).toMatch(/^5\.26\.\d+$/);
      expect(inject('neo4jVersion')).toBe(row?.version);
    }
  });

  it('has every constraint (through its index) and index of schema/*.cypher, and applying them again changes nothing', async () => {
    const before = await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
    const names = new Set(before.map((r) => r.name));
    for (const statement of migrationStatements()) {
      const dropped = /^DROP INDEX\s+(\w+)\s+IF EXISTS$/.exec(statement)?.[1];
      if (dropped !== undefined) {
        expect(names.has(dropped), `${dropped} is replaced`).toBe(false);
        continue;
      }
      const name = /(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/.exec(statement)?.[1];
      expect(name, statement).toBeDefined();
      expect(names.has(name!), name).toBe(true);
    }
    await migrate(db);
    const after = await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
    expect(after.length).toBe(before.length);
  });

  it('refuses a second node with an existing id', async () => {
    await expect(db.write("CREATE (:Entity:Organization {id: 'org:unodc', name: 'duplicate'})")).rejects.toThrow(/already exists/);
  });
});
