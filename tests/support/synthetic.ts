import { randomBytes } from 'node:crypto';

import type { Database } from '../../src/db/database.js';

/** A tag for one test file's data: every id it creates contains it, so cleanup finds exactly those. */
export function syntheticTag(): string {
  return `synthetic-${randomBytes(4).toString('hex')}`;
}

/**
 * A synthetic treaty with a copy of the real Convention's entry-into-force rule, citing a synthetic
 * document, so tests can act on a treaty without touching the real one's status.
 */
export async function createSyntheticTreaty(
  db: Database,
  tag: string,
  options: { stage?: 'ADOPTED' | 'DRAFT'; adoptedOn?: string | null; suffix?: string } = {},
): Promise<{ treatyId: string; docId: string }> {
  const treatyId = `treaty:${tag}${options.suffix ?? ''}`;
  const docId = `doc:${tag}-source`;
  const adoptedOn = options.adoptedOn === undefined ? '2024-12-24' : options.adoptedOn;
  await db.write(
    `MERGE (d:Entity:Document {id: $docId})
       SET d.name = 'Synthetic test document', d.title = 'Synthetic test document', d.kind = 'DEPOSITARY_NOTIFICATION', d.sourceIds = [], d.confidence = 'stated'
     WITH d
     MATCH (real:Treaty {id: 'treaty:un-cybercrime-convention'})
     CREATE (t:Entity:Treaty)
     SET t = real {.*, id: $treatyId}
     SET t.name = 'Synthetic treaty ' + $treatyId, t.shortTitle = t.name,
         t.title = 'Synthetic treaty for tests ' + $treatyId, t.stage = $stage, t.sourceIds = [$docId],
         t.adoptedOn = $adoptedOn, t.adoptedOnFirst = CASE WHEN $adoptedOn IS NULL THEN null ELSE date($adoptedOn) END,
         t.adoptedOnLast = CASE WHEN $adoptedOn IS NULL THEN null ELSE date($adoptedOn) END
     CREATE (t)-[:CITES]->(d)`,
    { docId, treatyId, stage: options.stage ?? 'ADOPTED', adoptedOn },
  );
  return { treatyId, docId };
}

/** Deletes every node whose id contains the tag, with its relationships. */
export async function deleteSynthetic(db: Database, tag: string): Promise<void> {
  if (!tag.startsWith('synthetic-')) throw new Error(`refusing to delete by a tag that is not synthetic: ${tag}`);
  await db.write('MATCH (n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE n', { tag });
}
