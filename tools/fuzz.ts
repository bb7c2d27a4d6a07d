import { readFileSync } from 'node:fs';
import { connect } from 'node:net';

import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

import { intArg, loopbackUrl, parseArgs, spawnLocalServer, type LocalServer } from './spawn-server.js';
import { Random } from './random.js';
import { projectPath } from '../src/paths.js';

/**
 * `npm run fuzz [-- --url http://127.0.0.1:4000/graphql] [--count 10000] [--seed N] [--concurrency 16] [--time-limit 900]`
 * Hostile requests: random and mutated GraphQL documents, malformed JSON, huge and deep queries,
 * wrong content types and methods, bad variables, raw HTTP garbage. Counts crashes (the server
 * process dies, or refuses connections), 5xx answers other than SERVICE_UNAVAILABLE and answers
 * hiding an unexpected error (INTERNAL_SERVER_ERROR); exits non-zero on any. Deterministic for a
 * given --seed. Without --url it starts its own server (a child process) and embedded Neo4j.
 */

// --- what a request is -----------------------------------------------------------------------------

interface HttpCase {
  kind: string;
  method: string;
  /** Appended to the endpoint URL (a query string). */
  search?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

interface RawCase {
  kind: 'raw-http';
  /** Bytes written to a fresh TCP connection. */
  bytes: string;
}

type Case = HttpCase | RawCase;

const JSON_HEADERS = { 'content-type': 'application/json' };
const IDS = [
  'treaty:un-cybercrime-convention',
  'org:unodc',
  'org:unga',
  'person:ghada-waly',
  'person:sonya-yee',
  'state:VNM',
  'reio:eu',
  'doc:unodc-press-release-adoption',
];

const SEEDS = [
  '{ treaty(id: "treaty:un-cybercrime-convention") { id title adoptedOn { value precision } adoptedBy { id name } sources { id title } } }',
  'query Said($speaker: ID!, $first: Int, $after: String) { statements(where: { speaker: $speaker }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id text speaker { id name } sources { id url } } } }',
  '{ documents(first: 20, kind: PRESS_RELEASE) { totalCount nodes { id title publishedOn { value } } } }',
  'query N($id: ID!) { node(id: $id) { __typename id name ... on Person { positions { name heldIn { id } } } ... on Organization { sources { id } } } }',
  '{ persons(name: "yang", first: 5) { nodes { id name nationality { id } } } organizations { totalCount } }',
  'query Many($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }',
  'fragment T on Treaty { id title stage } { treaties { ...T supplementedBy { ...T } } }',
  '{ __schema { types { name fields { name } } } }',
  '{ __type(name: "Treaty") { name fields { name type { name kind ofType { name } } } } }',
];

// --- random documents from the schema --------------------------------------------------------------

const STRINGS = [
  '',
  'yang',
  'x'.repeat(300),
  '"quoted"',
  'back\\\\slash',
  '\\u0000',
  'ünïcödé 😀',
  "'; MATCH (n) DETACH DELETE n //",
  '%s%n',
  '${x}',
];

function randomLiteral(random: Random, type: GraphQLInputType, depth = 0): string {
  // A tenth of the values are of the wrong type on purpose.
  if (random.chance(0.1))
    return random.pick(['null', '"x"', '-1', '1.5', 'true', '[1]', '{a: 1}', 'ENUM_NOPE', '99999999999', '$undeclared']);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.from({ length: random.int(3) }, () => randomLiteral(random, nullable.ofType as GraphQLInputType, depth + 1));
    return `[${items.join(', ')}]`;
  }
  if (isEnumType(nullable)) return random.pick(nullable.getValues()).name;
  if (isInputObjectType(nullable)) {
    if (depth > 3) return '{}';
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type) || random.chance(0.5));
    return `{ ${fields.map((f) => `${f.name}: ${randomLiteral(random, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return String(random.pick([0, 1, 2, 5, 20, 50, 100, 101, 1000, 100000, -5, 2147483647]));
      case 'Float':
        return String(random.pick([0, 1.5, -1e10, 3.14]));
      case 'Boolean':
        return random.pick(['true', 'false']);
      case 'ID':
        return JSON.stringify(
          random.chance(0.7) ? random.pick(IDS) : random.pick(['nope', 'person:', ':', 'person:nobody', 'x'.repeat(500)]),
        );
      case 'Date':
        return JSON.stringify(random.pick(['2024-12-24', '2025-02-30', '2025', 'yesterday', '0000-00-00']));
      default:
        return JSON.stringify(random.pick(STRINGS));
    }
  }
  return 'null';
}

