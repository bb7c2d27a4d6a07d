import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { dashboardSession } from '../support/dashboard-session.js';
import { type TestServer } from '../support/server.js';

const CONVENTION = 'treaty:un-cybercrime-convention';
const AS_OF = '2026-12-01';

let api: TestServer;
const { open, done } = dashboardSession({
  started: async (server) => {
    api = server;
  },
});

interface Assumed {
  participant: string;
  kind: string;
  date: string;
}

interface Projection {
  entryIntoForceDate: string | null;
  projected: boolean;
  partyCount: number;
  countedInstruments: { hypothetical: boolean }[];
  triggeringInstrument: { assumption: number | null; participant: { id: string } } | null;
  instrumentsNotCounted: { reason: string; instrument: { assumption: number | null; participant: { id: string } } }[];
}

/** The API's own answer for a list of assumptions, asked as any client would. */
async function projection(assume: Assumed[]): Promise<Projection> {
  const answer = await api.raw({
    query: `query ($id: ID!, $asOf: Date, $assume: [AssumedInstrumentInput!]) {
      treaty(id: $id) { status(asOf: $asOf, assume: $assume) {
        entryIntoForceDate projected partyCount countedInstruments { hypothetical }
        triggeringInstrument { assumption participant { id } }
        instrumentsNotCounted { reason instrument { assumption participant { id } } }
      } } }`,
    variables: { id: CONVENTION, asOf: AS_OF, assume },
  });
  expect(answer.errors).toBeUndefined();
  return (answer.data as { treaty: { status: Projection } }).treaty.status;
}

/** The assumptions as the panel lists them, read off the page: participant, instrument, day. */
async function shownAssumptions(page: Page): Promise<Assumed[]> {
  return page.getByTestId('what-if-assumptions').evaluate((table) =>
    Array.from(table.querySelectorAll('tbody tr')).map((row) => ({
      participant: row.getAttribute('data-participant')!,
      kind: row.querySelector('select')!.value,
      date: row.querySelector('input')!.value,
    })),
  );
}

describe('the what-if panel of the entry-into-force view', () => {
  it('projects the date and the triggering instrument the API computes for the chosen States, and writes nothing', async () => {
    const before = await projection([]);
    expect(before.entryIntoForceDate).toBeNull();

    const watched = await open(`/#/status?asOf=${AS_OF}`);
    const { page } = watched;
    await page.getByTestId('signatories').waitFor();
    const panel = page.getByTestId('what-if');
    await panel.locator('summary').click();

    // Every signatory not yet a party deposits on one day…
    await panel.getByLabel('Date of deposit', { exact: true }).fill('2027-02-01');
    await panel.getByRole('button', { name: /^Add the \d+ signatories not yet parties$/ }).click();
    // …one of them earlier, and a State that has not signed accedes before them all.
    const rows = panel.getByTestId('what-if-assumptions').locator('tbody tr');
    const first = rows.first();
    const firstName = (await first.locator('th').textContent())!;
    await first.getByLabel(`Date of deposit of ${firstName}`).fill('2027-01-05');
    const participant = panel.getByLabel('State or the EU');
    await expect.poll(() => participant.isEnabled()).toBe(true);
    const outsider = await participant
      .locator('option')
      .evaluateAll((options) =>
        options.find((o) => o.getAttribute('value') !== '' && !o.textContent!.includes('(signatory)'))!.getAttribute('value')!,
      );
    await participant.selectOption(outsider);
    await panel.getByLabel('Date of deposit', { exact: true }).fill('2027-01-10');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(rows.last().getAttribute('data-participant')).resolves.toBe(outsider);
    await expect(rows.last().getByRole('combobox').inputValue()).resolves.toBe('ACCESSION');

    const date = panel.getByTestId('what-if-date').locator('time');
    await date.waitFor();
    const assumed = await shownAssumptions(page);
    expect(assumed.some((a) => a.participant === 'reio:eu')).toBe(true);
    // Settle on the answer to the last change before comparing. The answer before it, without the
    // outsider, projects the same date (the 40th instrument is still one of 1 February) but another
    // trigger and count, and stays on screen while the last one loads.
    await panel.locator('[data-testid="what-if-result"][aria-busy="false"]').waitFor();
    const expected = await projection(assumed);
    await expect.poll(() => date.getAttribute('datetime')).toBe(expected.entryIntoForceDate);
    expect(expected.projected).toBe(true);
    expect(expected.entryIntoForceDate).not.toBeNull();

    // The instrument that would trigger it, named and marked in the list.
    const trigger = expected.triggeringInstrument!;
    await expect(panel.getByTestId('what-if-trigger').getAttribute('data-participant')).resolves.toBe(trigger.participant.id);
    await expect(panel.getByTestId('what-if-trigger').textContent()).resolves.toMatch(/\(assumed\)$/);
    await expect(rows.nth(trigger.assumption!).getByTestId('what-if-verdict').textContent()).resolves.toMatch(/triggers entry into force/);
    // Every assumed instrument the API does not leave out counts, with those recorded by the day in view.
    const recorded = expected.countedInstruments.filter((i) => !i.hypothetical).length;
    const leftOut = expected.instrumentsNotCounted.filter((n) => n.instrument.assumption !== null).length;
    await expect(panel.getByTestId('what-if-counted').textContent()).resolves.toBe(`${recorded + assumed.length - leftOut} / 40`);

    // The REIO rule: the EU's instrument is not counted in addition to its member States'.
    const eu = expected.instrumentsNotCounted.find((n) => n.instrument.participant.id === 'reio:eu');
    expect(eu?.reason).toBe('REIO_NOT_ADDITIONAL');
    await expect(panel.locator('tr[data-participant="reio:eu"]').getByTestId('what-if-verdict').textContent()).resolves.toMatch(
      /^not counted: An instrument deposited by a regional economic integration organization is not counted as additional/,
    );

    // The assumptions are in the link: opened afresh, the same projection.
    const link = await page.evaluate(() => window.location.href);
    expect(link).toContain('assume=');
    await done(watched);
    const again = await open(link);
    await expect
      .poll(() => again.page.getByTestId('what-if-date').locator('time').getAttribute('datetime'))
      .toBe(expected.entryIntoForceDate);
    await done(again);

    // Nothing was written: the recorded status is as it was.
    const after = await projection([]);
    expect(after).toEqual(before);
  });
});
