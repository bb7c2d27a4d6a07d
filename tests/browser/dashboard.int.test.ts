import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { foreignRequests, launchBrowser, openPage, screenshot, type WatchedPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  api = await startTestServer();
  origin = new URL(api.url).origin;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function open(path: string): Promise<WatchedPage> {
  const watched = await openPage(browser, origin);
  await watched.page.goto(path);
  return watched;
}

describe('the research dashboard', () => {
  it('opens on the entry-into-force view with only local requests', async () => {
    const { page, requests, errors } = await open('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Entry into force' }).waitFor()).resolves.toBeUndefined();
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    await screenshot(page, 'dashboard');
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches the quotes and links each to its sources', async () => {
    const { page, requests, errors } = await open('/#/quotes');
    const search = page.getByLabel('Words in the quote');
    await search.fill('multilateralism');
    await search.press('Enter');
    const quote = page.locator('article.quote').filter({ hasText: 'major victory for multilateralism' });
    await quote.waitFor();
    await expect(quote.getByRole('link', { name: 'Ghada Waly' }).count()).resolves.toBe(1);
    await expect(quote.locator('.sources a').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'quotes');
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the GraphQL explorer', () => {
  it('runs the first example operation and shows the answer', async () => {
    const { page, requests, errors } = await open('/explorer');
    // The example's variables are filled in: the query runs as it opens.
    await page.locator('.graphiql-editor-tool').getByText('multilateralism').waitFor();
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('WhoSaidWhat'));
    await page.getByRole('button', { name: /Execute query/ }).click();
    const body = (await (await answered).json()) as { data: { statements: { totalCount: number; nodes: { text: string }[] } } };
    expect(body.data.statements.totalCount).toBeGreaterThan(0);
    expect(body.data.statements.nodes.every((n) => /multilateralism/i.test(n.text))).toBe(true);
    // Monaco draws only the lines in view: the count is near the top of the answer.
    await page.locator('.result-window').getByText(`"totalCount": ${body.data.statements.totalCount}`).waitFor();
    await screenshot(page, 'explorer');
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