function randomField(
  random: Random,
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  depth: number,
  maxDepth: number,
): string {
  const alias = random.chance(0.15) ? `a${random.int(1000)}: ` : '';
  const args = field.args.filter((arg) => isNonNullType(arg.type) || random.chance(0.4));
  const argText = args.length === 0 ? '' : `(${args.map((arg) => `${arg.name}: ${randomLiteral(random, arg.type)}`).join(', ')})`;
  const directive = random.chance(0.05)
    ? random.pick([' @include(if: true)', ' @skip(if: false)', ' @skip(if: true)', ' @deprecated'])
    : '';
  const named = getNamedType(field.type);
  const selection =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named)
      ? ` ${randomSelection(random, schema, named, depth + 1, maxDepth)}`
      : '';
  return `${alias}${field.name}${argText}${directive}${selection}`;
}

function randomSelection(random: Random, schema: GraphQLSchema, type: GraphQLNamedType, depth: number, maxDepth: number): string {
  if (depth >= maxDepth || !(isObjectType(type) || isInterfaceType(type))) return '{ __typename }';
  const fields = Object.values(type.getFields());
  const chosen = Array.from({ length: 1 + random.int(4) }, () => randomField(random, schema, random.pick(fields), depth, maxDepth));
  if (isInterfaceType(type) && random.chance(0.5)) {
    const possible = schema.getPossibleTypes(type);
    const target = random.pick(possible);
    chosen.push(`... on ${target.name} ${randomSelection(random, schema, target, depth, maxDepth)}`);
  }
  if (random.chance(0.2)) chosen.push('__typename');
  return `{ ${chosen.join(' ')} }`;
}

function randomDocument(random: Random, schema: GraphQLSchema): string {
  return randomSelection(random, schema, schema.getQueryType()!, 0, 1 + random.int(12));
}

// --- mutations of valid documents ------------------------------------------------------------------

const JUNK = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '...',
  '"',
  '"""',
  '\\',
  '#',
  ',',
  '=',
  '|',
  '&',
  '\n',
  '\u0000',
  '\uD800',
  '😀',
  'query',
  'fragment',
  'on',
  'mutation',
  'subscription',
  '__schema',
  '1e999',
  '-0',
  'null',
];

function mutate(random: Random, document: string): string {
  let text = document;
  for (let round = 1 + random.int(4); round > 0; round -= 1) {
    const at = random.int(text.length + 1);
    const span = 1 + random.int(Math.min(40, Math.max(1, text.length - at)));
    switch (random.int(6)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + span);
        break;
      case 1:
        text = text.slice(0, at) + random.pick(JUNK) + text.slice(at);
        break;
      case 2:
        text = text.slice(0, at) + text.slice(at, at + span).repeat(2 + random.int(20)) + text.slice(at + span);
        break;
      case 3:
        text = text.slice(0, at);
        break;
      case 4:
        text = text.slice(0, at) + String.fromCharCode(random.int(0x10000)) + text.slice(at + 1);
        break;
      default:
        text = text.replace(/\{/, `{ ${random.pick(['a', 'x: treaties', '__typename', '...F', '... on Nope'])} `);
    }
  }
  return text;
}

// --- the other kinds -------------------------------------------------------------------------------

function deepDocument(levels: number): string {
  return `${'{ a '.repeat(levels)}${'}'.repeat(levels)}`;
}

function validNested(levels: number): string {
  let inner = 'id';
  for (let level = 3; level < levels; level += 1) inner = `sources { ${inner} }`;
  return `{ documents(first: 1) { nodes { ${inner} } } }`;
}

