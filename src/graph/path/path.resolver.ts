import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';

import { checkIdForm, loadEntity } from '../common/node.resolver.js';
import { selects } from '../common/selection.js';
import type { Context } from '../context.js';
import { toEntity } from '../entities.js';
import { BadInputError } from '../errors.js';
import { traversedTypes } from '../relation/relation.cypher.js';
import { Relationship } from '../relation/relation.type.js';
import { findShortestPath } from './path.cypher.js';
import { Path } from './path.type.js';

export const MAX_HOPS = 6;
const DEFAULT_HOPS = 4;

@Resolver()
export class PathResolver {
  @Query(() => Path, {
    nullable: true,
    description:
      'How two entities are connected: a shortest path in either direction, each edge with its sources; null when none is ' +
      'within maxHops. Retracted entities are never on a path. Citations (CITES) are left out unless asked for: every ' +
      'fact cites the adoption press release, which would make every path a trivial detour through it.',
  })
  async path(
    @Arg('from', () => ID, { description: 'Id of the entity to start from, e.g. person:ghada-waly.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the entity to reach, e.g. state:VNM.' }) to: string,
    @Arg('maxHops', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_HOPS,
      description: `Longest path to look for, 1 to ${MAX_HOPS} relationships.`,
    })
    maxHopsArg: number | null,
    @Arg('includeCitations', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also follow CITES relationships (facts to documents).',
    })
    includeCitations: boolean | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path | null> {
    const maxHops = maxHopsArg ?? DEFAULT_HOPS;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw new BadInputError('maxHops', `must be an integer from 1 to ${MAX_HOPS}, got ${maxHops}`);
    }
    checkIdForm('from', from);
    checkIdForm('to', to);
    if (from === to) return Object.assign(new Path(), { nodes: [await loadEntity(ctx, 'from', from)], edges: [], length: 0 });
    // The edges' sources asked for come with the path: one round trip, not one more for the documents.
    const withSources = selects(info, ['edges', 'sources']);
    const found = await findShortestPath(ctx.db, from, to, maxHops, traversedTypes(includeCitations === true), { withSources });
    if (found === null) {
      // A path proves both ends exist; without one, say which end is missing, if either is.
      await Promise.all([loadEntity(ctx, 'from', from), loadEntity(ctx, 'to', to)]);
      return null;
    }
    for (const document of found.documents) ctx.loaders.entity.prime(String(document.props.id), toEntity(document.labels, document.props));
    return Object.assign(new Path(), {
      nodes: found.nodes.map((node) => toEntity(node.labels, node.props)),
      edges: found.edges.map((edge) => Relationship.fromRow(edge)),
      length: found.edges.length,
    });
  }
}
