import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';

import { isEntityLabel, type EntityLabel } from '../../model/labels.js';
import { isRelationshipType, type RelationshipType } from '../../model/relationships.js';
import { checkIdForm, loadEntity } from '../common/node.resolver.js';
import { attachFetched, entityKeysAt } from '../common/prefetch.js';
import { fieldsAt, keysFor } from '../common/projection.js';
import { selects } from '../common/selection.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { toEntity } from '../entities.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { NAVIGABLE_TYPES } from '../relation/relation.cypher.js';
import { liveDocuments } from '../relation/relation.resolver.js';
import { Relationship, RELATIONSHIP_KEYS } from '../relation/relation.type.js';
import { findShortestPaths, type PathKeys, type PathRows, type PathSearch } from './path.cypher.js';
import { PathVia } from './path.input.js';
import { Path } from './path.type.js';

export const MAX_HOPS = 6;
const DEFAULT_HOPS = 4;
export const MAX_PATHS = 5;
const DEFAULT_PATHS = 3;

/**
 * What a path follows unless told otherwise: every relationship but citations (every fact cites the
 * adoption press release, a trivial detour) and ABOUT (a quote or a claim being about two things does
 * not connect them in any sense a researcher means).
 */
export const DEFAULT_PATH_TYPES: readonly RelationshipType[] = NAVIGABLE_TYPES.filter((type) => type !== 'ABOUT');

function checkedList<T extends string>(
  values: readonly string[] | null | undefined,
  field: string,
  known: (value: string) => value is T,
  what: string,
): T[] | null {
  if (values === null || values === undefined) return null;
  return values.map((value, index) => {
    if (!known(value)) throw new BadInputError(`${field}[${index}]`, `not a ${what}: "${value}"`);
    return value;
  });
}

/** The relationship types and entity kinds a search may use, from the arguments; bad names are the caller's error. */
function pathScope(via: PathVia | null, includeCitations: boolean): Pick<PathSearch, 'types' | 'throughKinds' | 'avoidKinds'> {
  const only = checkedList(via?.relationshipTypes, 'via.relationshipTypes', isRelationshipType, 'relationship type');
  const avoid = new Set(
    checkedList(via?.avoidRelationshipTypes, 'via.avoidRelationshipTypes', isRelationshipType, 'relationship type') ?? [],
  );
  const base = only ?? [...DEFAULT_PATH_TYPES, ...(includeCitations ? (['CITES'] as const) : [])];
  const types = [...new Set(base)].filter((type) => !avoid.has(type));
  if (types.length === 0) throw new BadInputError('via', 'leaves no relationship type to follow');
  return {
    types,
    throughKinds: checkedList<EntityLabel>(via?.throughKinds, 'via.throughKinds', isEntityLabel, 'kind of entity'),
    avoidKinds: checkedList<EntityLabel>(via?.avoidKinds, 'via.avoidKinds', isEntityLabel, 'kind of entity') ?? [],
  };
}

/**
 * The stored keys the operation reads of a path's nodes, edges and sources. Sources are filtered on
 * their retraction, whatever the selection; a relationship has no id to read.
 */
function pathKeys(info: GraphQLResolveInfo): PathKeys {
  const edges = keysFor(info, fieldsAt(info, ['edges']), 'Relationship', RELATIONSHIP_KEYS);
  return {
    nodes: entityKeysAt(info, ['nodes']),
    edges: edges?.filter((key) => key !== 'id') ?? null,
    documents: keysFor(info, fieldsAt(info, ['edges', 'sources']), 'Document', Document.stored, ['retracted']),
  };
}

/**
 * The documents come partly read, so each edge keeps its own (as a list keeps what it prefetched)
 * instead of handing them to the per-request loader.
 */
