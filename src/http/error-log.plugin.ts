import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

import type { Context } from '../graph/context.js';
import { isTransactionTimeout, isUnexpected } from './errors.js';

/**
 * Logs the failures worth an operator's attention through the request's own logger, so each line
 * carries the request id the client got in `x-request-id`: our unexpected errors (answered as
 * INTERNAL_SERVER_ERROR) and Cypher over its time limit. The client's mistakes are not logged.
 */
export const errorLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          if (isTransactionTimeout(unwrapResolverError(error))) {
            contextValue.logger.warn({ path: error.path, operationName }, 'Cypher transaction timed out');
          } else if (isUnexpected(error)) {
            contextValue.logger.error({ err: unwrapResolverError(error), path: error.path, operationName }, 'unexpected error');
          }
        }
      },
    };
  },
};
