import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, WRITE_TOKEN, type TestServer } from '../support/server.js';

/**
 * A small budget (100 of query cost a minute per client) on a server that believes the loopback
 * proxy's X-Forwarded-For, so that clients can be told apart from one test process. The addresses
 * are from the documentation ranges (RFC 5737).
 */
const BUDGET = 100;
let api: TestServer;
let base: string;
beforeAll(async () => {
  api = await startTestServer({ budget: { cost: BUDGET, writerCost: 1000, windowSeconds: 60 }, trustProxy: ['loopback'] });
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.close();
});

const QUERY = '{ documents(first: 5) { nodes { id } } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: { queryCost?: number } };
}

async function ask(client: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

/** Asks until refused; returns the answers, the refusal last. */
async function exhaust(client: string): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < BUDGET + 1; i += 1) {
    const answer = await ask(client);
    answers.push(answer);
    if (answer.status !== 200) break;
  }
  return answers;
}

describe('the per-client budget', () => {
  it('answers 429 with Retry-After and RATE_LIMITED once a client has spent its budget, and serves another client', async () => {
    const answers = await exhaust('203.0.113.1');
    const served = answers.slice(0, -1);
    const cost = served[0]!.body.extensions!.queryCost!;
    expect(cost).toBeGreaterThan(1);
    // Charged by estimated cost: as many answers as the budget pays for, not one more.
    expect(served).toHaveLength(Math.floor(BUDGET / cost));
    expect(served.every((answer) => answer.status === 200 && answer.body.errors === undefined)).toBe(true);

    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'budget', max: BUDGET, windowSeconds: 60 });
    expect(refused.body.errors?.[0]?.message).toMatch(/^budget limit exceeded: this client may spend 100 of query cost every 60 s/);

    // Spent: even the cheapest request is refused now, before Apollo parses it.
    const cheap = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(cheap.status).toBe(429);
    expect(cheap.headers.get('retry-after')).not.toBeNull();
    expect(((await cheap.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    // Another client is still served.
    const other = await ask('203.0.113.2');
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });

  it('gives a writer with a valid token a budget of its own, and counts a wrong token against the IP', async () => {
    const client = '203.0.113.3';
    expect((await exhaust(client)).at(-1)!.status).toBe(429);
    expect((await ask(client, { authorization: `Bearer ${WRITE_TOKEN}` })).status).toBe(200);
    expect((await ask(client, { authorization: 'Bearer not-the-token-0123456789' })).status).toBe(429);
  });

  it('charges exports, and leaves health checks and pages outside the budget', async () => {
    const client = '203.0.113.4';
    expect((await exhaust(client)).at(-1)!.status).toBe(429);
    const headers = { 'x-forwarded-for': client };
    const exported = await fetch(`${base}/export/actions.csv`, { headers });
    expect(exported.status).toBe(429);
    expect(exported.headers.get('retry-after')).not.toBeNull();
    expect(await exported.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await fetch(`${base}/healthz`, { headers })).status).toBe(200);
    expect((await fetch(`${base}/readyz`, { headers })).status).toBe(200);
    // The page is there when the web build is (the browser tests build it); never refused either way.
    expect([200, 503]).toContain((await fetch(`${base}/`, { headers })).status);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const strict = await startTestServer({ budget: { cost: BUDGET, writerCost: 1000, windowSeconds: 60 } });
    try {
      const askStrict = (client: string) =>
        fetch(strict.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          body: JSON.stringify({ query: QUERY }),
        });
      let status = 200;
      for (let i = 0; i <= BUDGET && status === 200; i += 1) status = (await askStrict('203.0.113.5')).status;
      expect(status).toBe(429);
      // The same TCP peer under another claimed address: the same client, still refused.
      expect((await askStrict('203.0.113.6')).status).toBe(429);
    } finally {
      await strict.close();
    }
  });
});
