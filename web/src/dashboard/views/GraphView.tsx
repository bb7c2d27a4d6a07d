import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import { ApiError, gql } from '../../shared/graphql.js';
import {
  DashboardFindEntityDocument,
  type DashboardFindEntityQuery,
  DashboardNeighborhoodDocument,
  type DashboardNeighborhoodQuery,
  DashboardNodeDetailDocument,
} from '../../generated/operations.js';
import type { ViewProps } from '../view-props.js';
import { Requires, useCapabilities } from '../capabilities.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback, Notice, Sources, sourcesCsv } from '../components/Feedback.js';
import { EXPORTS, ViewTools } from '../components/ViewTools.js';
import { useViewHref } from '../router.js';
import { useQuery } from '../useQuery.js';
import { actionWord, confidenceWord, entityWord, relationshipWord } from '../words.js';

type GraphNode = DashboardNeighborhoodQuery['neighborhood']['nodes'][number];
type GraphEdge = DashboardNeighborhoodQuery['neighborhood']['edges'][number];
type Hit = DashboardFindEntityQuery['search'][number]['node'];

/** One colour per kind of entity, legible on white and distinct for common colour blindness. */
const COLOURS: Record<string, string> = {
  Treaty: '#1f5fa8',
  Organization: '#7b3294',
  Person: '#d95f02',
  State: '#1b9e77',
  Event: '#a6761d',
  Process: '#666666',
  Statement: '#e7298a',
  Document: '#8c96a8',
  TreatyAction: '#66a61e',
  Position: '#b8860b',
  Claim: '#c0392b',
  Conflict: '#7f0000',
};
const colour = (typename: string) => COLOURS[typename] ?? '#444';

/** Neighbourhoods are asked for this many entities: enough for every signature of the Convention. */
const LIMIT = 200;
/** Acts of one kind on one entity (or claims, quotes, documents) are drawn as one node from this many. */
const GROUP_FROM = 5;
const GROUPED = new Set(['TreatyAction', 'Claim', 'Statement', 'Document']);

const edgeKey = (e: GraphEdge): string => `${e.from}|${e.type}|${e.to}`;

/** Acts of one kind brought in by one expansion: "signed by 44 States", one node until opened. */
interface Group {
  id: string;
  anchor: string;
  typename: string;
  /** The kind of act, for a group of acts. */
  kind: string;
  members: string[];
  open: boolean;
}

interface GraphState {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  expanded: Set<string>;
  groups: Map<string, Group>;
  /** Who brought each entity in: new entities are placed around it. */
  parent: Map<string, string>;
  truncated: boolean;
}

const EMPTY: GraphState = {
  nodes: new Map(),
  edges: new Map(),
  expanded: new Set(),
  groups: new Map(),
  parent: new Map(),
  truncated: false,
};

function groupLabel(group: Group, nodes: Map<string, GraphNode>): string {
  const n = group.members.length;
  if (group.typename !== 'TreatyAction') {
    const word = { Claim: 'claims by single sources', Statement: 'quotes', Document: 'documents', Event: 'events' }[group.typename];
    return `${n} ${word ?? entityWord(group.typename).toLowerCase()}`;
  }
  const participants = group.members.map((id) => {
    const node = nodes.get(id);
    return node?.__typename === 'TreatyAction' ? node.participant : null;
  });
  const states = participants.filter((p) => p?.id.startsWith('state:') === true).length;
  const others = participants.filter((p) => p !== null && !p.id.startsWith('state:')).map((p) => p!.name);
  const who = `${states} States${others.length === 1 ? ` and the ${others[0]}` : others.length > 1 ? ` and ${others.length} others` : ''}`;
  if (group.kind === 'SIGNATURE') return `signed by ${who}`;
  if (group.kind === 'RATIFICATION') return `ratified by ${who}`;
  return `${actionWord(group.kind)}: ${who}`;
}