function hugeCase(random: Random): HttpCase {
  const query = random.pick([
    () => `{ ${'__typename '.repeat(100_000)}}`,
    () => `{ ${'__typename '.repeat(1400)}}`,
    () => deepDocument(400),
    () => deepDocument(3000),
    () => validNested(20 + random.int(40)),
    () => `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: treaties { id }`).join(' ')} }`,
    () =>
      `{ ...F0 } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F20 on Query { treaties { id } }`,
    () => 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
    () => `{ statements(first: 100) { nodes { sources { sources { sources { sources { id } } } } } } }`,
    () => `{ node(id: "${'x'.repeat(14_000)}") { id } }`,
    () => `{ ${Array.from({ length: 60 }, (_, i) => `f${i}: __typename @include(if: true)`).join(' ')} }`,
    () => `query Q(${Array.from({ length: 300 }, (_, i) => `$v${i}: Int`).join(' ')}) { __typename }`,
    () => `{ treaties { id } } ${'# comment\n'.repeat(1300)}`,
  ])();
  return { kind: 'huge-or-deep', method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query }) };
}

function malformedJsonCase(random: Random): HttpCase {
  const body = random.pick([
    () => '{"query": ',
    () => '{"query": "{ treaties { id } }"',
    () => 'null',
    () => '123',
    () => '"{ treaties { id } }"',
    () => '[]',
    () => '{}',
    () => '[[[[[[',
    () => '['.repeat(50_000),
    () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    () => '{"query": {"nested": true}}',
    () => '{"query": null}',
    () => '{"query": ["{ treaties { id } }"]}',
    () => '{"query": "{ treaties { id } }", "variables": "not an object"}',
    () => '{"query": "{ treaties { id } }", "variables": [1, 2]}',
    () => '{"query": "{ treaties { id } }", "operationName": 42}',
    () => '{"query": "{ treaties { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
    () => '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
    () => '{"__proto__": {"polluted": true}, "query": "{ __typename }"}',
    () => '{"constructor": {"prototype": {"polluted": true}}, "query": "{ __typename }"}',
    () => '{"query": "{ __typename }"} trailing',
    () => '\uFEFF{"query": "{ __typename }"}',
    () => `{"query": "${'\\u0000'.repeat(100)}"}`,
    () => '{"query": "\\ud800"}',
    () => '{"query": 1e400}',
  ])();
  if (random.chance(0.1)) {
    const bytes = new Uint8Array(1 + random.int(2000));
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = random.int(256);
    return { kind: 'malformed-json', method: 'POST', headers: JSON_HEADERS, body: bytes };
  }
  return { kind: 'malformed-json', method: 'POST', headers: JSON_HEADERS, body };
}

function contentTypeCase(random: Random): HttpCase {
  const body = JSON.stringify({
    query: random.pick(SEEDS),
    variables: { id: 'org:unodc', speaker: 'person:ghada-waly', a: 'org:unodc', b: 'reio:eu' },
  });
  const type = random.pick([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'application/xml',
    'application/graphql',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json; charset=nonsense',
    'application/graphql-response+json',
    'application/json, text/plain',
    '*/*',
    'application/jsonx',
    '',
  ]);
  const headers: Record<string, string> = type === '' ? {} : { 'content-type': type };
  if (random.chance(0.2)) headers['content-encoding'] = random.pick(['gzip', 'deflate', 'br', 'identity', 'bogus']);
  if (random.chance(0.3)) headers['apollo-require-preflight'] = 'true';
  return {
    kind: 'content-type',
    method: 'POST',
    headers,
    body: type.includes('x-www-form') ? `query=${encodeURIComponent(random.pick(SEEDS))}` : body,
  };
}

function badVariablesCase(random: Random): HttpCase {
  const query = random.pick([
    'query($first: Int, $after: String) { documents(first: $first, after: $after) { totalCount nodes { id } } }',
    'query($id: ID!) { node(id: $id) { id } }',
    'query($w: StatementWhere) { statements(where: $w) { totalCount } }',
    'query($kind: DocumentKind) { documents(kind: $kind) { totalCount } }',
    'query($speaker: ID!, $first: Int) { statements(where: { speaker: $speaker }, first: $first) { nodes { id } } }',
  ]);
  const value = (): unknown =>
    random.pick<() => unknown>([
      () => null,
      () => 'abc',
      () => -1,
      () => 1e308,
      () => 100000,
      () => 2 ** 31,
      () => 3.5,
      () => true,
      () => [],
      () => [1, 2, 3],
      () => ({}),
      () => ({ speaker: 'person:ghada-waly', from: '2025-13-45' }),
      () => ({ speaker: 42, text: ['x'], includeRetracted: 'yes' }),
      () => ({ from: '2025', to: '2024' }),
      () => 'eyJub3QiOiJhIGN1cnNvciJ9',
      () => Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'),
      () => Buffer.from(JSON.stringify([1e308, {}])).toString('base64url'),
      () => 'x'.repeat(50_000),
      () => random.pick(IDS),
      () => 'NOT_A_KIND',
      () => 'PRESS_RELEASE',
    ])();
  const variables = random.chance(0.1)
    ? random.pick<unknown>(['string', 42, [1], null])
    : { first: value(), after: value(), id: value(), w: value(), kind: value(), speaker: value(), extra: value() };
  return { kind: 'bad-variables', method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query, variables }) };
}

/** Mutations can leave lone surrogates, which encodeURIComponent refuses: send them as raw bytes. */
function encodeQuery(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function httpChaosCase(random: Random): HttpCase {
  const query = random.chance(0.5) ? random.pick(SEEDS) : mutate(random, random.pick(SEEDS));
  return random.pick<() => HttpCase>([
    () => ({ kind: 'http-chaos', method: 'GET', search: `?query=${encodeQuery(query)}`, headers: { 'apollo-require-preflight': '1' } }),
    () => ({ kind: 'http-chaos', method: 'GET', search: `?query=${encodeQuery(query)}`, headers: {} }),
    () => ({
      kind: 'http-chaos',
      method: 'GET',
      search: `?query=${encodeQuery(query)}&variables=%7Bbad&extensions=[`,
      headers: { 'apollo-require-preflight': '1' },
    }),
    () => ({
      kind: 'http-chaos',
      method: 'GET',
      search: `?query=a&query=b&operationName=x&operationName=y`,
      headers: { 'apollo-require-preflight': '1' },
    }),
    () => ({
      kind: 'http-chaos',
      method: 'GET',
      search: `?query=${encodeQuery(`{ ${'__typename '.repeat(1300)}}`)}`,
      headers: { 'apollo-require-preflight': '1' },
    }),
    () => ({ kind: 'http-chaos', method: 'GET', search: '?query=%E0%A4%A', headers: { 'apollo-require-preflight': '1' } }),
    () => ({ kind: 'http-chaos', method: random.pick(['PUT', 'DELETE', 'PATCH']), headers: JSON_HEADERS, body: JSON.stringify({ query }) }),
    () => ({ kind: 'http-chaos', method: 'HEAD', headers: {} }),
    () => ({ kind: 'http-chaos', method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }),
    () => ({
      kind: 'http-chaos',
      method: 'POST',
      headers: { ...JSON_HEADERS, origin: 'https://evil.example' },
      body: JSON.stringify({ query }),
    }),
    () => ({
      kind: 'http-chaos',
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-request-id': 'r'.repeat(8000) },
      body: JSON.stringify({ query }),
    }),
    () => ({
      kind: 'http-chaos',
      method: 'POST',
      headers: {
        ...JSON_HEADERS,
        authorization: random.pick(['Bearer', 'Bearer ', 'Basic Zm9vOmJhcg==', `Bearer ${'t'.repeat(5000)}`, 'Bearer a b c']),
      },
      body: JSON.stringify({ query }),
    }),
    () => ({
      kind: 'http-chaos',
      method: 'POST',
      headers: { ...JSON_HEADERS, accept: random.pick(['text/html', 'application/graphql-response+json', 'multipart/mixed', '*/*;q=0']) },
      body: JSON.stringify({ query }),
    }),
    () => ({ kind: 'http-chaos', method: 'POST', headers: JSON_HEADERS, body: JSON.stringify([{ query }, { query }]) }),
    () => ({ kind: 'http-chaos', method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query: 'mutation { nope }' }) }),
    () => ({ kind: 'http-chaos', method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query: 'subscription { nope }' }) }),
    () => ({
      kind: 'http-chaos',
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: `${query} query Other { __typename }` }),
    }),
    () => ({
      kind: 'http-chaos',
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: `${SEEDS[0]} query Other { __typename }`, operationName: random.pick(['Other', 'Missing', '']) }),
    }),
  ])();
}

function rawCase(random: Random): RawCase {
  const bytes = random.pick([
    () => 'GARBAGE\r\n\r\n',
    () => 'GET /graphql HTTP/1.1\r\nHost: x\r\n\r\n',
    () => 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    () =>
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nnope\r\n0\r\n\r\n',
    () => 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{"a":1}',
    () => `GET /graphql?${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    () => `GET /graphql HTTP/1.1\r\nHost: x\r\n${'X-Pad: y\r\n'.repeat(3000)}\r\n`,
    () => 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n',
    () => 'POST /graphql HTTP/9.9\r\nHost: x\r\n\r\n',
    () => '\u0000\u0001\u0002\r\n\r\n',
    () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  ])();
  return { kind: 'raw-http', bytes };
}

