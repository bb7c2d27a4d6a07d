import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';

import type { GraphReadiness } from '../db/readiness.js';
import type { Context } from '../graph/context.js';
import { ErrorCode, ServiceUnavailableError } from '../graph/errors.js';

/** Seconds a client is asked to wait before retrying while Neo4j is out of reach. */
const RETRY_AFTER_SECONDS = 5;

/** Introspection needs no database: explorers can load the schema while Neo4j is still away. */
function isIntrospectionOnly(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation !== undefined &&
    operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'))
  );
}

/**
 * SERVICE_UNAVAILABLE, with HTTP 503 and Retry-After, both before the graph is first ready and
 * whenever a query meets Neo4j down: proxies and clients know to retry a 503.
 */
export function serviceUnavailablePlugin(readiness: GraphReadiness): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!readiness.ready && !isIntrospectionOnly(operation)) throw new ServiceUnavailableError();
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((error) => error.extensions?.code === ErrorCode.ServiceUnavailable)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
