import { isIP } from 'node:net';
import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Config {
  port: number;
  /** Absent: the project starts its own embedded Neo4j. */
  neo4jUri: string | undefined;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string | undefined;
  dataDir: string;
  logLevel: LogLevel;
  /** Bearer tokens allowed to write. Empty: every write is refused. */
  writeTokens: string[];
  /** What one request may ask of the server; see src/http/limits.ts. */
  limits: QueryLimits;
  /** Server-side limit for one Cypher transaction. */
  transactionTimeoutSeconds: number;
  /** Origins allowed to call the API from a browser; empty: the same origin only; '*': any. */
  corsOrigins: string[] | '*';
  /** Whether clients may ask the schema about itself (explorers need it). */
  introspection: boolean;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  shutdownGraceSeconds: number;
  /** The Prometheus endpoint; see src/http/metrics.ts. */
  metrics: MetricsConfig;
  /** Where OpenTelemetry traces go (OTEL_EXPORTER_OTLP_ENDPOINT); absent: no tracing, nothing loaded. */
  otlpEndpoint: string | undefined;
  /** How much work one client may ask for per window; see src/http/client-budget.ts. */
  budget: ClientBudgetConfig;
  /**
   * Express's `trust proxy`: whose X-Forwarded-For names the client. false: nobody's, the client is
   * the TCP peer; a number: that many proxies in front; a list: those addresses and subnets.
   */
  trustProxy: boolean | number | string[];
}

export interface MetricsConfig {
  enabled: boolean;
  /** The path Prometheus scrapes, e.g. /metrics. */
  path: string;
}

/** Paths the server answers itself; the metrics endpoint must not hide one of them. */
const RESERVED_PATHS = ['/', '/graphql', '/explorer', '/healthz', '/readyz'];
const RESERVED_PREFIXES = ['/graphql/', '/export', '/assets'];

export interface ClientBudgetConfig {
  /** Query cost one client (an IP address) may spend per window; 0: no budget. */
  cost: number;
  /** Query cost each write token may spend per window, apart from any IP's budget; 0: no budget. */
  writerCost: number;
  windowSeconds: number;
}

export const DEFAULT_BUDGET: ClientBudgetConfig = { cost: 1_000_000, writerCost: 5_000_000, windowSeconds: 60 };

export interface QueryLimits {
  /** Nesting of fields in one operation. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Estimated cost of one operation; page sizes multiply (src/http/complexity.ts). */
  maxCost: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Characters in one document. */
  maxDocumentChars: number;
  /** Bytes in one request body. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 10_000,
  maxTokens: 1000,
  maxDocumentChars: 15_000,
  maxBodyBytes: 100 * 1024,
};

/** A configuration problem, phrased for a one-line message that names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError(name, `expected a TCP port number from 0 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

function parseNeo4jUri(env: Env): string | undefined {
  const raw = nonEmpty(env, 'NEO4J_URI');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('NEO4J_URI', `not a URI: "${raw}"`);
  }
  const schemes = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError('NEO4J_URI', `scheme must be one of ${schemes.join(' ')} got "${url.protocol}"`);
  }
  return raw;
}

function parseLogLevel(env: Env): LogLevel {
  const raw = nonEmpty(env, 'LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return raw as LogLevel;
}

function parseTokens(env: Env): string[] {
  const raw = nonEmpty(env, 'TREATY_GRAPH_TOKENS');
  if (raw === undefined) return [];
  const tokens = raw
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  // A short token is guessable; refusing it at start is kinder than a breach later.
  const weak = tokens.find((token) => token.length < 16);
  if (weak !== undefined) {
    throw new ConfigError('TREATY_GRAPH_TOKENS', 'every token must be at least 16 characters long');
  }
  return tokens;
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function parseCorsOrigins(env: Env): string[] | '*' {
  const name = 'TREATY_GRAPH_CORS_ORIGINS';
  const raw = nonEmpty(env, name);
  if (raw === undefined) return [];
  if (raw === '*') return '*';
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
    .map((origin) => {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        url = undefined;
      }
      // Browsers send the Origin header as scheme://host[:port] exactly; anything else never matches.
      if (url === undefined || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
        throw new ConfigError(name, `"${origin}" is not an origin like https://example.org (or use * for any origin)`);
      }
      return origin;
    });
}

function parseLimits(env: Env): QueryLimits {
  return {
    maxDepth: parseInteger(env, 'TREATY_GRAPH_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
    maxAliases: parseInteger(env, 'TREATY_GRAPH_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1000),
    maxDirectives: parseInteger(env, 'TREATY_GRAPH_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 1000),
    maxCost: parseInteger(env, 'TREATY_GRAPH_MAX_COST', DEFAULT_LIMITS.maxCost, 1, 10_000_000),
    maxTokens: parseInteger(env, 'TREATY_GRAPH_MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 10, 1_000_000),
    maxDocumentChars: parseInteger(env, 'TREATY_GRAPH_MAX_DOCUMENT_CHARS', DEFAULT_LIMITS.maxDocumentChars, 100, 10_000_000),
    maxBodyBytes: parseInteger(env, 'TREATY_GRAPH_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 1024, 100 * 1024 * 1024),
  };
}

function parseMetrics(env: Env): MetricsConfig {
  const name = 'TREATY_GRAPH_METRICS_PATH';
  const path = nonEmpty(env, name) ?? '/metrics';
  if (!/^\/[A-Za-z0-9._~/-]*$/.test(path) || path.endsWith('/')) {
    throw new ConfigError(name, `expected a path like /metrics, got "${path}"`);
  }
  if (RESERVED_PATHS.includes(path) || RESERVED_PREFIXES.some((prefix) => path.startsWith(prefix))) {
    throw new ConfigError(name, `"${path}" is taken by the server itself`);
  }
  return { enabled: parseBoolean(env, 'TREATY_GRAPH_METRICS', true), path };
}

/**
 * The OpenTelemetry SDK reads its own variables (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS, …);
 * the endpoint is read here too, to decide whether to load the SDK at all and to reject a typo early.
 */
function parseOtlpEndpoint(env: Env): string | undefined {
  if (parseBoolean(env, 'OTEL_SDK_DISABLED', false)) return undefined;
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
    const raw = nonEmpty(env, name);
    if (raw === undefined) continue;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (url === undefined || !['http:', 'https:'].includes(url.protocol)) {
      throw new ConfigError(name, `expected an http(s) URL like http://localhost:4318, got "${raw}"`);
    }
    return raw;
  }
  return undefined;
}

