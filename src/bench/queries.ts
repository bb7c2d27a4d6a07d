import type { FloorKey, Vars } from './floor.cypher.js';
import type { BenchPicks } from './generate.js';

/** Answers are GraphQL JSON or driver rows; each query reduces them to a comparable shape. */
type Json = any;

/**
 * The fixed query mix. Each question is asked three ways: (a) ours, the project's GraphQL API; (b) the
 * floor, hand-written Cypher (floor.cypher.ts); (c) the peer, the Neo4j GraphQL Library, where it can
 * express the question. Each way's answer is reduced to the same comparable shape, so the run can check
 * that all three answer the same before it times them.
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
];
