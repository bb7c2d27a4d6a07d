import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';

import type { Config } from '../config.js';
import { CountingDatabase, type Database } from '../db/database.js';
import { GraphReadiness } from '../db/readiness.js';
import { firstLine } from '../db/failures.js';
import type { Context } from '../graph/context.js';
import { Loaders } from '../graph/loaders.js';
import { ReleaseHub } from '../graph/release/release.hub.js';
import type { Logger } from '../logger.js';
import { accessLog } from './access-log.js';
import { authenticate } from './auth.js';
import { ClientBudget } from './client-budget.js';
import { complexityPlugin } from './complexity.js';
import { Drain } from './drain.js';
import { errorLogPlugin } from './error-log.plugin.js';
import { formatError, httpErrorHandler } from './errors.js';
import { explorerRedirect } from './explorer-redirect.js';
import { exportRoutes } from './export.routes.js';
import { feedRoutes } from './feed.routes.js';
import { armorProtection, documentLimits } from './limits.js';
import { Metrics } from './metrics.js';
import { releasePlugin } from './release.plugin.js';
import { rootTypePlugin } from './root-type.plugin.js';
import { roundTripsPlugin } from './round-trips.plugin.js';
import { securityHeaders } from './security-headers.js';
import { serviceUnavailablePlugin } from './service-unavailable.plugin.js';
import { staticRoutes } from './static.routes.js';

export interface AppDeps {
  config: Config;
  schema: GraphQLSchema;
  db: Database;
  logger: Logger;
  /** Absent: the graph is taken as ready (tests, tools that prepared it themselves). */
  readiness?: GraphReadiness;
  drain?: Drain;
  /** The process's releases; one is made over `db` when not given. */
  releases?: ReleaseHub;
}

/** Cross-origin browser access only for the configured origins; none configured, the same origin only. */
function corsFor(origins: Config['corsOrigins']): RequestHandler[] {
  if (origins !== '*' && origins.length === 0) return [];
  return [
    cors({
      origin: origins === '*' ? '*' : origins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
  ];
}

export async function createApp({
  config,
  schema,
  db,
  logger,
  readiness = new GraphReadiness(true),
  drain = new Drain(),
  releases = new ReleaseHub(db),
}: AppDeps): Promise<{ app: Express; apollo: ApolloServer<Context>; releases: ReleaseHub }> {
  const armor = armorProtection(config.limits, config.introspection);
  const metrics = config.metrics.enabled ? new Metrics(config.metrics.path, db, readiness) : undefined;
  const budget = new ClientBudget(config.budget, config.writeTokens);
  const apollo = new ApolloServer<Context>({
    schema,
    // The default landing page loads Apollo Sandbox from a CDN, useless offline.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here sets cache hints, and the default plugin would otherwise run a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      rootTypePlugin(schema),
      serviceUnavailablePlugin(readiness),
      complexityPlugin(schema, config.limits.maxCost, (cost, headers) => budget.charge(cost, headers)),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      roundTripsPlugin,
      releasePlugin(releases),
      errorLogPlugin,
      ...(metrics === undefined ? [] : [metrics.plugin]),
    ],
    validationRules: armor.validationRules,
    introspection: config.introspection,
    // Both are Apollo's defaults, spelled out because the tests hold us to them: a JSON array of
    // operations multiplies every limit, and a request a browser sends without a preflight could be
    // forged by any site.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Automatic persisted queries would let any client fill a server-side cache; no client of ours
    // uses them.
    persistedQueries: false,
    formatError: formatError(config.transactionTimeoutSeconds),
    includeStacktraceInErrorResponses: false,
    // The process owns shutdown order (HTTP, then Apollo, then Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(accessLog(logger, ['/healthz', '/readyz', config.metrics.path]));
  app.use(securityHeaders());
  if (metrics !== undefined) app.use(metrics.middleware);
  app.use(drain.middleware);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    if (!readiness.ready) {
      res.status(503).json({ status: 'unavailable', reason: readiness.reason });
      return;
    }
    try {
      await db.verify();
      res.json({ status: 'ready' });
    } catch (error) {
      // The driver's text names internal hosts and ports: the log gets it, the public a few words.
      logger.warn({ reason: firstLine(error) }, 'readiness check: Neo4j did not answer');
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j not answering' });
    }
  });

  if (metrics !== undefined) app.get(metrics.path, metrics.endpoint);

  // An export costs as much as the largest operation allowed; health checks and pages cost nothing.
  app.use('/export', budget.middleware(config.limits.maxCost, 'plain'), exportRoutes(db));
  // A feed reads a few releases and the facts they changed: a small fixed cost per poll.
  app.use('/feeds', budget.middleware(10, 'plain'), feedRoutes(db));

  app.use(
    '/graphql',
    explorerRedirect,
    ...corsFor(config.corsOrigins),
    budget.middleware(1, 'graphql'),
    express.json({ limit: config.limits.maxBodyBytes }),
    (req, _res, next) => {
      // Express 5 leaves req.body unset for other content types; Apollo then answers them itself
      // (CSRF refusal, or "invalid Content-Type") instead of failing as if misconfigured.
      // (The integration tests `'body' in req`: the property must exist, even undefined.)
      if (req.body === undefined) req.body = undefined;
      next();
    },
    documentLimits(config.limits),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const counting = new CountingDatabase(db, { observe: metrics?.observeRoundTrip, logger: req.log });
        return {
          db: counting,
          loaders: new Loaders(counting),
          // The access log's child logger: every line of the request carries its id.
          logger: req.log,
          requestId: String(req.id),
          releases,
          ...authenticate(req.get('authorization'), config.writeTokens),
        };
      },
    }),
  );
  app.use(staticRoutes(logger));
  app.use((req, res) => {
    res.status(404).json({ error: `no such endpoint: ${req.method} ${req.path}; GraphQL is at /graphql` });
  });
  app.use(httpErrorHandler(config.limits));
  return { app, apollo, releases };
}
