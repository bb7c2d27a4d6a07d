import type { FloorKey, Vars } from './floor.cypher.js';
import type { BenchPicks } from './generate.js';

/** Answers are GraphQL JSON or driver rows; each query reduces them to a comparable shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of unknown shape, compared structurally
type Json = any;

/**
 * The fixed query mix. Each question is asked (a) of ours, the project's GraphQL API; (b) of the floor,
 * hand-written Cypher (floor.cypher.ts), over HTTP and in-process; (c) of the peer, the Neo4j GraphQL
 * Library, where it can express the question. Each way's answer is reduced to the same comparable
 * shape, so the run can check that all agree before it times them.
 */
export interface BenchQuery {
  key: string;
  title: string;
  /** Schema coordinates ours needs (Query.node, Treaty.status): the query waits until the API has them. */
  needs: string[];
  /** Served from an index whatever the graph's size: held to p50 at 1M ≤ 2× p50 at 10k. */
  indexed: boolean;
  variables(picks: BenchPicks, index: number): Vars;
  ours: { document: string; answer(data: Json): unknown };
  floor: { query: FloorKey; answer(result: Json, vars: Vars): unknown };
  peer: { document: string; variables?(vars: Vars): Vars; answer(data: Json): unknown } | { unsupported: string };
}

const at = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
const ids = (items: readonly { id: string }[] | undefined): string[] => (items ?? []).map((item) => item.id);

/** A page as every way reports it: total, ids in order, each item's source ids, whether more follow. */
interface PageAnswer {
  total: number;
  ids: string[];
  sources: string[][];
  hasNextPage: boolean;
}

function floorPage(result: Json, vars: Vars, item: string): PageAnswer {
  const first = Number(vars.first);
  const rows = (result.rows as Json[]).slice(0, first);
  return {
    total: Number(result.total),
    ids: rows.map((row) => row[item].id as string),
    sources: rows.map((row) => ids(row.sources)),
    hasNextPage: (result.rows as Json[]).length > first,
  };
}

