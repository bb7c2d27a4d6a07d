import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, vi } from 'vitest';

import { BROWSER_TEST_MS, foreignRequests, launchBrowser, openPage, SETTLE_MS, type WatchedPage } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

export interface DashboardSession {
  /** A new page on the dashboard at `path` (a path or a hash route), its requests and errors watched. */
  open(path: string, options?: Parameters<typeof openPage>[2]): Promise<WatchedPage>;
  /** Nothing left the machine and nothing failed in the page; the page is closed. */
  done(page: WatchedPage): Promise<void>;
}

/**
 * One test server and one browser for a file of dashboard tests, started before its tests and closed
 * after them. `started` receives the server (to keep it, or to write what the file's tests need);
 * `closing` runs before it stops.
 */
export function dashboardSession(
  hooks: { started?: (api: TestServer) => void | Promise<void>; closing?: (api: TestServer) => void | Promise<void> } = {},
): DashboardSession {
  // Polls wait as long as the page's own waits do, and each test has room for them.
  vi.setConfig({ testTimeout: BROWSER_TEST_MS, expect: { poll: { timeout: SETTLE_MS } } });
  let api: TestServer | undefined;
  let origin = '';
  // Started by the first test that needs it, so that a browser that cannot start fails every test
  // with the reason, rather than having them reported as skipped.
  let browserStart: Promise<Browser> | undefined;
  const browser = (): Promise<Browser> => (browserStart ??= launchBrowser());

  beforeAll(async () => {
    api = await startTestServer();
    origin = new URL(api.url).origin;
    await hooks.started?.(api);
  });
  afterAll(async () => {
    await browserStart?.then(
      (b) => b.close(),
      () => undefined,
    );
    if (api === undefined) return;
    await hooks.closing?.(api);
    await api.close();
  });

  return {
    async open(path, options = {}) {
      const watched = await openPage(await browser(), origin, options);
      await watched.page.goto(path);
      return watched;
    },
    async done({ page, requests, errors }) {
      expect(foreignRequests(requests, origin)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  };
}
