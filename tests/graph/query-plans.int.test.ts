import { afterAll, describe, expect, it } from 'vitest';

import type { Params, Queryable } from '../../src/db/database.js';
import { findEvents, type EventFilter } from '../../src/graph/event/event.cypher.js';
import { findShortestPaths, type PathSearch } from '../../src/graph/path/path.cypher.js';
import { DEFAULT_PATH_TYPES } from '../../src/graph/path/path.resolver.js';
import { findStatements, type StatementFilter } from '../../src/graph/statement/statement.cypher.js';
import { findTreatyActions, type ActionFilter } from '../../src/graph/treaty-action/treaty-action.cypher.js';
import { searchEntities } from '../../src/graph/search/search.cypher.js';
import { actionRows, stateRows } from '../../src/export/export.cypher.js';
import { findStatusCounts, findTreatyWithStatusCounts } from '../../src/graph/treaty/treaty.cypher.js';
import { testDatabase } from '../support/server.js';

/**
 * What the planner will do with a query, without running it: a query anchored on an id must start
 * from an index lookup, so its cost follows the size of its answer, not the size of the graph (the
 * benchmark holds these to p50 at 1M nodes ≤ 2× p50 at 10k). A test here cannot load a million nodes;
 * the plan tells the same thing.
 */
const db = testDatabase();
afterAll(async () => {
  await db.close();
});

/** The operators of the plan of the first Cypher statement a query function sends. */
async function plannedOperators(run: (db: Queryable) => Promise<unknown>): Promise<string[]> {
  let sent: { cypher: string; params: Params } | undefined;
  const capture: Queryable = {
    read: async (cypher, params = {}) => {
      sent ??= { cypher, params };
      return [];
    },
    write: () => Promise.reject(new Error('a read was expected')),
    writeTransaction: () => Promise.reject(new Error('a read was expected')),
  };
  await run(capture);
  const params = Object.fromEntries(Object.entries(sent!.params).map(([key, value]) => [key, value ?? null]));
  const { summary } = await db.driver.executeQuery(`EXPLAIN ${sent!.cypher}`, params);
  const operators: string[] = [];
  const walk = (plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): void => {
    operators.push(`${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments.Details ?? '')}`);
    plan.children.forEach((child) => walk(child as typeof plan));
  };
  walk(summary.plan as unknown as Parameters<typeof walk>[0]);
  return operators;
}

const noFilter: StatementFilter = {
  speaker: null,
  about: null,
  organization: null,
  text: null,
  from: null,
  to: null,
  includeRetracted: false,
  recorded: null,
};
const page = { first: 20, limit: 21, after: null };