function toPath(found: PathRows, withSources: boolean): Path {
  const documents = new Map(found.documents.map((document) => [String(document.props.id), toEntity(document.labels, document.props)]));
  return Object.assign(new Path(), {
    nodes: found.nodes.map((node) => toEntity(node.labels, node.props)),
    edges: found.edges.map((row) => {
      const edge = Relationship.fromRow(row);
      return withSources ? attachFetched(edge, 'sources', liveDocuments(edge.sourceIds.map((id) => documents.get(id)))) : edge;
    }),
    length: found.edges.length,
  });
}

const HOPS_ARG = {
  nullable: true,
  defaultValue: DEFAULT_HOPS,
  description: `Longest path to look for, 1 to ${MAX_HOPS} relationships.`,
} as const;
const CITATIONS_ARG = {
  nullable: true,
  defaultValue: false,
  description: 'Also follow CITES relationships (facts to documents).',
} as const;
const VIA_ARG = { nullable: true, description: 'Which relationships and kinds of entity a path may use.' } as const;

@Resolver()
export class PathResolver {
  @Query(() => Path, {
    nullable: true,
    description:
      'How two entities are connected: a shortest path in either direction, each edge with its sources; null when none is ' +
      'within maxHops. Retracted entities are never on a path. Citations (CITES) and "is about" hops (ABOUT) are left out ' +
      'unless asked for: every fact cites the adoption press release, and two things a quote is about are not thereby connected.',
  })
  async path(
    @Arg('from', () => ID, { description: 'Id of the entity to start from, e.g. person:ghada-waly.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach, e.g. state:VNM.' }) to: string,
    @Arg('maxHops', () => Int, HOPS_ARG) maxHops: number | null,
    @Arg('includeCitations', () => Boolean, CITATIONS_ARG) includeCitations: boolean | null,
    @Arg('via', () => PathVia, VIA_ARG) via: PathVia | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path | null> {
    const [path] = await searchPaths(ctx, info, { from, to, maxHops, includeCitations, via, count: 1 });
    return path ?? null;
  }

  @Query(() => [Path], {
    description:
      'Up to `first` of the shortest paths between two entities, shortest first, each edge with its sources; [] when none is ' +
      'within maxHops. Follows what `path` follows.',
  })
  async paths(
    @Arg('from', () => ID, { description: 'Id of the entity to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach.' }) to: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PATHS, description: `How many paths, 1 to ${MAX_PATHS}.` })
    first: number | null,
    @Arg('maxHops', () => Int, HOPS_ARG) maxHops: number | null,
    @Arg('includeCitations', () => Boolean, CITATIONS_ARG) includeCitations: boolean | null,
    @Arg('via', () => PathVia, VIA_ARG) via: PathVia | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    const count = first ?? DEFAULT_PATHS;
    if (!Number.isInteger(count) || count < 1 || count > MAX_PATHS) {
      throw new BadInputError('first', `must be an integer from 1 to ${MAX_PATHS}, got ${count}`, { max: MAX_PATHS });
    }
    return searchPaths(ctx, info, { from, to, maxHops, includeCitations, via, count });
  }
}

async function searchPaths(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: { from: string; to: string; maxHops: number | null; includeCitations: boolean | null; via: PathVia | null; count: number },
): Promise<Path[]> {
  const { from, to } = args;
  const maxHops = args.maxHops ?? DEFAULT_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new BadInputError('maxHops', `must be an integer from 1 to ${MAX_HOPS}, got ${maxHops}`);
  }
  checkIdForm('from', from);
  checkIdForm('to', to);
  const scope = pathScope(args.via, args.includeCitations === true);
  if (from === to) return [Object.assign(new Path(), { nodes: [await loadEntity(ctx, 'from', from)], edges: [], length: 0 })];
  // The edges' sources asked for come with the paths: one round trip, not one more for the documents.
  const withSources = selects(info, ['edges', 'sources']);
  const found = await findShortestPaths(ctx.db, { from, to, maxHops, count: args.count, ...scope, withSources, keys: pathKeys(info) });
  if (!found.fromFound) throw new NotFoundError('from', from);
  if (!found.toFound) throw new NotFoundError('to', to);
  return found.paths.map((rows) => toPath(rows, withSources));
}
