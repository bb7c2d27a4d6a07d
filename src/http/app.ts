import { randomUUID } from 'node:crypto';

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';

import type { Config } from '../config.js';
import { CountingDatabase, type Database } from '../db/database.js';
import type { Context } from '../graph/context.js';
import { Loaders } from '../graph/loaders.js';
import type { Logger } from '../logger.js';
import { hasWriteToken } from './auth.js';
import { formatError } from './errors.js';
import { staticRoutes } from './static.routes.js';

export interface AppDeps {
  config: Config;
  schema: GraphQLSchema;
  db: Database;
  logger: Logger;
}

/** Reports the Cypher round trips of each operation, for tests and benchmarks to bound. */
const roundTripsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherRoundTrips: contextValue.db.roundTrips,
          };
        }
      },
    };
  },
};

export async function createApp({ config, schema, db, logger }: AppDeps): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const apollo = new ApolloServer<Context>({
    schema,
    // The default landing page loads Apollo Sandbox from a CDN, useless offline.
    plugins: [ApolloServerPluginLandingPageDisabled(), roundTripsPlugin],
    formatError: formatError(logger),
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown order (HTTP, then Apollo, then Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = req.get('x-request-id') ?? randomUUID();
        const counting = new CountingDatabase(db);
        return {
          db: counting,
          loaders: new Loaders(counting),
          logger: logger.child({ requestId }),
          requestId,
          canWrite: hasWriteToken(req.get('authorization'), config.writeTokens),
        };
      },
    }),
  );
  app.use(staticRoutes(logger));
  return { app, apollo };
}
