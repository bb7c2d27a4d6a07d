import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import type { Database, RoundTripObserver } from '../db/database.js';
import type { GraphReadiness } from '../db/readiness.js';
import type { Context } from '../graph/context.js';

/** Fixed route labels: a label per URL would let any client grow the series without bound. */
function routeOf(req: Request, metricsPath: string): string {
  const path = req.originalUrl.split('?')[0]!;
  if (['/', '/explorer', '/graphql', '/healthz', '/readyz', metricsPath].includes(path)) return path;
  if (path.startsWith('/export/')) return '/export';
  if (path.startsWith('/feeds/')) return '/feeds';
  if (path.startsWith('/assets/')) return '/assets';
  return 'other';
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/**
 * The Prometheus metrics of one server (its own registry, so several servers in one process, as in
 * the tests, do not collide): HTTP latency by route and status; GraphQL operations by type and
 * errors by `extensions.code`; Cypher round trips and their time by access mode, and per operation;
 * whether Neo4j answers and the graph is ready; and prom-client's process and Node.js defaults.
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'treaty_graph_http_request_duration_seconds',
    help: 'Time from request to response, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly operations = new Counter({
    name: 'treaty_graph_graphql_operations_total',
    help: 'GraphQL operations answered, by type (query, mutation; unknown when the document did not parse or validate)',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'treaty_graph_graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly cypher = new Histogram({
    name: 'treaty_graph_cypher_duration_seconds',
    help: 'Time of one Cypher round trip from a GraphQL operation, by access mode (its _count is the round trips)',
    labelNames: ['mode'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 30],
    registers: [this.registry],
  });

  private readonly roundTrips = new Histogram({
    name: 'treaty_graph_graphql_cypher_round_trips',
    help: 'Cypher round trips of one GraphQL operation (bounded by its shape, not by list sizes)',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34],
    registers: [this.registry],
  });

  constructor(
    readonly path: string,
    db: Database,
    readiness: GraphReadiness,
  ) {
    new Gauge({
      name: 'treaty_graph_neo4j_up',
      help: 'Whether Neo4j answered when this scrape asked (1) or not (0)',
      registers: [this.registry],
      async collect() {
        this.set(
          await db.verify().then(
            () => 1,
            () => 0,
          ),
        );
      },
    });
    new Gauge({
      name: 'treaty_graph_graph_ready',
      help: 'Whether the graph is migrated and the server ready (as /readyz says)',
      registers: [this.registry],
      collect() {
        this.set(readiness.ready ? 1 : 0);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Times every request, from arrival to the last byte sent. */
  readonly middleware: RequestHandler = (req, res, next) => {
    const end = this.httpDuration.startTimer();
    res.once('finish', () => {
      end({ method: METHODS.has(req.method) ? req.method : 'other', route: routeOf(req, this.path), status: String(res.statusCode) });
      // Refusals answered before Apollo (src/http/limits.ts sendErrors): no operation, but errors.
      const refused: unknown = res.locals.graphqlErrorCodes;
      if (Array.isArray(refused)) for (const code of refused) this.countError(code);
    });
    next();
  };

  private countError(code: unknown): void {
    this.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
  }

  readonly endpoint: RequestHandler = async (_req, res) => {
    res.type(this.registry.contentType).send(await this.registry.metrics());
  };

  readonly observeRoundTrip: RoundTripObserver = (mode, seconds) => {
    this.cypher.observe({ mode }, seconds);
  };

  readonly plugin: ApolloServerPlugin<Context> = {
    requestDidStart: async () => ({
      willSendResponse: async ({ operation, response, contextValue }) => {
        this.operations.inc({ type: operation?.operation ?? 'unknown' });
        this.roundTrips.observe(contextValue.db.roundTrips);
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const error of errors) this.countError(error.extensions?.code);
      },
    }),
  };
}