/** The entities brought in by an expansion and not yet in the graph, with acts grouped by kind. */
function merge(base: GraphState, centre: string, result: DashboardNeighborhoodQuery['neighborhood']): GraphState {
  const nodes = new Map(base.nodes);
  const parent = new Map(base.parent);
  const fresh: GraphNode[] = [];
  for (const node of result.nodes) {
    if (!nodes.has(node.id)) fresh.push(node);
    nodes.set(node.id, node);
    if (!parent.has(node.id) && node.id !== centre) parent.set(node.id, centre);
  }
  const edges = new Map(base.edges);
  for (const edge of result.edges) edges.set(edgeKey(edge), edge);
  const groups = new Map(base.groups);
  // Acts by kind, and claims, quotes or documents by type: a treaty's hundred claims become one node.
  const byKind = new Map<string, { typename: string; kind: string; members: string[] }>();
  for (const node of fresh) {
    if (node.id === centre || !GROUPED.has(node.__typename)) continue;
    const kind = node.__typename === 'TreatyAction' ? node.kind : '';
    const key = `${node.__typename}:${kind}`;
    const entry = byKind.get(key) ?? { typename: node.__typename, kind, members: [] };
    entry.members.push(node.id);
    byKind.set(key, entry);
  }
  for (const [key, { typename, kind, members }] of byKind) {
    if (members.length >= GROUP_FROM) {
      const id = `group:${centre}:${key}`;
      groups.set(id, { id, anchor: centre, typename, kind, members, open: false });
      for (const member of members) parent.set(member, id);
      parent.set(id, centre);
    }
  }
  return { nodes, edges, groups, parent, expanded: new Set([...base.expanded, centre]), truncated: base.truncated || result.truncated };
}

/** The entity drawn for an id: itself, or the closed group that holds it. */
function drawnAs(state: GraphState): Map<string, string> {
  const map = new Map<string, string>();
  for (const id of state.nodes.keys()) map.set(id, id);
  for (const group of state.groups.values()) {
    map.set(group.id, group.id);
    if (!group.open) for (const member of group.members) if (!state.expanded.has(member)) map.set(member, group.id);
  }
  return map;
}

interface Point {
  x: number;
  y: number;
}

// Room for a node and its label (at most three lines of 11 px text, 100 px wide) in model units.
const BOX = { width: 120, height: 66 };
/** Labels are cut to three lines or so; the list beside the drawing and the panel give names in full. */
const short = (label: string): string => (label.length > 48 ? `${label.slice(0, 46).trimEnd()}…` : label);
const overlaps = (a: Point, b: Point) => Math.abs(a.x - b.x) < BOX.width && Math.abs(a.y - b.y) < BOX.height;

/**
 * Places the entities that have no place yet around the entity that brought them in, on the side away
 * from the centre, then pushes each outwards until its label overlaps no other. Entities already placed
 * never move: expanding one adds to the picture without reshuffling it.
 */
function place(positions: Map<string, Point>, ids: string[], parentOf: (id: string) => string | undefined, rootId: string) {
  const children = new Map<string, string[]>();
  for (const id of ids) {
    if (positions.has(id)) continue;
    if (id === rootId || parentOf(id) === undefined) {
      positions.set(id, { x: 0, y: 0 });
      continue;
    }
    const p = parentOf(id)!;
    children.set(p, [...(children.get(p) ?? []), id]);
  }
  const placed = () => [...positions.values()];
  for (const [p, kids] of children) {
    const origin = positions.get(p) ?? { x: 0, y: 0 };
    const root = positions.get(rootId) ?? { x: 0, y: 0 };
    const away = Math.atan2(origin.y - root.y, origin.x - root.x);
    const isRoot = origin.x === root.x && origin.y === root.y;
    const spread = isRoot ? 2 * Math.PI : Math.min(Math.PI * 1.2, Math.max(Math.PI / 3, kids.length * 0.35));
    const radius = Math.max(isRoot ? 170 : 150, (kids.length * BOX.width) / spread);
    kids.forEach((id, i) => {
      const angle = isRoot ? (2 * Math.PI * i) / kids.length - Math.PI / 2 : away - spread / 2 + (spread * (i + 0.5)) / kids.length;
      const direction = { x: Math.cos(angle), y: Math.sin(angle) };
      let r = radius;
      let at = { x: origin.x + direction.x * r, y: origin.y + direction.y * r };
      const others = placed();
      for (let tries = 0; tries < 60 && others.some((o) => overlaps(o, at)); tries += 1) {
        r += 24;
        at = { x: origin.x + direction.x * r, y: origin.y + direction.y * r };
      }
      positions.set(id, at);
    });
  }
}

