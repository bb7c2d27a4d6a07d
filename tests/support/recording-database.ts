import { graphql, type GraphQLSchema } from 'graphql';

import { CountingDatabase, type Database, type Params } from '../../src/db/database.js';
import type { Context } from '../../src/graph/context.js';
import { Loaders } from '../../src/graph/loaders.js';
import { ReleaseHub } from '../../src/graph/release/release.hub.js';
import { createLogger } from '../../src/logger.js';

export interface SentCypher {
  mode: 'READ' | 'WRITE';
  cypher: string;
  params: Params;
}

/**
 * Runs one GraphQL operation against a database that answers every query with no rows and records
 * what it was sent: the Cypher and parameters a resolver sends, pinned without a Neo4j. What the
 * answers would contain is for the integration tests on the real Neo4j.
 */
export async function cypherSentBy(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> = {},
): Promise<{ sent: SentCypher[]; errors: readonly string[] }> {
  const sent: SentCypher[] = [];
  const record =
    (mode: SentCypher['mode']) =>
    (cypher: string, params: Params = {}): Promise<never[]> => {
      sent.push({ mode, cypher: cypher.replace(/\s+/g, ' ').trim(), params });
      return Promise.resolve([]);
    };
  const recorder = { read: record('READ'), write: record('WRITE') } as unknown as Database;
  const db = new CountingDatabase(recorder);
  const contextValue: Context = {
    db,
    loaders: new Loaders(db),
    logger: createLogger('silent'),
    requestId: 'cypher-test',
    canWrite: false,
    writer: null,
    releases: new ReleaseHub(recorder),
  };
  const result = await graphql({ schema, source, variableValues: variables, contextValue });
  return { sent, errors: (result.errors ?? []).map((error) => error.message) };
}
