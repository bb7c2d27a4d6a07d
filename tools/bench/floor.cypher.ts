import neo4j, { type Driver } from 'neo4j-driver';

import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';

/**
 * The floor: each benchmark question answered by hand-written Cypher straight through neo4j-driver,
 * in as few round trips as Cypher allows, with the same rows and fields the API returns (retracted
 * facts left out the same way). The distance between the API and this is what the API layer costs.
 */

export type Vars = Record<string, unknown>;

/** A driver wrapper that counts round trips, as the API's CountingDatabase does. */
export class FloorDb {
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  async read(cypher: string, params: Vars): Promise<Record<string, unknown>[]> {
    this.roundTrips += 1;
    const result = await this.driver.executeQuery(cypher, params, { database: this.database, routing: neo4j.routing.READ });
    return result.records.map((record) => record.toObject());
  }
}

const UNDATED = '9999-12-31';

/** Every relationship type but CITES, as the API's neighbourhood follows them. */
const NAVIGABLE = RELATIONSHIP_TYPES.filter((type) => type !== 'CITES').join('|');

/** What the API's path follows by default: every type but CITES and ABOUT. */
const PATH_TYPES = RELATIONSHIP_TYPES.filter((type) => type !== 'CITES' && type !== 'ABOUT').join('|');

/** The instruments of consent, kinds that make a participant a party (as CONSENT_KINDS in treaty-action.type.ts). */
const CONSENT_KINDS = ['RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION', 'SUCCESSION'];

/** The evidence of a fact as the API's `sources` lists it: live documents in id order. */
const SOURCES = (fact: string): string => `COLLECT {
    MATCH (${fact})-[:CITES]->(d:Document) WHERE coalesce(d.retracted, false) = false
    RETURN d {.id, .title, .url, .publisher} ORDER BY d.id
  }`;

export async function entityById(db: FloorDb, vars: Vars): Promise<unknown> {
  const [row] = await db.read(
    'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, n {.id, .name, .confidence, .note, .retracted} AS node',
    vars,
  );
  return row ?? null;
}

/** A speaker's statements in date order (undated last), a page of `first` plus the total. */
export async function statementsBySpeaker(db: FloorDb, vars: Vars): Promise<unknown> {
  const rows = await db.read(
    `MATCH (:Person {id: $speaker})-[:SAID]->(s:Statement) WHERE coalesce(s.retracted, false) = false
     WITH s ORDER BY coalesce(s.saidOnFirst, date($undated)), s.id
     WITH collect(s) AS matched
     UNWIND matched[0..$limit] AS s
     RETURN size(matched) AS total,
       s {.id, .text, .language, .saidOn, .saidOnFirst, .saidOnLast} AS statement,
       ${SOURCES('s')} AS sources`,
    { ...vars, undated: UNDATED, limit: neo4j.int(Number(vars.first) + 1) },
  );
  return { total: rows[0]?.total ?? 0, rows };
}

/** A treaty's actions in date order (undated last), a page of `first`, each with its participant and sources. */
export async function treatyActions(db: FloorDb, vars: Vars): Promise<unknown> {
  const rows = await db.read(
    `MATCH (:Treaty {id: $treaty})<-[:ON]-(a:TreatyAction) WHERE coalesce(a.retracted, false) = false
     WITH a ORDER BY coalesce(a.dateFirst, date($undated)), a.id
     WITH collect(a) AS matched
     UNWIND matched[0..$limit] AS a
     RETURN size(matched) AS total,
       a {.id, .kind, .date, .dateFirst, .dateLast, .notification} AS action,
       COLLECT { MATCH (p:State)-[:TOOK]->(a) WHERE coalesce(p.retracted, false) = false RETURN p {.id, .name, .iso3} } AS participant,
       ${SOURCES('a')} AS sources`,
    { ...vars, undated: UNDATED, limit: neo4j.int(Number(vars.first) + 1) },
  );
  return { total: rows[0]?.total ?? 0, rows };
}

/**
 * Where a treaty stands on a day, computed in Cypher from its actions and its rule, as the API's
 * entry-into-force module defines it: acts count from their last possible day, in deposit order
 * (day, then id); one consent per participant counts, an REIO's only when the rule says so, and a
 * withdrawal takes a participant's instrument out; the instrument that reaches the threshold triggers
 * entry into force after the rule's days.
 */