function nextCase(random: Random, schema: GraphQLSchema): Case {
  const roll = random.next();
  const post = (kind: string, query: string, variables?: unknown): HttpCase => ({
    kind,
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify({
      query,
      variables: variables ?? {
        id: random.pick(IDS),
        speaker: 'person:ghada-waly',
        a: random.pick(IDS),
        b: random.pick(IDS),
        first: random.int(120),
      },
    }),
  });
  if (roll < 0.22) return post('random-document', randomDocument(random, schema));
  if (roll < 0.44)
    return post('mutated-document', mutate(random, random.chance(0.5) ? random.pick(SEEDS) : randomDocument(random, schema)));
  if (roll < 0.56) return malformedJsonCase(random);
  if (roll < 0.63) return hugeCase(random);
  if (roll < 0.72) return contentTypeCase(random);
  if (roll < 0.84) return badVariablesCase(random);
  if (roll < 0.96) return httpChaosCase(random);
  return rawCase(random);
}

// --- sending and judging ---------------------------------------------------------------------------

interface Outcome {
  status: number | 'no-answer';
  /** Error codes of the GraphQL answer, counted for the report. */
  codes?: string[];
  failure?: string;
  networkError?: string;
}

function codesOf(type: string | null, text: string): string[] {
  if (type?.startsWith('application/json') !== true) return [];
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return (parsed.errors ?? []).map((error) => error.extensions?.code ?? 'none');
  } catch {
    return [];
  }
}

