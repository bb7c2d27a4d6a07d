import { Router } from 'express';

import type { Database } from '../db/database.js';
import { isTransient } from '../db/failures.js';
import { atom, TAG } from '../graph/feed/atom.js';
import { changesOf, newestReleases } from '../graph/feed/feed.cypher.js';
import { labelOfId } from '../model/labels.js';

/** Entries a feed shows: the newest changes. */
export const FEED_ENTRIES = 50;
/** Releases a treaty's feed looks through for its entries. */
const TREATY_RELEASES = 200;

/**
 * GET /feeds/graph.atom (every recorded change) and /feeds/<treaty id>.atom (changes about one
 * treaty): Atom feeds, read from the graph on each request, so a reader sees a write on its next
 * poll. Public, like every read.
 */
export function feedRoutes(db: Database): Router {
  const router = Router();
  router.get('/:file', async (req, res) => {
    const match = /^(.+)\.atom$/.exec(req.params.file);
    const name = match?.[1];
    if (name === undefined || (name !== 'graph' && labelOfId(name) !== 'Treaty')) {
      res
        .status(404)
        .json({ error: 'ask for /feeds/graph.atom or /feeds/<treaty id>.atom, e.g. /feeds/treaty:un-cybercrime-convention.atom' });
      return;
    }
    const treatyId = name === 'graph' ? null : name;
    try {
      if (treatyId !== null) {
        const found = await db.read('MATCH (t:Treaty {id: $treatyId}) RETURN t.id AS id', { treatyId });
        if (found.length === 0) {
          res.status(404).json({ error: `no treaty with id "${treatyId}"` });
          return;
        }
      }
      const releases = await newestReleases(db, treatyId === null ? FEED_ENTRIES : TREATY_RELEASES);
      const items = (await changesOf(db, releases, treatyId)).slice(0, FEED_ENTRIES);
      const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const latest = releases[0] ?? null;
      const body = atom({
        id: `${TAG}feed/${treatyId ?? 'graph'}`,
        title: treatyId === null ? 'treaty-graph: recorded changes' : `treaty-graph: recorded changes about ${treatyId}`,
        base,
        self: `${base}${req.baseUrl}/${req.params.file}`,
        treatyId,
        latest,
        items,
      });
      if (latest !== null) res.set('treaty-graph-release', String(latest.id));
      res.status(200).type('application/atom+xml; charset=utf-8').send(body);
    } catch (error) {
      if (isTransient(error)) {
        res.status(503).set('retry-after', '5').json({ error: 'the graph database is not reachable right now; try again shortly' });
        return;
      }
      req.log.error({ err: error }, 'feed failed');
      res.status(500).json({ error: 'internal error' });
    }
  });
  return router;
}
