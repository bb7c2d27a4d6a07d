import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { decodeCursor, pageRequest, toConnection, toPage } from '../../../src/graph/common/pagination.js';

/** Synthetic items, keyed by date then id as the lists are. */
const rows = Array.from({ length: 6 }, (_, i) => ({ id: `synthetic:item-${i}`, date: `2025-01-0${i + 1}` }));

function keyCounting(): { keyOf: (item: { id: string; date: string }) => [string, string]; calls: () => number } {
  let calls = 0;
  return {
    keyOf: (item) => {
      calls += 1;
      return [item.date, item.id];
    },
    calls: () => calls,
  };
}

describe('connections', () => {
  it('key only the first and last items until edges are asked for', () => {
    const { keyOf, calls } = keyCounting();
    const connection = toConnection(toPage(rows, 40, pageRequest({ first: 5 }, 2), keyOf));
    expect(connection.nodes.map((n) => n.id)).toEqual(rows.slice(0, 5).map((r) => r.id));
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(connection.pageInfo.endCursor!, 2)).toEqual(['2025-01-05', 'synthetic:item-4']);
    expect(calls()).toBe(2);

    const edges = connection.edges;
    expect(calls()).toBe(7);
    expect(edges.map((edge) => decodeCursor(edge.cursor, 2))).toEqual(rows.slice(0, 5).map((r) => [r.date, r.id]));
    expect(edges[0]!.cursor).toBe(connection.pageInfo.startCursor);
    expect(edges.at(-1)!.cursor).toBe(connection.pageInfo.endCursor);
  });

  it('gives an empty page no cursors', () => {
    const connection = toConnection(toPage([], 0, pageRequest({}, 2), keyCounting().keyOf));
    expect(connection.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: false });
    expect(connection.edges).toEqual([]);
  });
});
