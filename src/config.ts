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
}

/** A configuration problem, phrased for a one-line message that names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
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
  const tokens = raw.split(',').map((token) => token.trim()).filter((token) => token !== '');
  // A short token is guessable; refusing it at start is kinder than a breach later.
  const weak = tokens.find((token) => token.length < 16);
  if (weak !== undefined) {
    throw new ConfigError('TREATY_GRAPH_TOKENS', 'every token must be at least 16 characters long');
  }
  return tokens;
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
  };
}
