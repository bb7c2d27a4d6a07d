import { existsSync } from 'node:fs';
import path from 'node:path';

import compression from 'compression';
import express, { type Response, Router } from 'express';

import type { Logger } from '../logger.js';
import { projectPath } from '../paths.js';

/**
 * The web build (`npm run build` puts it in dist/web). This module sits two folders below the project
 * root both as source (src/http) and compiled (dist/http), so one relative path serves the tests and
 * `npm start` alike.
 */
export const WEB_DIR = projectPath('dist', 'web');

const PAGES: Record<string, string> = { '/': 'index.html', '/explorer': 'explorer.html' };

function sendPage(res: Response, file: string): void {
  // Pages name their hashed assets: always ask again for the page, cache the assets for good.
  res.set('cache-control', 'no-cache');
  res.sendFile(path.join(WEB_DIR, file));
}

/**
 * The research dashboard at `/` and GraphiQL at `/explorer`, both talking to `/graphql`. Their
 * content security policy is among the headers of every answer (src/http/security-headers.ts).
 */
export function staticRoutes(logger: Logger, webDir: string = WEB_DIR): Router {
  const router = Router();
  if (!existsSync(path.join(webDir, 'index.html'))) {
    logger.warn({ webDir }, 'web build missing: the dashboard and explorer are not served (run npm run build)');
    router.get(Object.keys(PAGES), (_req, res) => {
      res.status(503).type('text/plain').send('The web build is missing: run `npm run build`.\n');
    });
    return router;
  }
  // Brotli or gzip as the browser accepts: the editor's chunk alone is 2.8 MB.
  router.use(compression());
  for (const [route, file] of Object.entries(PAGES)) {
    router.get(route, (_req, res) => sendPage(res, file));
  }
  router.use('/assets', express.static(path.join(webDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  return router;
}
