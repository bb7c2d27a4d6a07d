import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from '../graph/context.js';

/** Reports the Cypher round trips of each operation, for tests and benchmarks to bound. */
export const roundTripsPlugin: ApolloServerPlugin<Context> = {
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
