import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { createSchema } from '../../src/graph/schema.js';
import { cypherSentBy } from '../support/recording-database.js';

/**
 * The Cypher and parameters each root field sends, pinned as snapshots (tests/graph/__snapshots__):
 * a change to a query shows in review as a change to its text. Values always travel as parameters,
 * never inside the text.
 */
const OPERATIONS: Record<string, { source: string; variables?: Record<string, unknown> }> = {
  node: { source: '{ node(id: "person:ghada-waly") { id name } }' },
  search: { source: '{ search(text: "Ghada Waly", first: 5) { score node { id name } } }' },
  treaty: {
    source: '{ treaty(id: "treaty:un-cybercrime-convention") { id title adoptedOn { value } } }',
  },
  treatyStatus: {
    source:
      'query ($asOf: Date) { treaty(id: "treaty:un-cybercrime-convention") { status(asOf: $asOf) { signatoryCount instrumentsCounted } } }',
    variables: { asOf: '2025-10-26' },
  },
  treatyStatusLists: {
    source:
      'query ($asOf: Date) { treaty(id: "treaty:un-cybercrime-convention") { status(asOf: $asOf) { signatoryCount signatories { kind } } } }',
    variables: { asOf: '2025-10-26' },
  },
  treaties: { source: '{ treaties { id shortTitle } }' },
  state: { source: '{ state(iso3: "VNM") { id name } }' },
  states: { source: '{ states(first: 5) { totalCount nodes { id name } } }' },
  statementsBySpeaker: {
    source: '{ statements(where: { speaker: "person:ghada-waly" }, first: 5) { totalCount nodes { id text sources { id } } } }',
  },
  treatyActionsByTreaty: {
    source:
      '{ treatyActions(where: { treaty: "treaty:un-cybercrime-convention", kinds: [SIGNATURE] }, first: 10) { totalCount nodes { id participant { name } } } }',
  },
  statementsByOrganization: {
    source: '{ statements(where: { organization: "org:unodc" }, first: 5) { totalCount nodes { id speaker { name } } } }',
  },
  treatyActionsByGroupAndPlace: {
    source:
      '{ treatyActions(where: { treaty: "treaty:un-cybercrime-convention", regionalGroup: AFRICAN, place: "Hanoi", on: "2025-10-25" }) { totalCount } }',
  },
  paths: {
    source:
      '{ paths(from: "person:ghada-waly", to: "state:VNM", first: 3, via: { avoidKinds: ["Statement"], avoidRelationshipTypes: ["PART_OF"] }) { length } }',
  },
  conflictsAbout: { source: '{ conflicts(about: "treaty:un-cybercrime-convention", topic: "vote") { totalCount } }' },
  timeline: { source: '{ timeline(treatyId: "treaty:un-cybercrime-convention", first: 10) { totalCount nodes { kind node { id } } } }' },
  path: { source: '{ path(from: "person:ghada-waly", to: "state:VNM") { nodes { id } edges { type sources { id } } } }' },
  neighborhood: { source: '{ neighborhood(id: "org:unodc", depth: 1, limit: 50) { nodes { id } edges { type } truncated } }' },
  actionsPerMonth: { source: '{ actionsPerMonth(treatyId: "treaty:un-cybercrime-convention") { months { month kind count } } }' },
  participantsByRegionalGroup: {
    source: '{ participantsByRegionalGroup(treatyId: "treaty:un-cybercrime-convention", asOf: "2025-10-26") { group signed parties } }',
  },
  documents: { source: '{ documents(first: 5) { totalCount nodes { id title } } }' },
  events: { source: '{ events(first: 5) { totalCount nodes { id name } } }' },
  persons: { source: '{ persons(first: 5) { totalCount nodes { id name } } }' },
  organizations: { source: '{ organizations(first: 5) { totalCount nodes { id name } } }' },
  claims: { source: '{ claims(first: 5) { totalCount nodes { id } } }' },
  conflicts: { source: '{ conflicts(first: 5) { totalCount nodes { id topic } } }' },
  statementsByOffice: {
    source: '{ statements(where: { office: UN_SECRETARY_GENERAL }, first: 5) { totalCount nodes { id speaker { name } } } }',
  },
  eventsAtPlaceOfKind: { source: '{ events(place: "New York", kind: COMMITTEE_SESSION, first: 5) { totalCount nodes { id } } }' },
  treatyActionsOfMembers: {
    source:
      '{ treatyActions(where: { treaty: "treaty:un-cybercrime-convention", memberOf: "reio:eu", kinds: [SIGNATURE] }) { totalCount } }',
  },
  treatyActionsOfMembersAlone: { source: '{ treatyActions(where: { memberOf: "reio:eu" }) { totalCount } }' },
};