type Selection = { kind: 'node'; id: string } | { kind: 'edge'; key: string } | undefined;

const EDGE_COLUMNS = (names: Map<string, GraphNode>): Column<GraphEdge>[] => [
  { header: 'From', value: (e) => names.get(e.from)?.name ?? e.from },
  { header: 'Relationship', value: (e) => relationshipWord(e.type) },
  { header: 'To', value: (e) => names.get(e.to)?.name ?? e.to },
  { header: 'Confidence', value: (e) => confidenceWord(e.confidence) },
  { header: 'Sources', value: (e) => sourcesCsv(e.sources), render: (e) => <Sources compact sources={e.sources} /> },
  { header: 'From id', value: (e) => e.from },
  { header: 'To id', value: (e) => e.to },
];

/** The selected entity: what it is, its sources (its evidence) and where to go from it. */
function NodeDetail({ id, onExpand, expanded }: { id: string; onExpand: () => void; expanded: boolean }) {
  const href = useViewHref();
  const { data, error, loading } = useQuery(DashboardNodeDetailDocument, { id });
  // The answer about the entity selected before stays out: the panel never names one and shows another's sources.
  const node = data?.node.id === id ? data.node : undefined;
  return (
    <div data-testid="selected-node">
      {node === undefined ? (
        <Feedback loading={loading} error={error} />
      ) : (
        <>
          <p>
            <span className="kind">{entityWord(node.__typename)}</span>
            <br />
            <strong>{node.name}</strong>
            <br />
            <code>{node.id}</code>
          </p>
          {'note' in node && node.note !== null ? <p className="small">{node.note}</p> : null}
          <span className="label">Sources</span>
          {node.__typename === 'Document' ? (
            <Sources
              sources={[
                { id: node.id, title: node.title, url: node.url, publisher: node.publisher, publishedOn: node.publishedOn },
                ...node.sources,
              ]}
            />
          ) : 'sources' in node ? (
            <Sources sources={node.sources} />
          ) : (
            <p className="muted">This entity records no sources of its own.</p>
          )}
          {'confidence' in node ? <p className="muted small">Confidence: {confidenceWord(node.confidence)}.</p> : null}
          <p className="actions-row">
            <button type="button" onClick={onExpand} disabled={expanded}>
              {expanded ? 'Expanded' : 'Expand'}
            </button>
            <a className="button-like secondary" href={href('graph', { id: node.id })}>
              Centre here
            </a>
            {node.__typename === 'Person' ? <a href={href('quotes', { speaker: node.id })}>Quotes</a> : null}
          </p>
        </>
      )}
    </div>
  );
}

