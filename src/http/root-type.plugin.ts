import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';

import type { Context } from '../graph/context.js';
import { ErrorCode } from '../graph/errors.js';

/** graphql-js would only fail a mutation or subscription at execution, as if it were our fault. */
export function rootTypePlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation !== undefined && schema.getRootType(operation.operation) == null) {
            throw new GraphQLError(`this API has no ${operation.operation} operations`, {
              extensions: { code: ErrorCode.BadRequest, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
