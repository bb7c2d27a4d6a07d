import type { GraphQLResolveInfo } from 'graphql';

import type { Context } from '../context.js';
import { ENTITY_TYPES, toEntity, type Entity } from '../entities.js';
import { hopPattern, type Hop } from '../relations.js';
import type { Props } from '../../db/values.js';
import { ENTITY_LABELS, isEntityLabel } from '../../model/labels.js';
import { FACT_KEYS, fieldsAt, keysFor, projection, type StoredKeys } from './projection.js';

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

/** A relationship field of the list's items that the list query brings along, and which keys of its nodes it reads. */
export interface Prefetch {
  field: string;
  hop: Hop;
  /** The stored keys the operation reads of the related nodes; null for whole nodes. */
  keys: string[] | null;
}

/** What the parent's field resolver itself reads of the related nodes, by relationship type: `sources(order: BEST_FIRST)` sorts by grade. */
const READ_BY_FIELD: Readonly<Record<string, readonly string[]>> = { CITES: ['grade'] };

/** The stored-keys map of an entity class, when it declares one (`static stored`). */
export function storedKeysOf(label: string): StoredKeys | undefined {
  return isEntityLabel(label) ? (ENTITY_TYPES[label] as { stored?: StoredKeys }).stored : undefined;
}

/** The field nodes of the connection's items: `nodes { ... }` and `edges { node { ... } }`. */
function itemNodes(info: GraphQLResolveInfo, field?: string): ReturnType<typeof fieldsAt> {
  const tail = field === undefined ? [] : [field];
  return [...fieldsAt(info, ['nodes', ...tail]), ...fieldsAt(info, ['edges', 'node', ...tail])];
}

/**
 * The stored keys to read of the items of the connection being resolved, `always` (the cursor's
 * keys) included; null for whole nodes.
 */
export function itemKeys(info: GraphQLResolveInfo, label: string, always: readonly string[]): string[] | null {
  return keysFor(info, itemNodes(info), label, storedKeysOf(label), always);
}

/**
 * The stored keys to read of nodes of any label that the field nodes select, or null for whole
 * nodes: the union of what each label's selection reads. A type with no map of its own reads its
 * interface fields (id, name, the fact fields) from the keys every fact has, as `factFields` does; a
 * field of its own selected in a fragment makes the read whole.
 */
function anyEntityKeys(info: GraphQLResolveInfo, nodes: ReturnType<typeof fieldsAt>, always: readonly string[] = []): string[] | null {
  const keys = new Set<string>();
  for (const label of ENTITY_LABELS) {
    const read = keysFor(info, nodes, label, storedKeysOf(label) ?? FACT_KEYS, always);
    if (read === null) return null;
    for (const key of read) keys.add(key);
  }
  return [...keys].sort();
}

/** The stored keys to read of the entities (of any label) at `path` below the field being resolved; null for whole nodes. */
export function entityKeysAt(info: GraphQLResolveInfo, path: readonly string[]): string[] | null {
  return anyEntityKeys(info, fieldsAt(info, path));
}

/**
 * The hops, among a list item's relationship fields, that the operation asks for on the items of the
 * connection being resolved (`nodes { field }` or `edges { node { field } }`, fragments included),
 * each with the keys the operation reads of its nodes.
 */
export function selectedHops(info: GraphQLResolveInfo, fields: Readonly<Record<string, Hop>>): Prefetch[] {
  return Object.entries(fields).flatMap(([field, hop]) => {
    const nodes = itemNodes(info, field);
    if (nodes.length === 0) return [];
    const always = READ_BY_FIELD[hop.type];
    const keys = isEntityLabel(hop.target)
      ? keysFor(info, nodes, hop.target, storedKeysOf(hop.target), always)
      : anyEntityKeys(info, nodes, always);
    return [{ field, hop, keys }];
  });
}

/**
 * A Cypher expression giving, for each hop, the nodes one hop from `variable` exactly as the
 * per-request loader returns them (live ones, in id order), so the list query can bring them along.
 */
export function relatedExpression(prefetch: readonly Prefetch[], variable: string): string {
  const lists = prefetch.map(
    ({ hop, keys }) => `COLLECT {
      MATCH ${hopPattern(hop, variable, 'related')} WHERE coalesce(related.retracted, false) = false
      RETURN {labels: labels(related), props: ${projection('related', keys)}} ORDER BY related.id
    }`,
  );
  return `[${lists.join(', ')}]`;
}

const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Map<string, Entity[]> };

/**
 * Hangs nodes a query fetched for one field of an object on the object itself, for that field's
 * resolver only. These nodes may be partly read (only the keys the operation selects below the
 * field), so they never go into the per-request loaders, where another field of the operation could
 * be handed one.
 */
export function attachFetched<T extends object>(item: T, field: string, nodes: Entity[]): T {
  const holder = item as WithPrefetched;
  (holder[PREFETCHED] ??= new Map()).set(field, nodes);
  return item;
}

/** What a query fetched for this field of the object (see attachFetched); undefined when nothing was. */
export function fetchedOf<T extends Entity>(item: object, field: string): T[] | undefined {
  return (item as WithPrefetched)[PREFETCHED]?.get(field) as T[] | undefined;
}

/** Hangs what the list query fetched on the item itself (see attachFetched). */
export function attachPrefetched<T extends object>(item: T, prefetch: readonly Prefetch[], row: PrefetchedRow): T {
  prefetch.forEach(({ field }, index) => {
    attachFetched(
      item,
      field,
      (row.related[index] ?? []).map((node) => toEntity(node.labels, node.props)),
    );
  });
  return item;
}

/** The nodes one hop from an item: what its list brought along for this field, or else from the per-request loader. */
export function relatedOf<T extends Entity>(ctx: Context, item: { id: string }, field: string, hop: Hop): T[] | Promise<T[]> {
  return fetchedOf<T>(item, field) ?? (ctx.loaders.related(hop).load(item.id) as Promise<T[]>);
}

/** The single node one hop from an item, or null; see relatedOf. */
export function oneOf<T extends Entity>(ctx: Context, item: { id: string }, field: string, hop: Hop): T | null | Promise<T | null> {
  const found = fetchedOf<T>(item, field);
  if (found !== undefined) return found[0] ?? null;
  return ctx.loaders.one<T>(hop, item.id);
}
