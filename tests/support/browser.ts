import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { type Browser, chromium, type Page, type Request } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps calling home, and this network refuses it.
 * Playwright starts every browser with a new, empty profile directory of its own.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Starts headless Chromium, or throws saying why: a browser test never skips. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000 });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM} did not start: ${(error as Error).message}`, { cause: error });
  }
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page asked for, to prove nothing leaves the machine. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** The requests still waiting for an answer, each with its GraphQL operation and how long it has waited: to say why a view never came. */
  waiting(): string[];
}

/**
 * How long a page may take to show what a test waits for: every wait of the browser tests, polls
 * included. Long, because a busy two-core machine runs Neo4j, Chromium and another test file at once,
 * and the first page of a file meets a cold server: the browser tests check what the pages show, not
 * how fast.
 */
export const SETTLE_MS = 45_000;
/** A browser test's own budget: room for a page that takes all of SETTLE_MS, and for what the test does then. */
export const BROWSER_TEST_MS = 2 * SETTLE_MS;

export const DESKTOP = { width: 1280, height: 860 };
/** A small phone: the narrowest width the dashboard is laid out for. */
export const PHONE = { width: 360, height: 780 };

/** A page in a new browser context: a fresh profile, with nothing stored from another test. */
export async function openPage(
  browser: Browser,
  origin: string,
  { viewport = DESKTOP, clipboard = false }: { viewport?: { width: number; height: number }; clipboard?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    baseURL: origin,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : [],
  });
  context.setDefaultTimeout(SETTLE_MS);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const unanswered = new Map<Request, number>();
  page.on('request', (request) => {
    requests.push(request.url());
    unanswered.set(request, Date.now());
  });
  page.on('requestfinished', (request) => unanswered.delete(request));
  page.on('requestfailed', (request) => unanswered.delete(request));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const waiting = () =>
    [...unanswered].map(([request, since]) => {
      const name = operationOf(request);
      return `${request.method()} ${request.url()}${name === undefined ? '' : ` (${name})`}, ${Math.round((Date.now() - since) / 1000)} s`;
    });
  return { page, requests, errors, waiting };
}

/** The GraphQL operation a request sends, by its name, if it sends one. */
export function operationOf(request: Request): string | undefined {
  return /\b(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1];
}

/** Requests that left this origin: anything but the server itself and in-page data. */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
