import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';

import type { Node } from '../common/node.type.js';
import { fetchedOf } from '../common/prefetch.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ENTITY_TYPES, toEntity } from '../entities.js';
import { BadInputError } from '../errors.js';
import { RelationRole } from '../../model/relation-role.js';
import type { RelationshipType } from '../../model/relationships.js';
import { State } from '../state/state.type.js';
import { findRelations, NAVIGABLE_TYPES } from './relation.cypher.js';
import { Direction, Relation, Relationship, RelationshipTypeEnum } from './relation.type.js';

/** The live documents among entities found by id (missing ones, other kinds and retracted documents left out), in their order. */
export function liveDocuments(entities: readonly unknown[]): Document[] {
  return entities.filter((entity): entity is Document => entity instanceof Document && !entity.retracted);
}

/** Documents by id through the per-request entity loader: one round trip for every edge of a response. */
export async function loadDocuments(ctx: Context, ids: readonly string[]): Promise<Document[]> {
  return liveDocuments(await ctx.loaders.entity.loadMany(ids));
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => [Document], {
    description: 'The documents the relationship comes from; for a CITES relationship, the cited document itself.',
  })
  sources(@Root() relationship: Relationship, @Ctx() ctx: Context): Document[] | Promise<Document[]> {
    // A path brings its edges' documents along, read with only the keys the operation selects.
    return fetchedOf<Document>(relationship, 'sources') ?? loadDocuments(ctx, relationship.sourceIds);
  }
}

/** The State a relationship names (a bureau member's), through the per-request entity loader. */
async function loadState(ctx: Context, id: string | null): Promise<State | null> {
  if (id === null) return null;
  const entity = await ctx.loaders.entity.load(id);
  return entity instanceof State && !entity.retracted ? entity : null;
}

const ON_BEHALF_OF = 'The State the person was elected for (a bureau member), if the source says.';

@Resolver(() => Relationship)
export class RelationshipStateResolver {
  @FieldResolver(() => State, { nullable: true, description: ON_BEHALF_OF })
  onBehalfOf(@Root() relationship: Relationship, @Ctx() ctx: Context): Promise<State | null> {
    return loadState(ctx, relationship.onBehalfOfId);
  }
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => [Document], {
    description: 'The documents the relationship comes from; for a CITES relationship, the cited document itself.',
  })
  sources(@Root() relation: Relation, @Ctx() ctx: Context): Promise<Document[]> {
    return loadDocuments(ctx, relation.sourceIds);
  }

  @FieldResolver(() => State, { nullable: true, description: ON_BEHALF_OF })
  onBehalfOf(@Root() relation: Relation, @Ctx() ctx: Context): Promise<State | null> {
    return loadState(ctx, relation.onBehalfOfId);
  }
}

function relationsLoader(ctx: Context, types: readonly RelationshipType[]): DataLoader<string, Relation[]> {
  const sorted = [...new Set(types)].sort();
  return ctx.loaders.keyed(
    `relations:${sorted.join('|')}`,
    () =>
      new DataLoader<string, Relation[]>(async (ids) => {
        const rows = await findRelations(ctx.db, ids, sorted);
        const byId = new Map<string, Relation[]>();
        for (const row of rows) {
          const node = toEntity(row.labels, row.props);
          const out = row.direction === 'OUT';
          const stored = { type: row.type, from: out ? row.id : node.id, to: out ? node.id : row.id, props: row.relProps };
          const list = byId.get(row.id) ?? [];
          list.push(Relation.of(stored, out ? Direction.OUT : Direction.IN, node));
          byId.set(row.id, list);
        }
        return ids.map((id) => byId.get(id) ?? []);
      }),
  );
}

function relationResolverFor(type: ClassType<Node>): ClassType {
  @Resolver(() => type)
  class EntityRelationsResolver {
    @FieldResolver(() => [Relation], {
      description:
        'Every relationship of this entity with the entity at the other end and its sources, by type, direction and id; ' +
        'CITES is left out unless asked for (`sources` lists what the entity cites).',
    })
    async relations(
      @Root() entity: Node,
      @Arg('types', () => [RelationshipTypeEnum], {
        nullable: true,
        description: 'Only relationships of these types; all but CITES by default.',
      })
      types: RelationshipType[] | null | undefined,
      @Arg('direction', () => Direction, { nullable: true, description: 'Only relationships stored in this direction.' })
      direction: Direction | null | undefined,
      @Arg('role', () => RelationRole, {
        nullable: true,
        description: 'Only relationships recording this role, e.g. VICE_CHAIR with types [CHAIRED], PRESS_CONTACT with [NAMES].',
      })
      role: RelationRole | null | undefined,
      @Ctx() ctx: Context,
    ): Promise<Relation[]> {
      // Absent arguments arrive as undefined.
      if (types?.length === 0) {
        throw new BadInputError('types', 'give at least one relationship type, or leave it out for all but CITES');
      }
      const relations = await relationsLoader(ctx, types ?? NAVIGABLE_TYPES).load(entity.id);
      return relations.filter(
        (relation) => (direction == null || relation.direction === direction) && (role == null || relation.role === role),
      );
    }
  }
  return EntityRelationsResolver;
}

/** `relations` on every entity type, batched per request. */
export const relationResolvers = Object.values(ENTITY_TYPES).map((type) => relationResolverFor(type as ClassType<Node>));
