import { Router } from 'express';

import type { Database } from '../db/database.js';
import { isTransient } from '../db/failures.js';
import { CONTENT_TYPES, exportRelease, ExportRequestError, runExport, type Format, type What } from '../export/export.js';

const one = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * GET /export/<what>.<format>?treaty=&id=&depth=&asRecordedIn= — public reads, bounded by the export
 * limits, written to the response chunk by chunk, read as recorded in one release (the latest unless
 * asked), which the Treaty-Graph-Release headers name (and a graph in JSON carries as `release`).
 */
export function exportRoutes(db: Database): Router {
  const router = Router();
  router.get('/:file', async (req, res) => {
    const match = /^([a-z]+)\.([a-z]+)$/.exec(req.params.file);
    try {
      if (match === null) throw new ExportRequestError('ask for /export/<what>.<format>, e.g. /export/actions.csv');
      const depth = one(req.query.depth);
      const asked = one(req.query.asRecordedIn);
      const release = await exportRelease(db, asked === undefined ? null : Number(asked));
      const request = {
        what: match[1] as What,
        format: match[2] as Format,
        treaty: one(req.query.treaty) ?? null,
        id: one(req.query.id) ?? null,
        depth: depth === undefined ? null : Number(depth),
        asRecordedIn: release?.id ?? null,
      };
      const chunks = await runExport(db, request, release);
      if (release !== null) {
        res.set({
          'treaty-graph-release': String(release.id),
          'treaty-graph-release-at': release.at,
          'treaty-graph-release-hash': release.hash,
        });
      }
      // attachment() guesses a type from the file name; the export's own type is set after it.
      res.status(200).attachment(req.params.file).type(CONTENT_TYPES[request.format]);
      for (const chunk of chunks) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof ExportRequestError) {
        res.status(400).json({ error: error.message });
        return;
      }
      if (isTransient(error)) {
        // As GraphQL answers an outage: 503 with Retry-After, so clients and proxies know to come back.
        res.status(503).set('retry-after', '5').json({ error: 'the graph database is not reachable right now; try again shortly' });
        return;
      }
      req.log.error({ err: error }, 'export failed');
      res.status(500).json({ error: 'internal error' });
    }
  });
  return router;
}