function parseBudget(env: Env): ClientBudgetConfig {
  const cost = parseInteger(env, 'TREATY_GRAPH_BUDGET', DEFAULT_BUDGET.cost, 0, 1_000_000_000);
  return {
    cost,
    // Writers are fewer and known (each holds a token): five times a client's budget unless told.
    writerCost: parseInteger(env, 'TREATY_GRAPH_WRITER_BUDGET', cost * 5, 0, 5_000_000_000),
    windowSeconds: parseInteger(env, 'TREATY_GRAPH_BUDGET_WINDOW_SECONDS', DEFAULT_BUDGET.windowSeconds, 1, 3600),
  };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function parseTrustProxy(env: Env): boolean | number | string[] {
  const name = 'TREATY_GRAPH_TRUST_PROXY';
  const raw = nonEmpty(env, name);
  if (raw === undefined || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(raw)) {
    if (Number(raw) > 20) throw new ConfigError(name, `expected at most 20 proxies in front, got "${raw}"`);
    return Number(raw);
  }
  return raw.split(',').map((entry) => {
    const trusted = entry.trim();
    const [address, bits, extra] = trusted.split('/');
    const family = isIP(address ?? '');
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.includes(trusted) && (family === 0 || !bitsOk || extra !== undefined)) {
      throw new ConfigError(
        name,
        `"${trusted}" is not an address, a subnet (10.0.0.0/8) or one of ${PROXY_NAMES.join(', ')}; or use true, false or a number of proxies`,
      );
    }
    return trusted;
  });
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, projectRoot = process.cwd()): Config {
  const neo4jUri = parseNeo4jUri(env);
  return {
    port: parsePort(env, 'PORT', 4000),
    neo4jUri,
    neo4jUsername: nonEmpty(env, 'NEO4J_USERNAME') ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: nonEmpty(env, 'NEO4J_DATABASE'),
    dataDir: path.resolve(projectRoot, nonEmpty(env, 'TREATY_GRAPH_DATA_DIR') ?? 'data'),
    logLevel: parseLogLevel(env),
    writeTokens: parseTokens(env),
    limits: parseLimits(env),
    transactionTimeoutSeconds: parseInteger(env, 'TREATY_GRAPH_TX_TIMEOUT_SECONDS', 30, 1, 3600),
    corsOrigins: parseCorsOrigins(env),
    introspection: parseBoolean(env, 'TREATY_GRAPH_INTROSPECTION', true),
    shutdownGraceSeconds: parseInteger(env, 'TREATY_GRAPH_SHUTDOWN_GRACE_SECONDS', 10, 0, 3600),
    metrics: parseMetrics(env),
    otlpEndpoint: parseOtlpEndpoint(env),
    budget: parseBudget(env),
    trustProxy: parseTrustProxy(env),
  };
}