describe('the Cypher each root field sends', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  for (const [name, { source, variables }] of Object.entries(OPERATIONS)) {
    it(name, async () => {
      const { sent, errors } = await cypherSentBy(schema, source, variables);
      // With no rows in answer an entity may be reported not found; the operation itself must be valid.
      expect(errors.filter((message) => !/^[\w.]+: no entity with id/.test(message))).toEqual([]);
      expect(sent.length).toBeGreaterThan(0);
      // The ids and texts of the operation reach Neo4j as parameters, never spliced into the query.
      for (const { cypher } of sent) expect(cypher).not.toMatch(/ghada-waly|un-cybercrime-convention|VNM|org:unodc/);
      expect(sent).toMatchSnapshot();
    });
  }
});

describe('a list reads only the properties its operation selects', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  async function listCypher(source: string): Promise<string> {
    const { sent, errors } = await cypherSentBy(schema, source);
    expect(errors.filter((message) => !/^[\w.]+: no entity with id/.test(message))).toEqual([]);
    // The list query comes first; an empty answer (the recording database has no rows) then checks existence.
    return sent[0]?.cypher ?? '';
  }

  it('projects the selected keys of the items and of their prefetched nodes, the cursor keys and the id always', async () => {
    const cypher = await listCypher(
      '{ treatyActions(where: { treaty: "treaty:un-cybercrime-convention" }, first: 10) { nodes { kind participant { name iso3 } sources { title } } } }',
    );
    expect(cypher).toContain('props: a {.date, .id, .kind}');
    expect(cypher).toContain('props: related {.id, .iso3, .name}');
    // `sources` sorts by grade when asked BEST_FIRST, so the grade is read whatever the selection.
    expect(cypher).toContain('props: related {.grade, .id, .title}');
    expect(cypher).not.toContain('properties(');
  });

  it('counts fields selected through fragments and edges', async () => {
    const cypher = await listCypher(`{
      statements(where: { speaker: "person:ghada-waly" }, first: 5) {
        nodes { ...Said }
        edges { node { ... on Fact { confidence retraction { reason } } } }
      }
    }
    fragment Said on Statement { text speaker { ... on Person { description } } }`);
    expect(cypher).toContain(
      'props: s {.confidence, .id, .retracted, .retractedAt, .retractedBy, .retractedIn, .retractedReason, .retractedSourceIds, .saidOn, .text}',
    );
    expect(cypher).toContain('props: related {.description, .id}');
  });

  it('reads, of nodes of any type, what each type selected reads, and whole nodes for a field of a type without a map', async () => {
    const about = '{ statements(where: { speaker: "person:ghada-waly" }, first: 5) { nodes { text about { id name } } } }';
    const plain = await listCypher(about);
    expect(plain).toContain('props: s {.id, .saidOn, .text}');
    expect(plain).toContain('props: related {.id, .name}');
    const withTreatyField = await listCypher(about.replace('about { id name }', 'about { id ... on Treaty { shortTitle } }'));
    expect(withTreatyField).toContain('props: properties(related)');
  });

  it('reads of a path only what the operation selects: of its nodes, its edges and their sources', async () => {
    const cypher = await listCypher(`{
      path(from: "person:ghada-waly", to: "state:VNM") {
        nodes { __typename id name ... on State { iso3 } }
        edges { type from to sources { id title url } }
      }
    }`);
    expect(cypher).toContain('props: n {.id, .iso3, .name}');
    expect(cypher).toContain('props: r {.sourceIds}');
    // Sources are filtered on their retraction whatever the selection.
    expect(cypher).toContain('props: d {.id, .retracted, .title, .url}');
    expect(cypher).not.toContain('properties(');
    // One path with no condition on the kinds passed through: Neo4j's own shortest-path search.
    expect(cypher).toContain('shortestPath(');
    const steered = await listCypher(`{
      paths(from: "person:ghada-waly", to: "state:VNM", first: 2, via: { avoidKinds: ["Statement"] }) { edges { role startedOn { value } } }
    }`);
    expect(steered).toContain('SHORTEST 2');
    expect(steered).toContain('props: n {.id}');
    expect(steered).toContain('props: r {.role, .startedOn}');
  });

  it('reads of search hits and of a neighbourhood only what the operation selects', async () => {
    const search = await listCypher('{ search(text: "Ghada Waly", first: 5) { node { __typename id name ... on Person { aliases } } } }');
    expect(search).toContain('node {.aliases, .id, .name} AS props');
    const neighborhood = await listCypher('{ neighborhood(id: "org:unodc", depth: 1) { nodes { id ... on Fact { confidence } } } }');
    expect(neighborhood).toContain('props: n {.confidence, .id}');
  });
});
