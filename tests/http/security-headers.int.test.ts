import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
let origin: string;
beforeAll(async () => {
  api = await startTestServer({ trustProxy: ['loopback'] });
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await api.close();
});

/** What a public deployment should send on every answer, whatever it is. */
function expectHardened(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('x-permitted-cross-domain-policies')).toBe('none');
  expect(headers.get('x-powered-by')).toBeNull();
  const csp = headers.get('content-security-policy') ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('upgrade-insecure-requests');
}

describe('security headers', () => {
  it('hardens the dashboard page, the explorer and the API alike', async () => {
    for (const page of ['/', '/explorer']) {
      const response = await fetch(`${origin}${page}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectHardened(response.headers);
    }
    const api = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(api.status).toBe(200);
    expectHardened(api.headers);
    // An error answer and a health check carry them too.
    expectHardened((await fetch(`${origin}/graphql?query=%7B`, { headers: { 'apollo-require-preflight': '1' } })).headers);
    expectHardened((await fetch(`${origin}/healthz`)).headers);
  });

  it('sends HSTS only over TLS, as a trusted proxy reports it', async () => {
    const plain = await fetch(`${origin}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const behindTls = await fetch(`${origin}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindTls.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
