import { isAbstractType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which stored properties each GraphQL field of a type reads: a plain field its own key, a field
 * computed from several properties all of them, a field resolved from the id alone (a relationship)
 * none. A list query reads only the keys of the fields its operation selects (`n {.id, .kind}`
 * instead of `properties(n)`), so Neo4j sends and the driver decodes no property nobody asked for
 * (stored dates especially, which the driver decodes slowly).
 *
 * A field missing from its type's map makes the read whole: a field added to a type without a line
 * here is still answered right, only slower.
 */
export type StoredKeys = Readonly<Record<string, readonly string[]>>;

/** The keys of the fields every fact has (`factFields` and the shared fact resolvers). */
export const FACT_KEYS = {
  id: ['id'],
  name: ['name'],
  confidence: ['confidence'],
  note: ['note'],
  // A retraction's release is read with it, so an answer as recorded before it can leave it out.
  retracted: ['retracted', 'retractedIn'],
  retraction: ['retracted', 'retractedAt', 'retractedBy', 'retractedReason', 'retractedSourceIds', 'retractedIn'],
  sources: [],
  relations: [],
} as const satisfies StoredKeys;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The field nodes the operation reaches at `path` below the field being resolved (fragments included). */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  const found: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined, rest: readonly string[]): void => {
    if (set === undefined) return;
    const [name, ...deeper] = rest;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== name) continue;
        if (deeper.length === 0) found.push(selection);
        else walk(selection.selectionSet, deeper);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, rest);
      } else {
        walk(info.fragments[selection.name.value]?.selectionSet, rest);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, path);
  return found;
}

/** Whether a fragment with this type condition applies to objects of `typeName`. */
function applies(info: GraphQLResolveInfo, condition: string | undefined, typeName: string): boolean {
  if (condition === undefined || condition === typeName) return true;
  const abstract = info.schema.getType(condition);
  const object = info.schema.getType(typeName);
  if (abstract === undefined || object === undefined || !isAbstractType(abstract)) return false;
  return info.schema.isSubType(abstract, object as Parameters<typeof info.schema.isSubType>[1]);
}

/**
 * The stored keys to read for objects of `typeName` that the field nodes select, sorted, with
 * `always` (what the resolver itself reads, such as a cursor's keys) and the id; null when a
 * selected field has no entry in `stored` (or the type has no map), meaning: read the whole node.
 */
export function keysFor(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  typeName: string,
  stored: StoredKeys | undefined,
  always: readonly string[] = [],
): string[] | null {
  if (stored === undefined) return null;
  const keys = new Set<string>(['id', ...always]);
  let complete = true;
  const collect = (set: SelectionSetNode | undefined): void => {
    if (set === undefined) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const read = Object.hasOwn(stored, name) ? stored[name] : undefined;
        if (read === undefined) complete = false;
        else for (const key of read) keys.add(key);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(info, selection.typeCondition?.name.value, typeName)) collect(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment !== undefined && applies(info, fragment.typeCondition.name.value, typeName)) collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) collect(node.selectionSet);
  if (!complete || [...keys].some((key) => !IDENTIFIER.test(key))) return null;
  return [...keys].sort();
}

/** The Cypher expression that reads those keys of `variable` (a map projection), or all of them. */
export function projection(variable: string, keys: readonly string[] | null): string {
  return keys === null ? `properties(${variable})` : `${variable} {${keys.map((key) => `.${key}`).join(', ')}}`;
}