export const QUERIES: BenchQuery[] = [
  {
    key: 'entity',
    title: 'entity by id',
    needs: ['Query.node'],
    indexed: true,
    variables: (picks, i) => ({ id: at(picks.entities, i) }),
    ours: {
      document: `query BenchEntity($id: ID!) {
        node(id: $id) { __typename id name ... on Fact { confidence note retracted } }
      }`,
      answer: (data) => ({ type: data.node.__typename, id: data.node.id, name: data.node.name }),
    },
    floor: {
      query: 'entityById',
      answer: (row) => ({ type: (row.labels as string[]).find((l) => l !== 'Entity'), id: row.node.id, name: row.node.name }),
    },
    peer: {
      // The library answers an interface query with a UNION over every implementing type.
      document: `query BenchEntity($id: ID!) {
        entities(where: { id: { eq: $id } }) { __typename id name confidence note retracted }
      }`,
      answer: (data) => ({ type: data.entities[0].__typename, id: data.entities[0].id, name: data.entities[0].name }),
    },
  },
  {
    key: 'statements',
    title: 'statements by speaker, with sources',
    needs: ['Query.statements'],
    indexed: true,
    variables: (picks, i) => ({ speaker: at(picks.speakers, i), first: 20 }),
    ours: {
      document: `query BenchStatements($speaker: ID!, $first: Int!) {
        statements(where: { speaker: $speaker }, first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id text language saidOn { value precision first last } sources { id title url publisher } }
        }
      }`,
      answer: (data): PageAnswer => ({
        total: data.statements.totalCount,
        ids: ids(data.statements.nodes),
        sources: data.statements.nodes.map((n: Json) => ids(n.sources)),
        hasNextPage: data.statements.pageInfo.hasNextPage,
      }),
    },
    floor: { query: 'statementsBySpeaker', answer: (result, vars) => floorPage(result, vars, 'statement') },
    peer: {
      document: `query BenchStatements($speaker: ID!, $first: Int!) {
        statementsConnection(
          where: { speaker: { some: { id: { eq: $speaker } } }, retracted: { eq: false } }
          sort: [{ saidOnFirst: ASC }, { id: ASC }]
          first: $first
        ) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node {
            id text language saidOn saidOnFirst saidOnLast
            sources(where: { retracted: { eq: false } }, sort: [{ id: ASC }]) { id title url publisher }
          } }
        }
      }`,
      answer: (data): PageAnswer => ({
        total: data.statementsConnection.totalCount,
        ids: data.statementsConnection.edges.map((e: Json) => e.node.id),
        sources: data.statementsConnection.edges.map((e: Json) => ids(e.node.sources)),
        hasNextPage: data.statementsConnection.pageInfo.hasNextPage,
      }),
    },
  },
  {
    key: 'actions',
    title: "a treaty's actions in date order (100, with States and sources)",
    needs: ['Query.treatyActions'],
    indexed: true,
    variables: (picks, i) => ({ treaty: at(picks.treaties, i), first: 100 }),
    ours: {
      document: `query BenchActions($treaty: ID!, $first: Int!) {
        treatyActions(where: { treaty: $treaty }, first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id kind notification date { value precision first last }
            participant { id name iso3 }
            sources { id title url publisher }
          }
        }
      }`,
      answer: (data): PageAnswer & { participants: string[] } => ({
        total: data.treatyActions.totalCount,
        ids: ids(data.treatyActions.nodes),
        sources: data.treatyActions.nodes.map((n: Json) => ids(n.sources)),
        hasNextPage: data.treatyActions.pageInfo.hasNextPage,
        participants: data.treatyActions.nodes.map((n: Json) => n.participant?.id ?? null),
      }),
    },
    floor: {
      query: 'treatyActions',
      answer: (result, vars) => ({
        ...floorPage(result, vars, 'action'),
        participants: (result.rows as Json[]).slice(0, Number(vars.first)).map((row) => row.participant[0]?.id ?? null),
      }),
    },
    peer: {
      document: `query BenchActions($treaty: ID!, $first: Int!) {
        treatyActionsConnection(
          where: { treaty: { some: { id: { eq: $treaty } } }, retracted: { eq: false } }
          sort: [{ dateFirst: ASC }, { id: ASC }]
          first: $first
        ) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node {
            id kind notification date dateFirst dateLast
            participant(where: { retracted: { eq: false } }) { id name iso3 }
            sources(where: { retracted: { eq: false } }, sort: [{ id: ASC }]) { id title url publisher }
          } }
        }
      }`,
      answer: (data) => ({
        total: data.treatyActionsConnection.totalCount,
        ids: data.treatyActionsConnection.edges.map((e: Json) => e.node.id),
        sources: data.treatyActionsConnection.edges.map((e: Json) => ids(e.node.sources)),
        hasNextPage: data.treatyActionsConnection.pageInfo.hasNextPage,
        participants: data.treatyActionsConnection.edges.map((e: Json) => e.node.participant[0]?.id ?? null),
      }),
    },
  },
  {
    key: 'status',
    title: 'Treaty.status(asOf)',
    needs: ['Query.treaty', 'Treaty.status'],
    indexed: true,
    variables: (picks, i) => ({ treaty: at(picks.treaties, i), asOf: at(picks.asOf, i) }),
    ours: {
      document: `query BenchStatus($treaty: ID!, $asOf: Date!) {
        treaty(id: $treaty) {
          id
          status(asOf: $asOf) {
            asOf adopted signatoryCount partyCount instrumentsCounted instrumentsRequired instrumentsNeeded
            inForce entryIntoForceDate triggeringInstrument { action { id } }
          }
        }
      }`,
      answer: (data) => {
        const s = data.treaty.status;
        return {
          adopted: s.adopted,
          signatories: s.signatoryCount,
          parties: s.partyCount,
          counted: s.instrumentsCounted,
          required: s.instrumentsRequired,
          needed: s.instrumentsNeeded,
          inForce: s.inForce,
          entryIntoForceDate: s.entryIntoForceDate,
          trigger: s.triggeringInstrument?.action?.id ?? null,
        };
      },
    },
    floor: {
      query: 'treatyStatus',
      answer: (row) => ({
        adopted: row.adopted,
        signatories: Number(row.signatories),
        parties: Number(row.parties),
        counted: Number(row.counted),
        required: row.required === null ? null : Number(row.required),
        needed: row.needed === null ? null : Number(row.needed),
        inForce: row.inForce,
        entryIntoForceDate: row.entryIntoForceDate,
        trigger: row.trigger,
      }),
    },
    peer: { unsupported: 'cannot express: status is computed from the entry-into-force rule, not stored' },
  },
  {
    key: 'path',
    title: 'path, maxHops 4 (edges with sources)',
    needs: ['Query.path'],
    indexed: false,
    variables: (picks, i) => ({ from: at(picks.paths, i)[0], to: at(picks.paths, i)[1], maxHops: 4 }),
    ours: {
      document: `query BenchPath($from: ID!, $to: ID!, $maxHops: Int!) {
        path(from: $from, to: $to, maxHops: $maxHops) {
          length
          nodes { __typename id name }
          edges { type from to sources { id title url } }
        }
      }`,
      // Several shortest paths may tie; the length is what every way must agree on.
      answer: (data) =>
        data.path === null ? null : { length: data.path.length, from: data.path.nodes[0].id, to: data.path.nodes.at(-1).id },
    },
    floor: {
      query: 'shortestPath',
      answer: (row) => (row === null ? null : { length: row.edges.length, from: row.nodes[0].id, to: row.nodes.at(-1).id }),
    },
    peer: { unsupported: 'cannot express: no shortest-path or variable-length traversal' },
  },
  {
    key: 'neighborhood',
    title: 'neighborhood, depth 2 (100 nodes)',
    needs: ['Query.neighborhood'],
    indexed: false,
    variables: (picks, i) => ({ id: at(picks.neighborhoods, i), depth: 2, limit: 100 }),
    ours: {
      document: `query BenchNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
        neighborhood(id: $id, depth: $depth, limit: $limit) {
          truncated
          nodes { __typename id name }
          edges { type from to }
        }
      }`,
      answer: (data) => ({
        truncated: data.neighborhood.truncated,
        nodes: ids(data.neighborhood.nodes),
        edges: data.neighborhood.edges.map((e: Json) => `${e.from} ${e.type} ${e.to}`),
      }),
    },
    floor: {
      query: 'neighborhood',
      answer: (row) => ({
        truncated: row.truncated,
        nodes: ids(row.nodes),
        edges: row.edges.map((e: Json) => `${e.from} ${e.type} ${e.to}`),
      }),
    },
    peer: {
      unsupported:
        'cannot express: no traversal over every relationship type with a node limit (a nested selection per type fetches every neighbour)',
    },
  },
  {
    key: 'search',
    title: 'full-text search (20 hits)',
    needs: ['Query.search'],
    indexed: true,
    variables: (picks, i) => ({ text: at(picks.searchTerms, i), first: 20 }),
    ours: {
      document: `query BenchSearch($text: String!, $first: Int!) {
        search(text: $text, first: $first) { score node { __typename id name } }
      }`,
      answer: (data) => data.search.map((hit: Json) => hit.node.id),
    },
    floor: { query: 'search', answer: (rows) => (rows as Json[]).map((row) => row.node.id) },
    peer: {
      unsupported: 'cannot express as one ranked list: its @fulltext queries are one per type, each ranked on its own',
    },
  },
];
