import { randomBytes } from 'node:crypto';

import autocannon from 'autocannon';

import { formatMemory, serverMemory, type ServerMemory } from './process-memory.js';
import { intArg, loopbackUrl, parseArgs, spawnLocalServer, type LocalServer } from './spawn-server.js';

/**
 * `npm run load [-- --url http://127.0.0.1:4000/graphql] [--connections 100] [--duration 30] [--warmup 10]`
 * Concurrent clients over a mix of everyday queries on the seeded graph; prints p50, p99,
 * requests/s and errors (transport errors, non-2xx answers and GraphQL errors alike), and exits
 * non-zero on any error. Without --url it starts its own server and embedded Neo4j, seeded.
 *
 * `npm run load -- --mode soak [--duration 300] [--connections 20] [--write-every 9]`
 * The same mix for minutes, with an authenticated write (a new synthetic document) as every
 * n-th request, reporting the server's memory (Node and its embedded Neo4j) at the start, every
 * 30 s and at the end, and checking afterwards that every acknowledged write is in the graph. With
 * --url the write token comes from TREATY_GRAPH_LOAD_TOKEN and the memory is not known.
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

const WRITE = `mutation Soak($input: CreateDocumentInput!) { createDocument(input: $input) { id title kind } }`;
const SYNTHETIC_DOCUMENTS = `{ documents(first: 1, kind: OTHER) { totalCount } }`;
const MEMORY_EVERY_MS = 30_000;

async function countSyntheticDocuments(url: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SYNTHETIC_DOCUMENTS }),
  });
  const body = (await response.json()) as { data?: { documents: { totalCount: number } } };
  if (body.data === undefined) throw new Error(`could not count the documents: ${JSON.stringify(body)}`);
  return body.data.documents.totalCount;
}

async function run(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['url', 'connections', 'duration', 'warmup', 'mode', 'write-every']);
  const mode = args.get('mode') ?? 'load';
  if (mode !== 'load' && mode !== 'soak') throw new Error(`--mode: expected load or soak, got "${mode}"`);
  const soak = mode === 'soak';
  const connections = intArg(args, 'connections', soak ? 20 : 100, 1, 1000);
  const duration = intArg(args, 'duration', soak ? 300 : 30, 1, soak ? 3600 : 600);
  const warmup = intArg(args, 'warmup', 10, 0, 120);
  const writeEvery = intArg(args, 'write-every', 9, 2, 1000);
  const runId = randomBytes(4).toString('hex');
  let token = process.env.TREATY_GRAPH_LOAD_TOKEN ?? '';
  let local: LocalServer | undefined;
  let url: string;
  if (args.has('url')) {
    url = loopbackUrl(args.get('url')!).toString();
    if (soak && token === '') throw new Error('--mode soak with --url needs a write token of that server in TREATY_GRAPH_LOAD_TOKEN');
  } else {
    console.error('load: starting a server with its own embedded Neo4j (seeded)...');
    token = `synthetic-load-token-${randomBytes(16).toString('hex')}`;
    local = await spawnLocalServer((line) => console.error(`  ${line}`), soak ? { TREATY_GRAPH_TOKENS: token } : {});
    url = local.url;
  }
  try {
    await checkMix(url);
    let graphqlErrors = 0;
    let writesAcknowledged = 0;
    const errorSamples = new Set<string>();
    const onResponse = (status: number, body: string): void => {
      if (status !== 200) return;
      try {
        const parsed = JSON.parse(body) as GraphQLBody;
        if (parsed.errors !== undefined) {
          graphqlErrors += 1;
          if (errorSamples.size < 5) errorSamples.add(parsed.errors[0]?.message ?? '?');
        } else if ((parsed.data as { createDocument?: unknown } | undefined)?.createDocument !== undefined) {
          writesAcknowledged += 1;
        }
      } catch {
        graphqlErrors += 1;
      }
    };
    const reads = MIX.map((item) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: item.query, variables: item.variables }),
      onResponse,
    }));
    let writesSent = 0;
    const write = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      // A new document each time (synthetic, in the tool's own store unless --url): the graph grows.
      setupRequest: (request: autocannon.Request): autocannon.Request => {
        writesSent += 1;
        const n = writesSent;
        return {
          ...request,
          body: JSON.stringify({
            query: WRITE,
            variables: { input: { id: `doc:synthetic-soak-${runId}-${n}`, kind: 'OTHER', title: `Synthetic soak document ${runId} ${n}` } },
          }),
        };
      },
      onResponse,
    };
    // Every n-th request of each client is a write.
    const requests = soak ? Array.from({ length: writeEvery }, (_, k) => (k === writeEvery - 1 ? write : reads[k % reads.length]!)) : reads;
    if (warmup > 0) {
      // A freshly started Neo4j and Node compile their hot paths first: not what a service serves at.
      console.log(`load: warming up for ${warmup} s with 10 clients (not counted)...`);
      await autocannon({ url, connections: 10, duration: warmup, timeout: 30, requests: reads });
      graphqlErrors = 0;
      errorSamples.clear();
    }
    const documentsBefore = soak ? await countSyntheticDocuments(url) : 0;
    writesAcknowledged = 0;
    const memory: ServerMemory[] = [];
    const sample = (): void => {
      const now = local === undefined ? undefined : serverMemory(local.pid);
      if (now !== undefined) memory.push(now);
    };
    sample();
    const sampler = setInterval(sample, MEMORY_EVERY_MS);
    console.log(`${mode}: ${connections} concurrent clients for ${duration} s against ${url}`);
    console.log(`load: query mix (${MIX.length}): ${MIX.map((m) => m.name).join('; ')}`);
    if (soak) console.log(`load: every ${writeEvery}th request of each client is an authenticated write (a new synthetic document)`);
    const result = await autocannon({ url, connections, duration, timeout: 30, requests });
    clearInterval(sampler);
    sample();
    let missingWrites = 0;
    const errors = result.errors + result.non2xx + graphqlErrors;
    console.log(`requests: ${result.requests.total} in ${result.duration} s, ${result.requests.average.toFixed(1)} requests/s`);
    console.log(
      `latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `errors: ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${graphqlErrors})`,
    );
    for (const sample of errorSamples) console.log(`  e.g. ${sample}`);
    if (soak) {
      const found = (await countSyntheticDocuments(url)) - documentsBefore;
      // A write whose answer timed out may still have been committed: more found is fine, fewer is not.
      missingWrites = Math.max(writesAcknowledged - found, 0);
      console.log(`writes: ${writesAcknowledged} acknowledged, ${found} new documents in the graph, ${missingWrites} missing`);
      if (memory.length > 0) {
        const peak = memory.reduce((max, m) => (m.nodeMiB + m.neo4jMiB > max.nodeMiB + max.neo4jMiB ? m : max));
        console.log(
          `server memory (resident): start ${formatMemory(memory[0])}; end ${formatMemory(memory.at(-1))}; peak ${formatMemory(peak)} (${memory.length} samples)`,
        );
        // The whole series: a steady climb reads differently from a heap settling at its size.
        console.log(
          `  every ${MEMORY_EVERY_MS / 1000} s, MiB Node/Neo4j: ${memory.map((m) => `${m.nodeMiB.toFixed(0)}/${m.neo4jMiB.toFixed(0)}`).join(' ')}`,
        );
      } else {
        console.log('server memory: unknown (the server was not started by this tool)');
      }
    }
    if (local !== undefined && !local.alive()) {
      console.log('the server died during the run:\n' + local.output());
      return 1;
    }
    return errors === 0 && missingWrites === 0 ? 0 : 1;
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