function judge(status: number, type: string | null, text: string, method = 'POST'): string | undefined {
  let codes: string[] = [];
  // A HEAD answer has headers only.
  if (type?.startsWith('application/json') === true && method !== 'HEAD') {
    try {
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      codes = (parsed.errors ?? []).map((error) => error.extensions?.code ?? '');
    } catch {
      return `${status}: a body declared JSON that is not JSON`;
    }
  }
  if (status >= 500 && !(status === 503 && codes.includes('SERVICE_UNAVAILABLE'))) return `${status}: ${text.slice(0, 200)}`;
  if (codes.includes('INTERNAL_SERVER_ERROR')) return `${status} with INTERNAL_SERVER_ERROR: ${text.slice(0, 200)}`;
  return undefined;
}

async function sendHttp(url: string, request: HttpCase): Promise<Outcome> {
  try {
    const response = await fetch(url + (request.search ?? ''), {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    const type = response.headers.get('content-type');
    return { status: response.status, codes: codesOf(type, text), failure: judge(response.status, type, text, request.method) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 'no-answer', networkError: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

function sendRaw(url: URL, request: RawCase): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) });
    let received = '';
    const done = (outcome: Outcome): void => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(10_000, () => done({ status: 'no-answer', networkError: 'no answer within 10 s (raw)' }));
    socket.on('connect', () => socket.end(request.bytes));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') done({ status: 'no-answer', networkError: 'ECONNREFUSED' });
      else done(statusOfRaw(received) ?? { status: 'no-answer', networkError: error.code ?? error.message });
    });
    socket.on('close', () => done(statusOfRaw(received) ?? { status: 'no-answer', networkError: 'closed without an answer (raw)' }));
  });
}

function statusOfRaw(received: string): Outcome | undefined {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
  if (match === null) return undefined;
  const status = Number(match[1]);
  const headerEnd = received.indexOf('\r\n\r\n');
  const type = /\r\ncontent-type: ([^\r\n]*)/i.exec(received)?.[1] ?? null;
  const body = headerEnd === -1 ? '' : received.slice(headerEnd + 4);
  return { status, failure: status >= 500 ? judge(status, type, body) : undefined };
}

async function probeHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ node(id: "org:unodc") { id } }' }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { data?: { node?: { id?: string } } };
    return response.status === 200 && body.data?.node?.id === 'org:unodc';
  } catch {
    return false;
  }
}

// --- the run ---------------------------------------------------------------------------------------

const SCHEMA_FILE = projectPath('schema', 'schema.graphql');

