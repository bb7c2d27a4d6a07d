import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';

import { entityKeysAt } from '../common/prefetch.js';
import type { Context } from '../context.js';
import { toEntity } from '../entities.js';
import { labelOfId } from '../../model/labels.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { traversedTypes } from '../relation/relation.cypher.js';
import { Relationship } from '../relation/relation.type.js';
import { findNeighborhood } from './neighborhood.cypher.js';
import { Neighborhood } from './neighborhood.type.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;
const DEFAULT_DEPTH = 1;
const DEFAULT_NODES = 100;

function checkRange(field: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadInputError(field, `must be an integer from 1 to ${max}, got ${value}`);
  }
}

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Neighborhood, {
    description:
      'The entities within `depth` relationships of one entity and the relationships among them, with sources: a subgraph to ' +
      'draw. Retracted entities are left out; citations (CITES) too unless asked for.',
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'Id of the entity at the centre, e.g. org:unodc.' }) id: string,
    @Arg('depth', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_DEPTH,
      description: `How many relationships away to go, 1 to ${MAX_DEPTH}.`,
    })
    depthArg: number | null,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_NODES,
      description: `Most entities to return, the centre included, 1 to ${MAX_NODES}.`,
    })
    limitArg: number | null,
    @Arg('includeCitations', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also follow CITES relationships (facts to documents).',
    })
    includeCitations: boolean | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Neighborhood> {
    const depth = depthArg ?? DEFAULT_DEPTH;
    const limit = limitArg ?? DEFAULT_NODES;
    checkRange('depth', depth, MAX_DEPTH);
    checkRange('limit', limit, MAX_NODES);
    if (labelOfId(id) === undefined) {
      throw new BadInputError('id', `"${id}" is not an id of this graph (kind:slug, e.g. org:unodc)`);
    }
    // The nodes are read only for this answer, never cached: only what it selects is read.
    const keys = entityKeysAt(info, ['nodes']);
    const found = await findNeighborhood(ctx.db, id, depth, limit, traversedTypes(includeCitations === true), keys);
    if (found === null) throw new NotFoundError('id', id);
    return Object.assign(new Neighborhood(), {
      nodes: found.nodes.map((node) => toEntity(node.labels, node.props)),
      edges: found.edges.map((edge) => Relationship.fromRow(edge)),
      truncated: found.truncated,
    });
  }
}
