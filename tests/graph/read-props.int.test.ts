import { afterAll, describe, expect, it } from 'vitest';

import type { Props } from '../../src/graph/common/props.js';
import { KEYS_READ, readProps } from '../../src/graph/common/read-props.js';
import { ENTITY_LABELS, isEntityLabel, toEntity } from '../../src/graph/entities.js';
import { testDatabase } from '../support/server.js';

/**
 * Reads ask Neo4j only for the properties each type reads. That must never change what a type
 * holds: on every node of the seeded graph, the entity built from those properties equals the
 * entity built from all of them.
 */
const db = testDatabase();
afterAll(async () => {
  await db.close();
});

const ownLabel = (labels: string[]): string => labels.find(isEntityLabel)!;

describe('the properties reads ask for', () => {
  it('build the same entity as all the properties, on every seeded node', async () => {
    const rows = await db.read<{ labels: string[]; all: Props; read: Props }>(
      `MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS all, ${readProps('n')} AS read`,
    );
    expect(new Set(rows.map((row) => ownLabel(row.labels)))).toEqual(new Set(ENTITY_LABELS));
    for (const row of rows) {
      expect(toEntity(row.labels, row.read), String(row.all.id)).toEqual(toEntity(row.labels, row.all));
    }
  });

  it('leave out the days Cypher derives from partial dates, which only queries use', async () => {
    const [row] = await db.read<{ all: Props; read: Props }>(
      `MATCH (a:TreatyAction) WHERE a.dateFirst IS NOT NULL RETURN properties(a) AS all, ${readProps('a')} AS read LIMIT 1`,
    );
    expect(row!.all).toHaveProperty('dateFirst');
    expect(row!.read).not.toHaveProperty('dateFirst');
    expect(row!.read).not.toHaveProperty('dateLast');
    expect(row!.read.date).toBe(row!.all.date);
  });

  it('include what a retracted entity shows of its retraction, for every type', () => {
    const retraction = {
      retracted: true,
      retractedAt: '2026-01-02T03:04:05Z',
      retractedBy: 'token:synthetic',
      retractedReason: 'synthetic test reason',
      retractedSourceIds: ['doc:synthetic-source'],
    };
    for (const label of ENTITY_LABELS) {
      const all: Props = { id: `x:synthetic-${label}`, name: 'Synthetic', ...retraction };
      const read = Object.fromEntries(Object.entries(all).filter(([key]) => KEYS_READ[label]?.includes(key) ?? true));
      expect(toEntity([label], read), label).toEqual(toEntity([label], all));
    }
  });
});
