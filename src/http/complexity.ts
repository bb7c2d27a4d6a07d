import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { getNullableType, getVariableValues, isListType, visit, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
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

/** Costs of one document kept per operation and relevant variables; a bound, since variables vary. */
const COSTS_PER_DOCUMENT = 256;

/**
 * The variables a document's cost can depend on: those in a `first` argument (the estimator's page
 * size) or in a directive (`@include`, `@skip` decide what is counted). Ids, filters and texts do not
 * change the cost, so requests that differ only in them share one computation.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode): void => {
    visit(value, { Variable: (node) => void names.add(node.name.value) });
  };
  visit(document, {
    Argument: (node) => {
      if (node.name.value === 'first') collect(node.value);
    },
    Directive: (node) => {
      for (const argument of node.arguments ?? []) collect(argument.value);
    },
  });
  return [...names].sort();
}

interface DocumentCosts {
  variables: string[];
  costs: Map<string, number>;
}

/**
 * Apollo hands the same parsed document to every request of the same text (its document cache), so
 * the costs hang on the document itself and go with it when Apollo drops it.
 */
const costCache = new WeakMap<DocumentNode, DocumentCosts>();

/** The estimated cost of an operation with these variables; computed once per document and the variables it depends on. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  let entry = costCache.get(document);
  if (entry === undefined) {
    entry = { variables: costVariables(document), costs: new Map() };
    costCache.set(document, entry);
  }
  // A variable left out (its default applies) differs from one given as null.
  const key = JSON.stringify([
    operationName ?? null,
    ...entry.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : 0)),
  ]);
  const known = entry.costs.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({ schema, query: document, operationName, variables, estimators: [pageSizeEstimator] });
  if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
  entry.costs.set(key, cost);
  return cost;
}

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
            cost = operationCost(schema, document, operation.name?.value, variables);
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
