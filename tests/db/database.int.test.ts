import { afterAll, describe, expect, it } from 'vitest';

import { syntheticTag } from '../support/synthetic.js';
import { testDatabase } from '../support/server.js';

const db = testDatabase();
const id = `doc:${syntheticTag()}`;
afterAll(async () => {
  await db.write('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
  await db.close();
});

describe('bookmarks', () => {
  it('a write transaction hands its bookmark to the reads that follow, as a cluster needs for read-your-writes', async () => {
    const manager = db.driver.executeQueryBookmarkManager;
    await db.read('RETURN 1');
    const before = new Set(await manager.getBookmarks());
    await db.writeTransaction(async (tx) => {
      await tx.run("CREATE (:Entity:Document {id: $id, name: 'Synthetic bookmark test', sourceIds: []})", { id });
    });
    const after = await manager.getBookmarks();
    expect([...after].filter((bookmark) => !before.has(bookmark))).toHaveLength(1);
    // A read now waits for that bookmark wherever it is routed, so it sees the write.
    expect(await db.read('MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id })).toEqual([{ id }]);
  });
});