const increment = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};
const list = (map: Map<string, number>): string =>
  [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'none';

async function run(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['url', 'count', 'seed', 'concurrency', 'time-limit']);
  const count = intArg(args, 'count', 10_000, 1, 200_000);
  const seed = intArg(args, 'seed', Date.now() % 1_000_000, 0, 2 ** 31);
  const concurrency = intArg(args, 'concurrency', 16, 1, 256);
  const timeLimitMs = intArg(args, 'time-limit', 900, 10, 7200) * 1000;

  let local: LocalServer | undefined;
  let url: string;
  if (args.has('url')) {
    url = loopbackUrl(args.get('url')!).toString();
  } else {
    console.error('fuzz: starting a server with its own embedded Neo4j (seeded)...');
    local = await spawnLocalServer((line) => console.error(`  ${line}`));
    url = local.url;
  }
  const endpoint = new URL(url);
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const random = new Random(seed);
  // Introspection is a seed too, when the server offers it.
  SEEDS.push(getIntrospectionQuery());

  const byKind = new Map<string, number>();
  const byStatus = new Map<string, number>();
  const networkErrors = new Map<string, number>();
  const byCode = new Map<string, number>();
  /** Requests Neo4j did not finish within the transaction timeout: not failures, but worth a look. */
  const timeouts: string[] = [];
  const failures: string[] = [];
  let crashes = 0;
  let refused = 0;
  let sent = 0;
  let healthProbes = 0;
  let healthFailures = 0;
  const started = Date.now();
  const deadline = started + timeLimitMs;
  if (!(await probeHealthy(url))) {
    await local?.stop();
    throw new Error(`${url} does not answer a plain query correctly; is the server up and seeded?`);
  }
  console.log(`fuzz: ${count} hostile requests against ${url}, seed ${seed}, concurrency ${concurrency}`);

  try {
    const worker = async (): Promise<void> => {
      while (sent < count && Date.now() < deadline && crashes === 0) {
        const index = sent;
        sent += 1;
        const request = nextCase(random, schema);
        increment(byKind, request.kind);
        const outcome =
          request.kind === 'raw-http' ? await sendRaw(endpoint, request as RawCase) : await sendHttp(url, request as HttpCase);
        increment(byStatus, String(outcome.status));
        for (const code of new Set(outcome.codes ?? [])) increment(byCode, code);
        if (outcome.codes?.includes('QUERY_TIMEOUT') === true && timeouts.length < 5) {
          const body = (request as HttpCase).body;
          timeouts.push(`#${index} ${request.kind}: ${typeof body === 'string' ? body.slice(0, 300) : '(bytes)'}`);
        }
        if (outcome.failure !== undefined && failures.length < 1000) failures.push(`#${index} ${request.kind}: ${outcome.failure}`);
        if (outcome.networkError !== undefined) {
          increment(networkErrors, outcome.networkError);
          if (outcome.networkError === 'ECONNREFUSED') refused += 1;
          // An external server refusing connections has gone down as surely as a dead child.
          if ((local !== undefined && !local.alive()) || outcome.networkError === 'ECONNREFUSED') crashes += 1;
        }
        if (index > 0 && index % 500 === 0) {
          healthProbes += 1;
          if (!(await probeHealthy(url))) healthFailures += 1;
          process.stderr.write(`\r  ${index}/${count} sent...`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
    process.stderr.write('\n');
    healthProbes += 1;
    if (!(await probeHealthy(url))) healthFailures += 1;
  } finally {
    const alive = local === undefined || local.alive();
    if (!alive) crashes = Math.max(crashes, 1);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const serverErrors = failures.filter((f) => /: 5\d\d[: ]/.test(f)).length;
    const internal = failures.length - serverErrors;
    console.log(`fuzz: sent ${sent} requests in ${seconds} s${sent < count ? ' (stopped early: time limit or crash)' : ''}`);
    console.log(`by kind: ${list(byKind)}`);
    console.log(`by HTTP status: ${list(byStatus)}`);
    console.log(`by GraphQL error code (answers with at least one): ${list(byCode)}`);
    console.log(`answered without HTTP status: ${list(networkErrors)}`);
    console.log(
      `crashes: ${crashes} (server process ${local === undefined ? 'external' : alive ? 'alive' : 'DEAD'}; connections refused ${refused})`,
    );
    console.log(`5xx other than SERVICE_UNAVAILABLE: ${serverErrors}`);
    console.log(`answers hiding an unexpected error (INTERNAL_SERVER_ERROR) or non-JSON declared JSON: ${internal}`);
    console.log(`health probes between batches: ${healthProbes - healthFailures}/${healthProbes} answered correctly`);
    for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
    for (const timeout of timeouts) console.log(`  QUERY_TIMEOUT ${timeout}`);
    if (local !== undefined && !alive) console.log(`server output:\n${local.output()}`);
    await local?.stop();
    const failed = crashes + refused + serverErrors + internal + healthFailures > 0;
    console.log(`fuzz: ${failed ? 'FAIL' : 'PASS'} (replay with --seed ${seed})`);
    process.exitCode = failed ? 1 : 0;
  }
  return process.exitCode ?? 0;
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fuzz: ${(error as Error).message}`);
    process.exit(2);
  },
);
