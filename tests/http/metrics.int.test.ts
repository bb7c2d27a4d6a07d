import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, WRITE_TOKEN, type TestServer } from '../support/server.js';

/** The Prometheus endpoint of a fresh server on the real Neo4j, scraped after a few operations. */
let api: TestServer;
let origin: string;
beforeAll(async () => {
  api = await startTestServer();
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await api.close();
});

/** The value of one series, e.g. `name{label="x"}`, from the exposition text. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts the operations, their errors by code and their Cypher round trips', async () => {
    const answers = [
      await api.raw({ query: '{ treaty(id: "treaty:un-cybercrime-convention") { title } }' }),
      await api.raw({ query: '{ states(first: 5) { totalCount nodes { id name } } }' }),
      await api.raw({ query: '{ node(id: "synthetic:no-such-entity") { id } }' }),
      await api.raw({ query: '{ states(first: 500) { totalCount } }' }),
      await api.raw({
        query: 'mutation { retractFact(input: { id: "synthetic:no-such-fact", reason: "synthetic", sources: [] }) { __typename } }',
      }),
    ];
    const roundTrips = answers.reduce((sum, answer) => sum + (answer.extensions?.cypherRoundTrips ?? 0), 0);
    expect(roundTrips).toBeGreaterThan(0);
    const codes = answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions?.code));
    expect(codes).toContain('BAD_USER_INPUT');

    const text = await (await fetch(`${origin}/metrics`)).text();
    expect(sample(text, 'treaty_graph_graphql_operations_total{type="query"}')).toBe(4);
    expect(sample(text, 'treaty_graph_graphql_operations_total{type="mutation"}')).toBe(1);
    expect(codes).toContain('UNAUTHENTICATED');
    expect(sample(text, 'treaty_graph_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(
      codes.filter((code) => code === 'BAD_USER_INPUT').length,
    );
    for (const code of new Set(codes)) expect(sample(text, `treaty_graph_graphql_errors_total{code="${code}"}`), code).toBeGreaterThan(0);

    // Every round trip timed once, and the per-operation histogram adds up to the same.
    const timed = ['read', 'write'].reduce(
      (sum, mode) => sum + (sample(text, `treaty_graph_cypher_duration_seconds_count{mode="${mode}"}`) ?? 0),
      0,
    );
    expect(timed).toBe(roundTrips);
    expect(sample(text, 'treaty_graph_graphql_cypher_round_trips_sum')).toBe(roundTrips);
    expect(sample(text, 'treaty_graph_graphql_cypher_round_trips_count')).toBe(answers.length);
    expect(sample(text, 'treaty_graph_cypher_duration_seconds_sum{mode="read"}')).toBeGreaterThan(0);

    expect(sample(text, 'treaty_graph_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBe(
      answers.length,
    );
    expect(sample(text, 'treaty_graph_neo4j_up')).toBe(1);
    expect(sample(text, 'treaty_graph_graph_ready')).toBe(1);
  });

  it('counts a write as a mutation', async () => {
    const before = sample(await (await fetch(`${origin}/metrics`)).text(), 'treaty_graph_graphql_operations_total{type="mutation"}') ?? 0;
    await api.raw(
      { query: 'mutation { retractFact(input: { id: "synthetic:no-such-fact", reason: "synthetic", sources: [] }) { __typename } }' },
      { authorization: `Bearer ${WRITE_TOKEN}` },
    );
    const after = sample(await (await fetch(`${origin}/metrics`)).text(), 'treaty_graph_graphql_operations_total{type="mutation"}');
    expect(after).toBe(before + 1);
  });
});
