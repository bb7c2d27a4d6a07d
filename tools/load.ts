import autocannon from 'autocannon';

import { intArg, loopbackUrl, parseArgs, spawnLocalServer, type LocalServer } from './spawn-server.js';

/**
 * `npm run load [-- --url http://127.0.0.1:4000/graphql] [--connections 100] [--duration 30] [--warmup 10]`
 * Concurrent clients over a mix of everyday queries on the seeded graph; prints p50, p99,
 * requests/s and errors (transport errors, non-2xx answers and GraphQL errors alike), and exits
 * non-zero on any error. Without --url it starts its own server and embedded Neo4j, seeded.
 */
interface MixedQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const MIX: MixedQuery[] = [
  {
    name: 'entity by id (the Convention)',
    query: `query Treaty($id: ID!) { treaty(id: $id) { id title shortTitle stage adoptedOn { value precision }
      adoptedBy { id name } entryIntoForceRule { article instrumentsRequired daysAfterThreshold }
      signaturePeriods { __typename } sources { id title url } } }`,
    variables: { id: 'treaty:un-cybercrime-convention' },
  },
  {
    name: 'statements by speaker with sources',
    query: `query Said($speaker: ID!) { statements(where: { speaker: $speaker }, first: 20) { totalCount
      pageInfo { hasNextPage endCursor } nodes { id text saidOn { value precision } speaker { id name }
      at { id name } sources { id title url publisher } } } }`,
    variables: { speaker: 'person:ghada-waly' },
  },
  {
    name: 'documents page',
    query: `{ documents(first: 50) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id title kind symbol publisher publishedOn { value precision } url } } }`,
  },
  {
    name: 'node lookup (organization)',
    query: `query Node($id: ID!) { node(id: $id) { __typename id name ... on Organization { sources { id } } } }`,
    variables: { id: 'org:unodc' },
  },
  {
    name: 'node lookup (person with positions)',
    query: `query Node($id: ID!) { node(id: $id) { __typename id name ... on Person { nationality { id name }
      positions { name heldIn { id name } } } } }`,
    variables: { id: 'person:ghada-waly' },
  },
  {
    name: 'node lookup (state)',
    query: `query Node($id: ID!) { node(id: $id) { __typename id name } }`,
    variables: { id: 'state:VNM' },
  },
  {
    name: 'people search by name',
    query: `{ persons(name: "yang", first: 10) { totalCount nodes { id name positions { name } } } }`,
  },
  {
    name: 'organizations page',
    query: `{ organizations(first: 20) { totalCount nodes { id name } } }`,
  },
];

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function checkMix(url: string): Promise<void> {
  for (const item of MIX) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: item.query, variables: item.variables }),
    });
    const body = (await response.json()) as GraphQLBody;
    if (response.status !== 200 || body.errors !== undefined) {
      throw new Error(`the query "${item.name}" fails on its own (${response.status}): ${JSON.stringify(body.errors)}`);
    }
  }
}

async function run(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['url', 'connections', 'duration', 'warmup']);
  const connections = intArg(args, 'connections', 100, 1, 1000);
  const duration = intArg(args, 'duration', 30, 1, 600);
  const warmup = intArg(args, 'warmup', 10, 0, 120);
  let local: LocalServer | undefined;
  let url: string;
  if (args.has('url')) {
    url = loopbackUrl(args.get('url')!).toString();
  } else {
    console.error('load: starting a server with its own embedded Neo4j (seeded)...');
    local = await spawnLocalServer((line) => console.error(`  ${line}`));
    url = local.url;
  }
  try {
    await checkMix(url);
    let graphqlErrors = 0;
    const errorSamples = new Set<string>();
    const onResponse = (status: number, body: string): void => {
      if (status !== 200) return;
      try {
        const parsed = JSON.parse(body) as GraphQLBody;
        if (parsed.errors !== undefined) {
          graphqlErrors += 1;
          if (errorSamples.size < 5) errorSamples.add(parsed.errors[0]?.message ?? '?');
        }
      } catch {
        graphqlErrors += 1;
      }
    };
    const requests = MIX.map((item) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: item.query, variables: item.variables }),
      onResponse,
    }));
    if (warmup > 0) {
      // A freshly started Neo4j and Node compile their hot paths first: not what a service serves at.
      console.log(`load: warming up for ${warmup} s with 10 clients (not counted)...`);
      await autocannon({ url, connections: 10, duration: warmup, timeout: 30, requests });
      graphqlErrors = 0;
      errorSamples.clear();
    }
    console.log(`load: ${connections} concurrent clients for ${duration} s against ${url}`);
    console.log(`load: query mix (${MIX.length}): ${MIX.map((m) => m.name).join('; ')}`);
    const result = await autocannon({
      url,
      connections,
      duration,
      timeout: 30,
      requests,
    });
    const errors = result.errors + result.non2xx + graphqlErrors;
    console.log(`requests: ${result.requests.total} in ${result.duration} s, ${result.requests.average.toFixed(1)} requests/s`);
    console.log(
      `latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `errors: ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${graphqlErrors})`,
    );
    for (const sample of errorSamples) console.log(`  e.g. ${sample}`);
    if (local !== undefined && !local.alive()) {
      console.log('the server died during the run:\n' + local.output());
      return 1;
    }
    return errors === 0 ? 0 : 1;
  } finally {
    await local?.stop();
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load: ${(error as Error).message}`);
    process.exit(2);
  },
);
