import type { Server } from 'node:http';

import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import type { QueryLimits } from '../config.js';
import { CountingDatabase, type Database } from '../db/database.js';
import type { Context } from '../graph/context.js';
import { Loaders } from '../graph/loaders.js';
import type { ReleaseHub } from '../graph/release/release.hub.js';
import type { Logger } from '../logger.js';
import { pageSizeEstimator } from './complexity.js';
import { checkDocument, QueryLimitError } from './limits.js';

export interface SubscriptionDeps {
  schema: GraphQLSchema;
  db: Database;
  logger: Logger;
  releases: ReleaseHub;
  limits: QueryLimits;
  /** The same depth, alias and directive rules as POST /graphql. */
  validationRules: readonly ValidationRule[];
  /** Charges a subscription's cost to the client at this address, as a query's is; throws RATE_LIMITED past its budget. */
  charge(address: string, cost: number): Promise<void>;
}

export interface Subscriptions {
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's /graphql path.
 * Public like reads, and held to the same limits before anything runs: document size and tokens,
 * depth, aliases and directives, the cost estimate, and the client's budget (each subscription is
 * charged once, when it starts). Only subscriptions: queries and mutations go to POST /graphql, where
 * the writes' authentication lives.
 */
export function attachSubscriptions(server: Server, deps: SubscriptionDeps): Subscriptions {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const contextOf = (requestId: string): Context => {
    const db = new CountingDatabase(deps.db, { logger: deps.logger });
    return {
      db,
      loaders: new Loaders(db),
      logger: deps.logger.child({ requestId }),
      requestId,
      canWrite: false,
      writer: null,
      releases: deps.releases,
    };
  };
  const handle = useServer<Record<string, unknown>>(
    {
      schema: deps.schema,
      onSubscribe: async (ctx, id, payload) => {
        const refused = checkDocument(payload.query, deps.limits);
        if (refused !== undefined) return [refused];
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(deps.schema, document, [...specifiedRules, ...deps.validationRules]);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError('only subscriptions are served over WebSocket; send queries and mutations to POST /graphql', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const variables = payload.variables ?? {};
        let cost: number;
        try {
          cost = getComplexity({
            schema: deps.schema,
            query: document,
            operationName: payload.operationName ?? undefined,
            variables,
            estimators: [pageSizeEstimator],
          });
        } catch {
          return [new QueryLimitError('cost', deps.limits.maxCost)];
        }
        if (cost > deps.limits.maxCost) return [new QueryLimitError('cost', deps.limits.maxCost, cost)];
        try {
          await deps.charge(ctx.extra.request.socket.remoteAddress ?? 'unknown', cost);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return {
          schema: deps.schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: contextOf(`ws-${id}`),
        };
      },
    },
    wss,
  );
  return {
    async close() {
      await handle.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