describe('statements query plans', () => {
  it('by speaker: starts from the person, never scans every statement', async () => {
    const operators = await plannedOperators((q) => findStatements(q, { ...noFilter, speaker: 'person:ghada-waly' }, page));
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Person(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it('by subject: starts from the entity talked about', async () => {
    const operators = await plannedOperators((q) =>
      findStatements(q, { ...noFilter, about: 'treaty:un-cybercrime-convention', from: '2024-01-01' }, page),
    );
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Entity(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });
});

describe('statements by organization', () => {
  it('start from the organization, through its offices and in its own name, never scanning every statement', async () => {
    const operators = await plannedOperators((q) => findStatements(q, { ...noFilter, organization: 'org:unodc' }, page));
    expect(operators.filter((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Entity(id)')).length).toBeGreaterThanOrEqual(2);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });
});

const allActions: ActionFilter = {
  treaty: null,
  state: null,
  kinds: null,
  from: null,
  to: null,
  on: null,
  regionalGroup: null,
  place: null,
  includeRetracted: false,
  recorded: null,
};

describe('treaty actions query plans', () => {
  it("a treaty's actions: start from the treaty, never scan every action", async () => {
    const operators = await plannedOperators((q) =>
      findTreatyActions(q, { ...allActions, treaty: 'treaty:un-cybercrime-convention' }, page),
    );
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Treaty(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it("a participant's actions of some kinds: start from the participant", async () => {
    const operators = await plannedOperators((q) =>
      findTreatyActions(q, { ...allActions, state: 'state:VNM', kinds: ['SIGNATURE'] }, page),
    );
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':State(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it('of a regional group: start from the States of that group (an index on the group), never scan every action', async () => {
    const operators = await plannedOperators((q) =>
      findTreatyActions(q, { ...allActions, regionalGroup: 'AFRICAN', place: 'Hanoi' }, page),
    );
    expect(operators.some((op) => op.startsWith('NodeIndexSeek') && op.includes(':State(regionalGroup)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it('of a treaty on one day, at one place, of one group: still start from the treaty', async () => {
    const operators = await plannedOperators((q) =>
      findTreatyActions(
        q,
        { ...allActions, treaty: 'treaty:un-cybercrime-convention', on: '2025-10-25', place: 'Hanoi', regionalGroup: 'AFRICAN' },
        page,
      ),
    );
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Treaty(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });
});

// Structured facts: statements by office, events by place or kind, treaty actions by membership.
describe('structured-fact filters', () => {
  const noScan = (operators: string[]): string[] => operators.filter((op) => /LabelScan|AllNodesScan/.test(op));

  it("statements of an office's holders: start from the positions of that office (an index on the office)", async () => {
    const operators = await plannedOperators((q) => findStatements(q, { ...noFilter, office: 'UN_SECRETARY_GENERAL' }, page));
    expect(operators.some((op) => op.startsWith('NodeIndexSeek') && op.includes(':Position(office)'))).toBe(true);
    expect(noScan(operators)).toEqual([]);
  });

  const noEvents: EventFilter = { kind: null, from: null, to: null, partOf: null, body: null, place: null };

  it('events at a place, of a kind: start from the place index (a range seek on its prefix)', async () => {
    const operators = await plannedOperators((q) => findEvents(q, { ...noEvents, place: 'New York', kind: 'COMMITTEE_SESSION' }, page));
    expect(operators.some((op) => op.startsWith('NodeIndexSeekByRange') && op.includes(':Event(place)'))).toBe(true);
    expect(noScan(operators)).toEqual([]);
  });

  it('events of a kind: start from the kind index', async () => {
    const operators = await plannedOperators((q) => findEvents(q, { ...noEvents, kind: 'INTERSESSIONAL_CONSULTATION' }, page));
    expect(operators.some((op) => op.startsWith('NodeIndexSeek') && op.includes(':Event(kind)'))).toBe(true);
    expect(noScan(operators)).toEqual([]);
  });

  it("members' actions on a treaty: start from the treaty, the membership checked along each action's relationships", async () => {
    const operators = await plannedOperators((q) =>
      findTreatyActions(q, { ...allActions, treaty: 'treaty:un-cybercrime-convention', memberOf: 'reio:eu' }, page),
    );
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Treaty(id)'))).toBe(true);
    expect(noScan(operators)).toEqual([]);
  });

  it("members' actions alone: start from the organization the participants are members of", async () => {
    const operators = await plannedOperators((q) => findTreatyActions(q, { ...allActions, memberOf: 'reio:eu' }, page));
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Entity(id)'))).toBe(true);
    expect(noScan(operators)).toEqual([]);
  });
});

describe('names and ranged dates', () => {
  it('search ranked by whole name or alias: still starts from the full-text index, never scans every node', async () => {
    const operators = await plannedOperators((q) =>
      searchEntities(q, 'vietnam', 'symbol:(vietnam)', 'name:(vietnam) OR aliasesText:(vietnam)', 'vietnam', 'vietnam', null, 10),
    );
    expect(operators.some((op) => op.startsWith('ProcedureCall') && op.includes('db.index.fulltext.queryNodes'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it('actions exported as of a day (certain by their latest day): start from the treaty', async () => {
    const operators = await plannedOperators((q) => actionRows(q, 'treaty:un-cybercrime-convention', '2025-10-25'));
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Treaty(id)'))).toBe(true);
    expect(operators.filter((op) => /AllNodesScan/.test(op) || (/LabelScan/.test(op) && !op.includes(':State')))).toEqual([]);
  });

  it('States exported as of a day: each State reaches its acts from the treaty by id, never by scanning every action', async () => {
    const operators = await plannedOperators((q) => stateRows(q, 'treaty:un-cybercrime-convention', ['RATIFICATION'], '2025-10-25'));
    expect(operators.filter((op) => /LabelScan/.test(op) && op.includes(':TreatyAction'))).toEqual([]);
    expect(operators.filter((op) => /AllNodesScan/.test(op))).toEqual([]);
  });
});

describe('treaty status of counts', () => {
  it('a treaty with its counts: starts from the treaty, never scans every action', async () => {
    const operators = await plannedOperators((q) => findTreatyWithStatusCounts(q, 'treaty:un-cybercrime-convention', '2026-06-30'));
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Treaty(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it("treaties' counts, batched: start from each treaty by id", async () => {
    const operators = await plannedOperators((q) => findStatusCounts(q, ['treaty:un-cybercrime-convention'], '2026-06-30'));
    expect(operators.some((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Treaty(id)'))).toBe(true);
    expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });
});

describe('path query plans', () => {
  const search: PathSearch = {
    from: 'person:ghada-waly',
    to: 'state:VNM',
    maxHops: 4,
    count: 1,
    types: DEFAULT_PATH_TYPES,
    throughKinds: null,
    avoidKinds: [],
    withSources: true,
  };

  it("one path, any kind of entity on the way: both ends by id, then Neo4j's shortest-path search with the retraction checked as it goes", async () => {
    const operators = await plannedOperators((q) => findShortestPaths(q, search));
    expect(operators.filter((op) => op.startsWith('NodeUniqueIndexSeek') && op.includes(':Entity(id)')).length).toBeGreaterThanOrEqual(2);
    expect(operators.some((op) => op.startsWith('ShortestPath '))).toBe(true);
    // No quantified-pattern search, and no fallback that expands every path up to maxHops when the check cannot go inside the search.
    expect(operators.filter((op) => /StatefulShortestPath|VarLengthExpand|LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });

  it('several paths, or conditions on the kinds passed through: the quantified path pattern, its conditions inside the search', async () => {
    for (const steered of [
      { ...search, count: 3 },
      { ...search, avoidKinds: ['Statement'] as PathSearch['avoidKinds'] },
    ]) {
      const operators = await plannedOperators((q) => findShortestPaths(q, steered));
      expect(operators.some((op) => op.startsWith('StatefulShortestPath'))).toBe(true);
      expect(operators.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
    }
  });
});
