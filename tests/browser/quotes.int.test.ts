import { readFile } from 'node:fs/promises';

import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { operationOf } from '../support/browser.js';
import { dashboardSession } from '../support/dashboard-session.js';
import { type TestServer } from '../support/server.js';
import { projectPath } from '../../src/paths.js';

/** Ghada Waly's quotes as the seeds record them: the view must show each, verbatim. */
const WALY = (
  JSON.parse(await readFile(projectPath('seeds', 'statements.json'), 'utf8')) as { speaker: string | null; text: string }[]
).filter((s) => s.speaker === 'person:ghada-waly');

let api: TestServer;
const { open, done } = dashboardSession({
  started: async (server) => {
    api = server;
  },
});

/** The API's own count of what an organization's people said, asked as any client would. */
async function statementsOf(organization: string): Promise<number> {
  const answer = await api.raw({
    query: 'query ($o: ID!) { statements(where: { organization: $o }) { totalCount } }',
    variables: { o: organization },
  });
  expect(answer.errors).toBeUndefined();
  return (answer.data as { statements: { totalCount: number } }).statements.totalCount;
}

describe('the quotes view', () => {
  it('lists what UNODC said, with its sources, in one request filtered by the API', async () => {
    expect(WALY.length).toBeGreaterThan(1);
    const expected = await statementsOf('org:unodc');
    expect(expected).toBeGreaterThanOrEqual(WALY.length);

    const watched = await open('/#/quotes');
    const { page } = watched;
    const count = page.getByTestId('quote-count');
    await count.waitFor();
    const picker = page.getByLabel('Organization');
    await picker.locator('option[value="org:unodc"]').waitFor({ state: 'attached' });
    // Organizations that no quoted person served are offered too: one may speak in its own name.
    await expect(picker.locator('option[value="org:microsoft"]').count()).resolves.toBe(1);

    const sent: Request[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent.push(request);
    });
    await picker.selectOption('org:unodc');
    await expect.poll(() => count.textContent()).toBe(`${expected} quote${expected === 1 ? '' : 's'}`);
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#/quotes?org=org%3Aunodc');

    const quotes = page.locator('article.quote');
    await expect(quotes.count()).resolves.toBe(expected);
    for (const { text } of WALY) {
      const quote = quotes.filter({ has: page.locator('blockquote', { hasText: text }) });
      await expect(quote.count(), text).resolves.toBe(1);
      await expect(quote.getByRole('link', { name: 'Ghada Waly' }).count()).resolves.toBe(1);
      await expect(quote.locator('.quote-sources a[href^="http"]').count(), text).resolves.toBeGreaterThan(0);
    }
    // Every quote of the organization, whoever said it, cites a source.
    await expect(quotes.filter({ hasNot: page.locator('.quote-sources a[href^="http"]') }).count()).resolves.toBe(0);

    // One request answered the choice, and the API did the filtering. The rest of the page may still be
    // loading its own data (the coverage pages through every document), so only the quotes view's
    // operations are counted.
    const operations = sent.map(operationOf);
    const answered = sent.filter((request) => /^Dashboard(?:Search)?Quote/.test(operationOf(request) ?? ''));
    expect(answered, `sent: ${operations.join(', ')}`).toHaveLength(1);
    const body = JSON.parse(answered[0]!.postData()!) as { query: string; variables: { where: { organization: string } } };
    expect(body.query).toMatch(/query DashboardQuotes\b/);
    expect(body.variables.where.organization).toBe('org:unodc');
    await done(watched);
  });

  it('narrows an organization to one of its speakers, and says so when the organization is unknown', async () => {
    const watched = await open('/#/quotes?org=org:unodc');
    const { page } = watched;
    const speaker = page.getByLabel('Speaker');
    await speaker.locator('option[value="person:ghada-waly"]').waitFor({ state: 'attached' });
    // Under UNODC only its officials are offered as speakers.
    await expect(speaker.locator('option[value="person:antonio-guterres"]').count()).resolves.toBe(0);
    await speaker.selectOption('person:ghada-waly');
    await expect.poll(() => page.getByTestId('quote-count').textContent()).toBe(`${WALY.length} quote${WALY.length === 1 ? '' : 's'}`);
    await page.context().close();

    const unknown = await open('/#/quotes?org=org:synthetic-nobody');
    await unknown.page
      .getByTestId('unknown-organization')
      .getByText(/No organization in the graph has the id “org:synthetic-nobody”/)
      .waitFor();
    await expect(unknown.page.getByTestId('quote-count').count()).resolves.toBe(0);
    await done(unknown);
  });
});
