import DataLoader from 'dataloader';

import type { Queryable } from '../db/database.js';
import type { Props } from '../db/values.js';
import { toEntity, type Entity } from './entities.js';
import { hopPattern, type Hop } from './relations.js';

interface Row {
  id: string;
  labels: string[];
  props: Props;
}

/**
 * Per-request batching: every field that follows a relationship asks its loader, so a list of 100
 * items costs one Cypher round trip per field, not one per item.
 */
export class Loaders {
  readonly entity: DataLoader<string, Entity | null>;
  private readonly hops = new Map<string, DataLoader<string, Entity[]>>();
  private readonly own = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly db: Queryable) {
    this.entity = new DataLoader(async (ids) => {
      const rows = await db.read<Row>(
        'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
        { ids },
      );
      const byId = new Map(rows.map((row) => [row.id, toEntity(row.labels, row.props)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Nodes one hop away from each id, retracted ones left out, in id order. */
  related(hop: Hop): DataLoader<string, Entity[]> {
    const key = `${hop.direction}:${hop.type}:${hop.target}`;
    let loader = this.hops.get(key);
    if (loader === undefined) {
      const cypher = `MATCH (n:Entity) WHERE n.id IN $ids
        MATCH ${hopPattern(hop)}
        WHERE coalesce(m.retracted, false) = false
        RETURN n.id AS id, labels(m) AS labels, properties(m) AS props
        ORDER BY m.id`;
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read<Row>(cypher, { ids });
        const byId = new Map<string, Entity[]>();
        for (const row of rows) {
          const list = byId.get(row.id) ?? [];
          list.push(toEntity(row.labels, row.props));
          byId.set(row.id, list);
        }
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.hops.set(key, loader);
    }
    return loader;
  }

  /** The single node one hop away, or null. */
  async one<T extends Entity>(hop: Hop, id: string): Promise<T | null> {
    const list = await this.related(hop).load(id);
    return (list[0] as T | undefined) ?? null;
  }

  /**
   * A loader an area defines for itself (e.g. per-parent pages), made once per request under its key;
   * the key must say everything the batch function depends on besides the ids.
   */
  keyed<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.own.get(key) as DataLoader<K, V> | undefined;
    if (loader === undefined) {
      loader = create();
      this.own.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
