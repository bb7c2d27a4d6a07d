import neo4j from 'neo4j-driver';

import type { Database } from '../db/database.js';
import { liveCondition, recordedParam } from '../ingest/release.cypher.js';

export type Reader = Pick<Database, 'read'>;

/** Exports are bounded: a request can never pull more than this many rows, nodes or relationships. */
export const EXPORT_LIMIT = 50_000;
/** Nodes a neighbourhood may gather before its walk stops widening. */
export const NEIGHBORHOOD_LIMIT = 5_000;

export interface ActionRow {
  treaty: string;
  id: string;
  participant: string;
  iso3: string | null;
  kind: string;
  date: string | null;
  place: string | null;
  notification: string | null;
  sourceIds: string[];
  sourceUrls: (string | null)[];
}

/** Acts on a treaty (or on every treaty), in date order, each with its sources. */
export async function actionRows(db: Reader, treaty: string | null, recorded: number | null = null): Promise<ActionRow[]> {
  const LIVE = (v: string): string => liveCondition(v, recorded);
  return db.read<ActionRow & Record<string, unknown>>(
    `MATCH (p:State)-[:TOOK]->(a:TreatyAction)-[:ON]->(t:Treaty)
     WHERE ($treaty IS NULL OR t.id = $treaty) AND ${LIVE('a')}
     WITH t, p, a ORDER BY t.id, coalesce(a.dateFirst, date('9999-12-31')), p.name, a.kind LIMIT $limit
     RETURN t.id AS treaty, a.id AS id, p.name AS participant, p.iso3 AS iso3, a.kind AS kind, a.date AS date,
            a.place AS place, a.notification AS notification,
            [(a)-[:CITES]->(d:Document) WHERE ${LIVE('d')} | d.id] AS sourceIds,
            [(a)-[:CITES]->(d:Document) WHERE ${LIVE('d')} | d.url] AS sourceUrls`,
    { treaty, limit: neo4j.int(EXPORT_LIMIT), ...recordedParam(recorded) },
  );
}

export interface StatementRow {
  id: string;
  speaker: string | null;
  date: string | null;
  text: string;
  context: string | null;
  sourceIds: string[];
  sourceUrls: (string | null)[];
}

/** Statements (about a treaty or any entity, or all), in date order, with their sources. */
export async function statementRows(db: Reader, about: string | null, recorded: number | null = null): Promise<StatementRow[]> {
  const LIVE = (v: string): string => liveCondition(v, recorded);
  return db.read<StatementRow & Record<string, unknown>>(
    `MATCH (s:Statement)
     WHERE ${LIVE('s')} AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) })
     WITH s ORDER BY coalesce(s.saidOnFirst, date('9999-12-31')), s.id LIMIT $limit
     OPTIONAL MATCH (p:Person)-[:SAID]->(s)
     RETURN s.id AS id, p.name AS speaker, s.saidOn AS date, s.text AS text, s.context AS context,
            [(s)-[:CITES]->(d:Document) WHERE ${LIVE('d')} | d.id] AS sourceIds,
            [(s)-[:CITES]->(d:Document) WHERE ${LIVE('d')} | d.url] AS sourceUrls`,
    { about, limit: neo4j.int(EXPORT_LIMIT), ...recordedParam(recorded) },
  );
}

export interface StateRow {
  id: string;
  name: string;
  iso3: string | null;
  kind: string;
  regionalGroup: string | null;
  signed: string | null;
  consent: string | null;
  consentKind: string | null;
}

/** Every participant with its signature and its instrument of consent for one treaty (earliest of each). */
export async function stateRows(
  db: Reader,
  treaty: string,
  consentKinds: readonly string[],
  recorded: number | null = null,
): Promise<StateRow[]> {
  const LIVE = (v: string): string => liveCondition(v, recorded);
  return db.read<StateRow & Record<string, unknown>>(
    `MATCH (p:State) WHERE ${LIVE('p')}
     WITH p ORDER BY p.name LIMIT $limit
     CALL (p) {
       OPTIONAL MATCH (p)-[:TOOK]->(a:TreatyAction {kind: 'SIGNATURE'})-[:ON]->(:Treaty {id: $treaty}) WHERE ${LIVE('a')}
       WITH a ORDER BY a.dateFirst LIMIT 1
       RETURN a.date AS signed
     }
     CALL (p) {
       OPTIONAL MATCH (p)-[:TOOK]->(a:TreatyAction)-[:ON]->(:Treaty {id: $treaty}) WHERE a.kind IN $consentKinds AND ${LIVE('a')}
       WITH a ORDER BY a.dateFirst LIMIT 1
       RETURN a.date AS consent, a.kind AS consentKind
     }
     RETURN p.id AS id, p.name AS name, p.iso3 AS iso3, p.kind AS kind, p.regionalGroup AS regionalGroup, signed, consent, consentKind`,
    { treaty, consentKinds, limit: neo4j.int(EXPORT_LIMIT), ...recordedParam(recorded) },
  );
}

export interface GraphNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface GraphEdge {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

/** The live graph: every node and every relationship between live nodes. */
export async function wholeGraph(db: Reader, recorded: number | null = null): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const nodes = await db.read<GraphNode & Record<string, unknown>>(
    `MATCH (n:Entity) WHERE ${liveCondition('n', recorded)} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit`,
    { limit: neo4j.int(EXPORT_LIMIT), ...recordedParam(recorded) },
  );
  return { nodes, edges: await edgesAmong(db, null, recorded) };
}

/** Relationships between live nodes (all of them, or among the given ids). */
async function edgesAmong(db: Reader, ids: string[] | null, recorded: number | null): Promise<GraphEdge[]> {
  const LIVE = (v: string): string => liveCondition(v, recorded);
  return db.read<GraphEdge & Record<string, unknown>>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE ${LIVE('a')} AND ${LIVE('b')} AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))${recorded === null ? '' : ' AND coalesce(r.recordedIn, 0) <= $asRecordedIn'}
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to LIMIT $limit`,
    { ids, limit: neo4j.int(EXPORT_LIMIT), ...recordedParam(recorded) },
  );
}

/**
 * The nodes within `depth` hops of one node and the relationships among them. The walk follows the
 * facts' own relationships, not citations (a press release cites hundreds of facts); sources stay
 * attached to each node and relationship as ids.
 */
export async function neighborhood(
  db: Reader,
  id: string,
  depth: number,
  recorded: number | null = null,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] } | null> {
  const LIVE = (v: string): string => liveCondition(v, recorded);
  const seen = new Set<string>([id]);
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0 && seen.size < NEIGHBORHOOD_LIMIT; hop += 1) {
    const rows = await db.read<{ id: string }>(
      `MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN $frontier AND type(r) <> 'CITES' AND ${LIVE('b')}
       RETURN DISTINCT b.id AS id LIMIT $limit`,
      { frontier, limit: neo4j.int(NEIGHBORHOOD_LIMIT), ...recordedParam(recorded) },
    );
    frontier = rows
      .map((row) => row.id)
      .filter((next) => !seen.has(next))
      .slice(0, NEIGHBORHOOD_LIMIT - seen.size);
    for (const next of frontier) seen.add(next);
  }
  const ids = [...seen];
  const nodes = await db.read<GraphNode & Record<string, unknown>>(
    `MATCH (n:Entity) WHERE n.id IN $ids AND ${LIVE('n')} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id`,
    { ids, ...recordedParam(recorded) },
  );
  if (!nodes.some((node) => node.id === id)) return null;
  const edges = (await edgesAmong(db, ids, recorded)).filter((edge) => edge.type !== 'CITES');
  return { nodes, edges };
}
