import type { GraphQLResolveInfo } from 'graphql';

import type { Context } from '../context.js';
import { toEntity } from '../entities.js';
import { hopPattern, type Hop } from '../relations.js';
import type { Props } from '../../db/values.js';
import { selects } from './selection.js';

/** A node as a list query returns it next to an item. */
export interface RelatedRow {
  labels: string[];
  props: Props;
}

/** An item of a list query, with the nodes of each prefetched hop, in the order the hops were given. */
export interface PrefetchedRow {
  props: Props;
  related: RelatedRow[][];
}

/**
 * The hops, among a list item's relationship fields, that the operation asks for on the items of the
 * connection being resolved (`nodes { field }` or `edges { node { field } }`, fragments included).
 */
export function selectedHops(info: GraphQLResolveInfo, fields: Readonly<Record<string, Hop>>): Hop[] {
  return Object.entries(fields)
    .filter(([field]) => selects(info, ['nodes', field]) || selects(info, ['edges', 'node', field]))
    .map(([, hop]) => hop);
}

/**
 * A Cypher expression giving, for each hop, the nodes one hop from `variable` exactly as the
 * per-request loader returns them (live ones, in id order), so the list query can bring them along.
 */
export function relatedExpression(hops: readonly Hop[], variable: string): string {
  const lists = hops.map(
    (hop) => `COLLECT {
      MATCH ${hopPattern(hop, variable, 'related')} WHERE coalesce(related.retracted, false) = false
      RETURN {labels: labels(related), props: properties(related)} ORDER BY related.id
    }`,
  );
  return `[${lists.join(', ')}]`;
}

/** Hands each hop's loader what the list query fetched, so the nested fields cost no round trip of their own. */
export function primeRelated(ctx: Context, hops: readonly Hop[], rows: readonly PrefetchedRow[]): void {
  hops.forEach((hop, index) => {
    const loader = ctx.loaders.related(hop);
    for (const row of rows) {
      loader.prime(
        String(row.props.id),
        (row.related[index] ?? []).map((node) => toEntity(node.labels, node.props)),
      );
    }
  });
}
