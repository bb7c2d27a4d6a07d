import { Neo4jError } from 'neo4j-driver';

import { ConfigError } from '../config.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * A failure that waiting can cure (Neo4j down, restarting, out of reach) as opposed to one that
 * needs a person (wrong credentials, a database that does not exist, bad seed data).
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE.has(error.code) ||
      error.retriable === true ||
      // Every pooled connection busy for the whole acquisition timeout: overloaded, not broken.
      error.message.startsWith('Connection acquisition timed out'))
  );
}

/** The first line of the driver's reason: its messages run over several lines. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/** Problems of configuration, named after the variable to fix; undefined for anything else. */
export function asConfigError(error: unknown, uri: string): ConfigError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new ConfigError('NEO4J_PASSWORD', `Neo4j at ${uri} refused the credentials of NEO4J_USERNAME: ${firstLine(error)}`);
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ConfigError('NEO4J_DATABASE', `Neo4j at ${uri} has no such database: ${firstLine(error)}`);
  }
  return undefined;
}

/**
 * A failure in a few words for /readyz, which anyone may read: the driver's own text names internal
 * hosts and ports, so it goes to the log instead.
 */
export function publicReason(error: unknown): string {
  return isTransient(error) ? 'Neo4j unreachable' : 'graph not prepared';
}
