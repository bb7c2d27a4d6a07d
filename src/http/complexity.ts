import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { getNullableType, getVariableValues, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/common/pagination.js';
import { QueryLimitError } from './limits.js';

/**
 * Lists without `first` (a fact's sources, a person's positions) are costed as if they held this
 * many items: the seeded graph averages under two sources a fact, and with 10 a page of 100 items
 * with their sources and one nested list already broke the limit our own tests and dashboard need.
 */
export const UNPAGED_LIST_ESTIMATE = 3;

/**
 * Every field costs 1 plus what it selects, times the items it can return: a paginated field its
 * page size (`first`, 20 by default; above the cap the resolver refuses the page, so the cap is
 * its cost), any other list UNPAGED_LIST_ESTIMATE. Nested lists thus multiply, which is the point.
 * Introspection is free: explorers send it and it never reaches Neo4j.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
  }
  // A connection's nodes and edges are the page itself, already counted by the field that returns it.
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + UNPAGED_LIST_ESTIMATE * childComplexity;
  return 1 + childComplexity;
};

/**
 * Refuses an operation whose estimated cost is above the limit, before its resolvers run, and hands
 * the cost of any other to `charge` (the client's budget, which may refuse it in turn).
 */
export function complexityPlugin(
  schema: GraphQLSchema,
  maxCost: number,
  charge: (cost: number, headers: HeaderMap | undefined) => Promise<void> = async () => {},
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, operation }) {
          // No single operation, or variables of the wrong type: execution refuses them next, saying why.
          if (operation === undefined) return;
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors !== undefined) return;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operation.name?.value,
              variables,
              estimators: [pageSizeEstimator],
            });
          } catch {
            // With the variables checked, only its node count (fragments spread over and over) fails it.
            throw new QueryLimitError('cost', maxCost);
          }
          if (cost > maxCost) throw new QueryLimitError('cost', maxCost, cost);
          await charge(cost, request.http?.headers);
        },
        async willSendResponse({ response }) {
          if (cost !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, queryCost: cost };
          }
        },
      };
    },
  };
}