function Graph({ rootId }: { rootId: string }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | undefined>(undefined);
  const positions = useRef(new Map<string, Point>());
  const [graph, setGraph] = useState<GraphState>(EMPTY);
  const [selection, setSelection] = useState<Selection>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();
  const [missing, setMissing] = useState<string>();

  const expand = useCallback(async (id: string, reset = false) => {
    setLoading(true);
    setError(undefined);
    if (reset) {
      setGraph(EMPTY);
      setMissing(undefined);
      positions.current = new Map();
    }
    try {
      const { neighborhood } = await gql(DashboardNeighborhoodDocument, { id, depth: 1, limit: LIMIT });
      if (neighborhood.nodes.length === 0) {
        setMissing(id);
        return;
      }
      setGraph((previous) => merge(reset ? EMPTY : previous, id, neighborhood));
      setSelection({ kind: 'node', id });
    } catch (e) {
      // An id that is not of the form kind:slug, or names nothing: said plainly, with no empty canvas.
      const unknown =
        e instanceof ApiError && (e.code === 'NOT_FOUND' || (e.code === 'BAD_USER_INPUT' && e.errors[0]?.extensions?.field === 'id'));
      if (unknown && reset) setMissing(id);
      else setError(e as Error);
    } finally {
      setLoading(false);
    }
  }, []);

  const toggleGroup = useCallback((id: string) => {
    setGraph((previous) => {
      const group = previous.groups.get(id);
      if (group === undefined) return previous;
      const groups = new Map(previous.groups);
      groups.set(id, { ...group, open: !group.open });
      return { ...previous, groups };
    });
    setSelection({ kind: 'node', id });
  }, []);

  useEffect(() => {
    void expand(rootId, true);
  }, [rootId, expand]);

  // One Cytoscape instance for the view's life; React state stays the source of truth.
  const handlers = useRef({ expand, toggleGroup, setSelection });
  handlers.current = { expand, toggleGroup, setSelection };
  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(colour)',
            'font-size': 11,
            'text-wrap': 'wrap',
            'text-max-width': '100px',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            width: 18,
            height: 18,
            color: '#1d2433',
          },
        },
        {
          selector: 'node.group',
          style: { shape: 'round-rectangle', width: 34, height: 22, 'border-width': 2, 'border-color': '#14213d', 'font-weight': 'bold' },
        },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#14213d' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#b35c00' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#8c95a8',
            'target-arrow-color': '#8c95a8',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
        {
          selector: 'edge.near',
          style: {
            label: 'data(type)',
            'font-size': 9,
            color: '#3d4557',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#b35c00', 'target-arrow-color': '#b35c00', width: 3, label: 'data(type)' } },
      ],
    });
    instance.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      if (id.startsWith('group:')) handlers.current.toggleGroup(id);
      else void handlers.current.expand(id);
    });
    instance.on('tap', 'edge', (event) => {
      const key = event.target.data('key') as string | undefined;
      if (key !== undefined) handlers.current.setSelection({ kind: 'edge', key });
    });
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = undefined;
    };
  }, []);

  const drawn = useMemo(() => drawnAs(graph), [graph]);

  useEffect(() => {
    const instance = cy.current;
    if (instance === undefined) return;
    const visible = new Set(drawn.values());
    const ids = [...visible].sort((a, b) => (graph.parent.has(a) ? 1 : 0) - (graph.parent.has(b) ? 1 : 0) || a.localeCompare(b));
    place(
      positions.current,
      ids,
      (id) => {
        let p = graph.parent.get(id);
        // A member of an open group is placed around the group node; of a closed one, never drawn.
        while (p !== undefined && !visible.has(p)) p = graph.parent.get(p);
        return p;
      },
      rootId,
    );
    const wanted = new Map<string, ElementDefinition>();
    for (const id of visible) {
      const group = graph.groups.get(id);
      const node = graph.nodes.get(id);
      const label = group !== undefined ? `${groupLabel(group, graph.nodes)}${group.open ? ' (open)' : ''}` : (node?.name ?? id);
      const typename = group !== undefined ? group.typename : (node?.__typename ?? '');
      wanted.set(id, {
        group: 'nodes',
        data: { id, label: short(label), name: label, colour: colour(typename) },
        position: positions.current.get(id),
        classes: group !== undefined ? 'group' : undefined,
      });
    }
    for (const group of graph.groups.values()) {
      const key = `${group.anchor}|GROUP|${group.id}`;
      wanted.set(key, { group: 'edges', data: { id: key, source: group.anchor, target: group.id, type: '' } });
      if (group.open) {
        for (const member of group.members) {
          const k = `${group.id}|MEMBER|${member}`;
          wanted.set(k, { group: 'edges', data: { id: k, source: group.id, target: member, type: '' } });
        }
      }
    }
    for (const [key, edge] of graph.edges) {
      const from = drawn.get(edge.from);
      const to = drawn.get(edge.to);
      if (from === undefined || to === undefined || from === to) continue;
      // Edges folded into a group are drawn once, as the group's own edge.
      if (from !== edge.from || to !== edge.to) continue;
      wanted.set(key, { group: 'edges', data: { id: key, key, source: from, target: to, type: relationshipWord(edge.type) } });
    }
    instance.batch(() => {
      instance.elements().forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      const added = [...wanted.values()].filter((d) => instance.getElementById(d.data.id!).empty());
      instance.add(added.filter((d) => d.group === 'nodes'));
      instance.add(added.filter((d) => d.group === 'edges'));
      for (const [id, definition] of wanted) {
        const element = instance.getElementById(id);
        if (definition.group === 'nodes') element.data({ label: definition.data.label, name: definition.data.name });
        if (element.isNode()) element.toggleClass('expanded', graph.expanded.has(id));
      }
    });
    instance.fit(undefined, 24);
  }, [graph, drawn, rootId]);

  useEffect(() => {
    const instance = cy.current;
    if (instance === undefined) return;
    instance.elements().unselect();
    instance.edges().removeClass('near');
    if (selection?.kind === 'node') {
      const element = instance.getElementById(drawn.get(selection.id) ?? selection.id);
      element.select();
      element.connectedEdges().addClass('near');
    }
    if (selection?.kind === 'edge') instance.getElementById(selection.key).select();
  }, [selection, graph, drawn]);

  if (missing !== undefined) {
    return (
      <Notice testId="unknown-entity">
        No entity in the graph has the id “{missing}”. Look for it by name above, or try an id such as org:unodc or state:VNM.
      </Notice>
    );
  }

  const selectedGroup = selection?.kind === 'node' ? graph.groups.get(selection.id) : undefined;
  const selectedNode = selection?.kind === 'node' && selectedGroup === undefined ? graph.nodes.get(selection.id) : undefined;
  const selectedEdge = selection?.kind === 'edge' ? graph.edges.get(selection.key) : undefined;
  const name = (id: string) => graph.nodes.get(id)?.name ?? id;
  const listed = [...new Set(drawn.values())]
    .map((id) => ({ id, group: graph.groups.get(id), node: graph.nodes.get(id) }))
    .sort(
      (a, b) =>
        (a.node?.__typename ?? a.group?.typename ?? '').localeCompare(b.node?.__typename ?? b.group?.typename ?? '') ||
        (a.node?.name ?? a.id).localeCompare(b.node?.name ?? b.id),
    );
  const kinds = [...new Set([...graph.nodes.values()].map((n) => n.__typename))].sort();
  const edges = [...graph.edges.values()];

  return (
    <>
      <Feedback loading={loading} error={error}>
        <span data-testid="graph-size">
          {graph.nodes.size} entities, {graph.edges.size} relationships
        </span>
        {graph.truncated ? ' (some neighbours left out: expand further to see them)' : ''}. Tap an entity to expand it, a grouped node to
        open it, a line to see its sources.
      </Feedback>
      <div className="graph-layout">
        <div className="graph-drawing">
          <div
            ref={container}
            className="graph-canvas"
            role="img"
            aria-label={`Graph of ${graph.nodes.size} entities around ${name(rootId)}; the list beside it holds the same entities and the table below the relationships.`}
            data-testid="graph-canvas"
          />
          <ul className="legend graph-legend" aria-label="Legend" data-testid="graph-legend">
            {kinds.map((k) => (
              <li key={k}>
                <span className="swatch" style={{ background: colour(k) }} aria-hidden="true" /> {entityWord(k)}
              </li>
            ))}
            {graph.groups.size > 0 ? (
              <li>
                <span className="swatch group" aria-hidden="true" /> Many of one kind, grouped: tap to open
              </li>
            ) : null}
            <li>
              <span className="swatch ring" aria-hidden="true" /> Expanded
            </li>
          </ul>
        </div>
        <div className="panel" aria-live="polite">
          <h2>Selected</h2>
          {selectedNode !== undefined ? (
            <NodeDetail id={selectedNode.id} expanded={graph.expanded.has(selectedNode.id)} onExpand={() => void expand(selectedNode.id)} />
          ) : null}
          {selectedGroup !== undefined ? (
            <div data-testid="selected-group">
              <p>
                <strong>{groupLabel(selectedGroup, graph.nodes)}</strong>
              </p>
              <p className="actions-row">
                <button type="button" onClick={() => toggleGroup(selectedGroup.id)}>
                  {selectedGroup.open ? 'Close the group' : 'Open the group'}
                </button>
              </p>
              <ul className="node-list" aria-label="Acts in the group">
                {selectedGroup.members.map((id) => (
                  <li key={id}>
                    <button type="button" className="link-like" onClick={() => setSelection({ kind: 'node', id })}>
                      {name(id)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {selectedEdge !== undefined ? (
            <div data-testid="selected-edge">
              <p>
                {name(selectedEdge.from)} <strong>{relationshipWord(selectedEdge.type)}</strong> {name(selectedEdge.to)}{' '}
                <span className="muted">({confidenceWord(selectedEdge.confidence)})</span>
              </p>
              <span className="label">Sources</span>
              <Sources sources={selectedEdge.sources} />
            </div>
          ) : null}
          {selection === undefined ? <p className="muted">Nothing selected.</p> : null}
          <h2>Entities</h2>
          <ul className="node-list" aria-label="Entities in the graph">
            {listed.map(({ id, group, node }) => {
              const label = group !== undefined ? groupLabel(group, graph.nodes) : (node?.name ?? id);
              const done = group !== undefined ? group.open : graph.expanded.has(id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="link-like"
                    onClick={() => setSelection({ kind: 'node', id })}
                    aria-pressed={selection?.kind === 'node' && selection.id === id}
                  >
                    <span className="swatch" style={{ background: colour(node?.__typename ?? group?.typename ?? '') }} aria-hidden="true" />{' '}
                    {label}
                    <span className="visually-hidden"> ({group !== undefined ? 'group' : entityWord(node?.__typename ?? '')})</span>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => (group !== undefined ? toggleGroup(id) : void expand(id))}
                    disabled={group === undefined && done}
                    aria-label={`${group !== undefined ? (done ? 'Close' : 'Open') : done ? 'Expanded' : 'Expand'} ${label}`}
                  >
                    {group !== undefined ? (done ? 'Close' : 'Open') : done ? 'Expanded' : 'Expand'}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <DataTable
        caption="Relationships, each with its sources"
        columns={EDGE_COLUMNS(graph.nodes)}
        rows={edges}
        fileName="relationships"
        rowKey={edgeKey}
      />
    </>
  );
}

function EntityFinder({ navigate }: { navigate: ViewProps['navigate'] }) {
  const id = useId();
  const capabilities = useCapabilities();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[] | undefined>();
  const [error, setError] = useState<Error>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query === '') return;
    if (/^[a-z-]+:\S+$/.test(query) || !capabilities.has('Query.search')) {
      navigate('graph', { id: query });
      return;
    }
    try {
      setError(undefined);
      setHits(undefined);
      const result = await gql(DashboardFindEntityDocument, { text: query });
      setHits(result.search.map((hit) => hit.node));
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <form className="filters" role="search" aria-label="Find an entity" onSubmit={(e) => void submit(e)}>
      <div className="field grow">
        <label htmlFor={id}>Entity: a name or an id (e.g. org:unodc, state:VNM)</label>
        <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. UNODC" />
      </div>
      <div className="field actions">
        <button type="submit">Show</button>
      </div>
      {error !== undefined ? (
        <p role="alert" className="notice error">
          {error.message}
        </p>
      ) : null}
      {hits !== undefined ? (
        <ul className="hits" aria-label="Matching entities">
          {hits.length === 0 ? <li className="muted">No entity matches.</li> : null}
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setHits(undefined);
                  navigate('graph', { id: hit.id });
                }}
              >
                {hit.name} <span className="kind">{entityWord(hit.__typename)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

export default function GraphView({ treatyId, params, navigate }: ViewProps) {
  const rootId = params.get('id') ?? treatyId;
  return (
    <section aria-label="Neighbourhood graph">
      <Requires fields={['Query.neighborhood']}>
        <EntityFinder navigate={navigate} />
        <ViewTools
          view="graph"
          params={{ treaty: treatyId, id: rootId }}
          operation={DashboardNeighborhoodDocument}
          variables={{ id: rootId, depth: 1, limit: LIMIT }}
          exports={EXPORTS.graph(rootId)}
        />
        <Graph key={rootId} rootId={rootId} />
      </Requires>
    </section>
  );
}
