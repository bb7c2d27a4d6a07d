import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { staticRoutes, WEB_DIR } from '../../src/http/static.routes.js';
import { createLogger } from '../../src/logger.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let origin: string;
beforeAll(async () => {
  api = await startTestServer();
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await api.close();
});

describe('the web pages served beside the API', () => {
  it('serves the dashboard at / and GraphiQL at /explorer, both from this origin only', async () => {
    for (const [route, title] of [
      ['/', 'research dashboard'],
      ['/explorer', 'GraphQL explorer'],
    ] as const) {
      const response = await fetch(`${origin}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain(title);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    }
  });

  it('names no other host in the pages or their scripts', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(url.startsWith('/') || url.startsWith('data:'), url).toBe(true);
  });

  it('caches hashed assets for good and answers 404 for unknown ones', async () => {
    const asset = readdirSync(path.join(WEB_DIR, 'assets')).find((f) => f.startsWith('dashboard-') && f.endsWith('.js'));
    expect(asset).toBeDefined();
    const found = await fetch(`${origin}/assets/${asset}`);
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/no-such-file.js`)).status).toBe(404);
  });

  it('serves pages and assets compressed, brotli or gzip as the browser accepts', async () => {
    const asset = readdirSync(path.join(WEB_DIR, 'assets')).find((f) => f.startsWith('explorer-') && f.endsWith('.js'));
    expect(asset).toBeDefined();
    for (const [accepted, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await fetch(`${origin}/assets/${asset}`, { headers: { 'accept-encoding': accepted } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
    // Pages are under a kilobyte, below the threshold where compressing pays.
    const plain = await fetch(`${origin}/assets/${asset}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('sends a browser that opens /graphql to the explorer', async () => {
    const response = await fetch(`${origin}/graphql`, { redirect: 'manual', headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/explorer');
  });

  it('keeps /graphql the API', async () => {
    const { data } = await api.raw({ query: '{ __typename }' });
    expect(data).toEqual({ __typename: 'Query' });
  });
});

describe('without a web build', () => {
  let server: Server;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'treaty-graph-no-web-'));
    const app = express();
    app.use(staticRoutes(createLogger('silent'), dir));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to build it instead of failing obscurely', async () => {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/explorer`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