export async function treatyStatus(db: FloorDb, vars: Vars): Promise<unknown> {
  const [row] = await db.read(
    `MATCH (t:Treaty {id: $treaty})
     WITH t, date($asOf) AS asOf, t.adoptedOnLast IS NOT NULL AND t.adoptedOnLast <= date($asOf) AS adopted
     CALL (t, asOf, adopted) {
       MATCH (t)<-[:ON]-(a:TreatyAction)<-[:TOOK]-(p:State)
       WHERE adopted AND coalesce(a.retracted, false) = false AND coalesce(p.retracted, false) = false
         AND a.dateLast <= asOf
         // Consent counts only when a depositary source (an official status table or notification, no copy) records it.
         AND (NOT a.kind IN $consent OR EXISTS {
           MATCH (a)-[:CITES]->(d:Document)
           WHERE d.kind IN ['TREATY_STATUS', 'DEPOSITARY_NOTIFICATION'] AND d.originalUrl IS NULL AND d.original IS NULL
             AND coalesce(d.grade, 'OFFICIAL') = 'OFFICIAL' AND coalesce(d.retracted, false) = false
         })
       WITH a, p ORDER BY a.dateLast, a.id
       RETURN collect({id: a.id, kind: a.kind, p: p.id, reio: p.kind = 'REIO', day: a.dateLast}) AS acts
     }
     WITH t, asOf, adopted, acts,
       size(reduce(seen = [], x IN acts | CASE WHEN x.kind = 'SIGNATURE' AND NOT x.p IN seen THEN seen + x.p ELSE seen END)) AS signatories,
       reduce(bound = [], x IN acts |
         CASE WHEN x.kind = 'WITHDRAWAL' THEN [q IN bound WHERE q <> x.p]
              WHEN x.kind IN $consent AND NOT x.p IN bound THEN bound + x.p
              ELSE bound END) AS parties,
       reduce(s = {counted: [], trigger: null}, x IN acts |
         CASE WHEN x.kind = 'WITHDRAWAL' THEN {counted: [c IN s.counted WHERE c <> x.p], trigger: s.trigger}
              WHEN NOT x.kind IN coalesce(t.eifCountedKinds, []) OR (x.reio AND NOT t.eifReioCountedAdditionally)
                OR x.p IN s.counted THEN s
              ELSE {counted: s.counted + x.p,
                    trigger: CASE WHEN s.trigger IS NULL AND size(s.counted) + 1 >= t.eifInstrumentsRequired THEN x ELSE s.trigger END}
         END) AS tally
     WITH t, asOf, adopted, signatories, size(parties) AS parties, tally,
       CASE WHEN tally.trigger IS NULL THEN null ELSE tally.trigger.day + duration({days: t.eifDaysAfterThreshold}) END AS eif
     RETURN adopted, signatories, parties,
       CASE WHEN t.eifInstrumentsRequired IS NULL THEN 0 ELSE size(tally.counted) END AS counted,
       t.eifInstrumentsRequired AS required,
       CASE WHEN t.eifInstrumentsRequired IS NULL THEN null
            WHEN tally.trigger IS NOT NULL THEN 0
            ELSE CASE WHEN t.eifInstrumentsRequired - size(tally.counted) < 0 THEN 0 ELSE t.eifInstrumentsRequired - size(tally.counted) END
       END AS needed,
       toString(eif) AS entryIntoForceDate, eif IS NOT NULL AND eif <= asOf AS inForce, tally.trigger.id AS trigger`,
    { ...vars, consent: CONSENT_KINDS },
  );
  return row ?? null;
}

/** A shortest path over every relationship but CITES and ABOUT, never through a retracted entity, each edge with its sources. */
export async function shortestPath(db: FloorDb, vars: Vars): Promise<unknown> {
  const [row] = await db.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[:${PATH_TYPES}*..${Number(vars.maxHops)}]-(b))
     WHERE all(n IN nodes(p) WHERE coalesce(n.retracted, false) = false)
     CALL (p) {
       UNWIND relationships(p) AS r
       CALL (r) {
         MATCH (d:Document) WHERE d.id IN coalesce(r.sourceIds, []) AND coalesce(d.retracted, false) = false
         WITH d ORDER BY d.id
         RETURN collect(d {.id, .title, .url}) AS sources
       }
       RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, sources: sources}) AS edges
     }
     RETURN [n IN nodes(p) | {labels: labels(n), id: n.id, name: n.name}] AS nodes, edges`,
    vars,
  );
  return row ?? null;
}

/**
 * The entities within `depth` hops (CITES left out, retracted ones skipped), ring by ring, each ring
 * in id order, until `limit` are kept; then the relationships among them.
 */
export async function neighborhood(db: FloorDb, vars: Vars): Promise<unknown> {
  const ring = `
     CALL (kept, ring) {
       UNWIND ring AS x
       MATCH (x)-[:${NAVIGABLE}]-(m:Entity)
       WITH DISTINCT m WHERE coalesce(m.retracted, false) = false AND NOT m IN kept
       WITH m ORDER BY m.id
       RETURN collect(m) AS found
     }
     WITH kept + found[0..$limit - size(kept)] AS kept, found[0..$limit - size(kept)] AS ring,
       truncated OR size(found) > $limit - size(kept) AS truncated`;
  const [row] = await db.read(
    `MATCH (c:Entity {id: $id})
     WITH [c] AS kept, [c] AS ring, false AS truncated
     ${ring.repeat(Number(vars.depth))}
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r:${NAVIGABLE}]->(b:Entity) WHERE b IN kept
       WITH a, r, b ORDER BY a.id, type(r), b.id
       RETURN collect({type: type(r), from: a.id, to: b.id}) AS edges
     }
     RETURN [n IN kept | {labels: labels(n), id: n.id, name: n.name}] AS nodes, edges, truncated`,
    { ...vars, limit: neo4j.int(Number(vars.limit)) },
  );
  return row ?? null;
}

/** The best full-text matches of one plain word, retracted entities left out, a matching symbol first, then best first, ties by id. */
export async function search(db: FloorDb, vars: Vars): Promise<unknown> {
  return db.read(
    `CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node, score
     WHERE coalesce(node.retracted, false) = false
     WITH node, score, toLower(coalesce(node.symbol, '')) AS own
     WITH node, score ORDER BY CASE WHEN own <> '' AND (own = toLower($text) OR own ENDS WITH '/' + toLower($text)) THEN 0 ELSE 1 END, score DESC, node.id LIMIT $first
     RETURN labels(node) AS labels, node {.id, .name} AS node, score`,
    { text: vars.text, first: neo4j.int(Number(vars.first)) },
  );
}

export const FLOOR = {
  entityById,
  statementsBySpeaker,
  treatyActions,
  treatyStatus,
  shortestPath,
  neighborhood,
  search,
} as const satisfies Record<string, (db: FloorDb, vars: Vars) => Promise<unknown>>;

export type FloorKey = keyof typeof FLOOR;
