import { readFile } from 'node:fs/promises';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { foreignRequests, launchBrowser, openPage, screenshot, type WatchedPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let origin: string;
// Started by the first test that needs it, so that a browser that cannot start fails every test
// with the reason, rather than having them reported as skipped.
let browserStart: Promise<Browser> | undefined;
const browser = (): Promise<Browser> => (browserStart ??= launchBrowser());

beforeAll(async () => {
  api = await startTestServer();
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await browserStart?.then(
    (b) => b.close(),
    () => undefined,
  );
  await api?.close();
});

async function open(path: string): Promise<WatchedPage> {
  const watched = await openPage(await browser(), origin);
  await watched.page.goto(path);
  return watched;
}

describe('the research dashboard', () => {
  it('opens on the entry-into-force view with only local requests', async () => {
    const { page, requests, errors } = await open('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Entry into force' }).waitFor()).resolves.toBeUndefined();
    await page.getByRole('navigation', { name: 'Views' }).waitFor();
    await page
      .getByLabel('Treaty')
      .getByRole('option', { name: 'United Nations Convention against Cybercrime' })
      .waitFor({ state: 'attached' });
    // A few requests at most: the schema's fields, the treaties, the view's own query.
    expect(requests.filter((url) => url.endsWith('/graphql')).length).toBeLessThanOrEqual(4);
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches the quotes and links each to its sources', async () => {
    const { page, requests, errors } = await open('/#/quotes');
    const search = page.getByLabel(/Search the quotes/);
    await search.fill('multilateralism');
    await search.press('Enter');
    const quote = page.locator('article.quote').filter({ hasText: 'major victory for multilateralism' });
    await quote.waitFor();
    await expect(quote.getByRole('link', { name: 'Ghada Waly' }).count()).resolves.toBe(1);
    await expect(quote.locator('.sources a').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'quotes');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('quotes.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Date,Speaker,Speaker id,Role at the time,Quote,Context,Event,Sources,Statement id');
    expect(lines.length - 1).toBe(Number((await page.getByTestId('quote-count').textContent())!.split(' ')[0]));

    // Narrowed to what UNODC's officials said: with the words, then without them.
    const quotes = page.locator('article.quote');
    await page.getByLabel('Organization').selectOption('org:unodc');
    await expect.poll(() => quotes.count(), { timeout: 30_000 }).toBe(1);
    await expect(quotes.first().textContent()).resolves.toContain('Ghada Waly');
    await search.fill('');
    await search.press('Enter');
    await expect.poll(() => quotes.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    await expect(quotes.filter({ hasText: 'António Guterres' }).count()).resolves.toBe(0);
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

describe('the views built on treaty status and navigation', () => {
  it('changes the as-of date and sees the counts change', async () => {
    const { page, requests, errors } = await open('/#/status?asOf=2025-10-26');
    const signatories = page.getByTestId('signatories');
    await signatories.waitFor();
    const after = Number(await signatories.textContent());
    expect(after).toBeGreaterThan(0);
    await screenshot(page, 'status');

    await page.getByLabel('As of').fill('2025-10-24');
    await page.getByText('Status as of 24 Oct 2025').waitFor();
    const before = Number(await signatories.textContent());
    expect(before).toBeLessThan(after);
    await expect(page.getByTestId('instruments').textContent()).resolves.toMatch(/^\d+ \/ 40$/);
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('expands a node of the neighbourhood graph and shows the sources of its relationships', async () => {
    const { page, requests, errors } = await open('/#/graph?id=org:unodc');
    const size = page.getByTestId('graph-size');
    const list = page.getByRole('list', { name: 'Entities in the graph' });
    const unexpanded = list.locator('button[aria-label^="Expand "]');
    await unexpanded.first().waitFor();
    const entities = async () => Number((await size.textContent())!.split(' ')[0]);
    const initial = await entities();
    expect(initial).toBeGreaterThan(1);

    // An office of UNODC: expanding it brings in the person who held it.
    const name = 'Executive Director';
    await list
      .getByRole('button', { name: `Expand ${name}`, exact: true })
      .first()
      .click();
    await list
      .getByRole('button', { name: `Expanded ${name}`, exact: true })
      .first()
      .waitFor();
    await expect.poll(entities, { timeout: 30_000 }).toBeGreaterThan(initial);
    await expect(page.getByTestId('selected-node').textContent()).resolves.toContain(name);

    // A click on the drawing expands too: ask Cytoscape where it drew the person, and click there.
    const person = 'Ghada Waly';
    const canvas = page.getByTestId('graph-canvas');
    const point = await canvas.evaluate((element, label) => {
      type Drawn = { data(key: string): unknown; renderedPosition(): { x: number; y: number } };
      const cy = (element as unknown as { _cyreg: { cy: { nodes(): Drawn[] } } })._cyreg.cy;
      const node = cy.nodes().find((n) => n.data('label') === label);
      return node?.renderedPosition();
    }, person);
    expect(point).toBeDefined();
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    await list.getByRole('button', { name: `Expanded ${person}`, exact: true }).waitFor();
    await expect(page.getByTestId('selected-node').textContent()).resolves.toContain(person);

    const relationships = page.getByRole('table', { name: /Relationships/ });
    await expect(relationships.locator('tbody tr').count()).resolves.toBeGreaterThan(1);
    await expect(relationships.locator('tbody a').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'graph');
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws who signed on the world map and by regional group', async () => {
    const { page, requests, errors } = await open('/#/participation?asOf=2025-10-26');
    await page.getByTestId('participation-summary').waitFor();
    await expect(page.locator('svg path.country.signatory').count()).resolves.toBeGreaterThan(20);
    const groups = page.getByRole('table', { name: /By UN regional group/ });
    await expect(groups.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(5);
    await screenshot(page, 'participation');
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('charts the signatures by month and by day, with the timeline of events and statements', async () => {
    const { page, requests, errors } = await open('/#/timeline');
    const byMonth = page.getByRole('table', { name: 'Acts by month' });
    await byMonth.getByRole('cell', { name: '2025-10', exact: true }).waitFor();
    await page.getByRole('radio', { name: 'Day' }).check();
    await page.getByRole('table', { name: 'Acts by day' }).getByRole('cell', { name: '2025-10-25', exact: true }).waitFor();
    const timeline = page.getByRole('table', { name: 'Timeline' });
    await timeline.getByRole('cell', { name: 'Statement', exact: true }).first().waitFor();
    await expect(timeline.getByRole('cell', { name: 'Event', exact: true }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'timeline');
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
