import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, below the field being resolved, for the field at `path` (through
 * fragments and inline fragments too). A list resolver uses it to fetch, in its own query, what a
 * nested field would otherwise fetch in a round trip of its own.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => reaches(node.selectionSet, path, info));
}

function reaches(set: SelectionSetNode | undefined, path: readonly string[], info: GraphQLResolveInfo): boolean {
  if (path.length === 0) return true;
  if (set === undefined) return false;
  const [name, ...rest] = path;
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return (selection as FieldNode).name.value === name && reaches(selection.selectionSet, rest, info);
      case Kind.INLINE_FRAGMENT:
        return reaches(selection.selectionSet, path, info);
      case Kind.FRAGMENT_SPREAD:
        return reaches(info.fragments[selection.name.value]?.selectionSet, path, info);
    }
  });
}
