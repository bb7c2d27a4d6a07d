import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { inject } from 'vitest';

import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/service/server.js';

export const WRITE_TOKEN = 'test-token-0123456789abcdef';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
  extensions?: {
    cypherRoundTrips?: number;
    release?: { id: number; at: string; hash: string; latest: number; movedOn: boolean };
  };
}

export interface TestServer {
  url: string;
  db: Database;
  server: RunningServer;
  /** Sends a typed operation over HTTP, as any client would. */
  exec<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<R>>;
  /** Sends a raw query string, for inputs the typed documents cannot express. */
  raw(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse<Record<string, unknown>>>;
  close(): Promise<void>;
}

export function testDatabase(): Database {
  return Database.connect({
    uri: inject('neo4jUri'),
    username: inject('neo4jUsername'),
    password: inject('neo4jPassword'),
    database: process.env.NEO4J_DATABASE,
    transactionTimeoutMs: 60_000,
    logger: createLogger('silent'),
  });
}

/** The real HTTP server on a free port, backed by the test run's Neo4j. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config: Config = {
    ...loadConfig({ TREATY_GRAPH_TOKENS: WRITE_TOKEN }),
    neo4jUri: inject('neo4jUri'),
    port: 0,
    ...overrides,
  };
  const db = testDatabase();
  const server = await startServer(config, db, createLogger('silent'));
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<never>> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url,
    db,
    server,
    exec: (document, variables, headers) => post({ query: print(document as DocumentNode), variables }, headers),
    raw: (body, headers) => post(body, headers),
    async close() {
      await server.close();
      await db.close();
    },
  };
}
