import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { dashboardSession } from '../support/dashboard-session.js';
import { WRITE_TOKEN, type TestServer } from '../support/server.js';
import { createSyntheticTreaty, deleteSynthetic, syntheticTag } from '../support/synthetic.js';

const AS_OF = '2026-12-01';
const tag = syntheticTag();
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };

let api: TestServer;
let origin: string;
let treatyId: string;
let docId: string;
const { open, done } = dashboardSession({
  started: async (server) => {
    api = server;
    origin = new URL(server.url).origin;
    // A treaty of this test's own, so that its writes move no figure another test counts.
    ({ treatyId, docId } = await createSyntheticTreaty(server.db, tag));
  },
  closing: async (server) => {
    await deleteSynthetic(server.db, tag);
  },
});

/** A signature recorded through the API with the write token, as a data keeper would record one. */
async function recordSignature(participant: string, date: string): Promise<number> {
  const answer = await api.raw(
    {
      query: 'mutation ($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }',
      variables: { input: { treaty: treatyId, participant, kind: 'SIGNATURE', date, sources: [{ id: docId }] } },
    },
    auth,
  );
  expect(answer.errors).toBeUndefined();
  return (answer.extensions as { release: { latest: number } }).release.latest;
}

async function figures(page: Page): Promise<(string | null)[]> {
  await page.getByTestId('status-cards').waitFor();
  return Promise.all(['signatories', 'parties', 'instruments', 'entry-into-force'].map((id) => page.getByTestId(id).textContent()));
}

describe('cite this view', () => {
  it('gives a permalink and a citation that reopen the same figures after a later write', async () => {
    const first = await recordSignature('state:ISL', '2025-11-03');
    const view = `/#/status?treaty=${encodeURIComponent(treatyId)}&asOf=${AS_OF}`;

    const watched = await open(view, { clipboard: true });
    const { page } = watched;
    await expect.poll(() => page.getByTestId('signatories').textContent()).toBe('1');
    const shown = await figures(page);
    const release = page.getByTestId('release');
    await release.waitFor();
    const cited = Number(await release.getAttribute('data-release'));
    expect(cited).toBeGreaterThanOrEqual(first);

    await page.getByRole('button', { name: 'Cite this view' }).click();
    const citation = page.getByTestId('citation');
    const link = await citation.getByTestId('cite-link').inputValue();
    const url = new URL(link);
    expect(url.origin).toBe(origin);
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: 'status', treaty: treatyId, asOf: AS_OF, release: String(cited) });
    const text = await citation.getByTestId('cite-text').textContent();
    expect(text).toContain(`“Entry into force: Synthetic treaty for tests ${treatyId}”, as of 1 Dec 2026`);
    expect(text).toMatch(
      new RegExp(`data release ${cited}, recorded \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC, content hash [0-9a-f]{16}`),
    );
    expect(text).toContain(link);
    await citation.getByRole('button', { name: 'Copy the citation' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(text);
    await done(watched);

    // Later, another signature is recorded: the graph as it is now counts it.
    const later = await recordSignature('state:NOR', '2025-11-04');
    expect(later).toBeGreaterThan(cited);
    const now = await open(view);
    await expect.poll(() => now.page.getByTestId('signatories').textContent()).toBe('2');
    await done(now);

    // The permalink still shows what was cited, and says the graph has moved on.
    const reopened = await open(link);
    const again = reopened.page;
    await expect.poll(() => again.evaluate(() => window.location.hash)).toMatch(/^#\/status\?/);
    await expect(figures(again)).resolves.toEqual(shown);
    await expect(again.getByTestId('release').getAttribute('data-release')).resolves.toBe(String(cited));
    await expect(again.getByTestId('moved-on').textContent()).resolves.toMatch(/release \d+ is the latest/);
    // Its own link keeps the release.
    await expect(again.getByRole('button', { name: 'Cite this view' }).click()).resolves.toBeUndefined();
    await expect(again.getByTestId('cite-link').inputValue()).resolves.toBe(link);
    // And the reader can leave it for the latest figures.
    await again.getByRole('button', { name: 'Show the latest' }).click();
    await expect.poll(() => again.getByTestId('signatories').textContent()).toBe('2');
    await expect(again.evaluate(() => window.location.hash)).resolves.not.toContain('release=');
    await done(reopened);
    // Five page loads and two writes: more than one ordinary test's time on a busy machine.
  }, 180_000);
});
