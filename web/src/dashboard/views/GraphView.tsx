import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';

import { gql } from '../../shared/graphql.js';
import type { ViewProps } from '../view-props.js';
import { Requires, useCapabilities } from '../capabilities.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback, Sources, type SourceLink, sourcesCsv } from '../components/Feedback.js';
import { routeHref } from '../router.js';
import { NEIGHBORHOOD, SEARCH } from '../queries.js';

interface GraphNode {
  __typename: string;
  id: string;
  name: string;
}

interface GraphEdge {
  type: string;
  from: string;
  to: string;
  /** Null when the relationship belongs to the fact at one of its ends, whose confidence applies. */
  confidence: string | null;
  sources: SourceLink[];
}

interface NeighborhoodResult {
  neighborhood: { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean };
}

interface SearchResult {
  search: { score: number; node: GraphNode }[];
}

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

const confidenceText = (e: GraphEdge): string => e.confidence?.toLowerCase() ?? 'as the fact it belongs to';

const edgeKey = (e: GraphEdge): string => `${e.from}|${e.type}|${e.to}`;

/** Hops from the root to every entity reached, relationships taken either way. */
function distances(rootId: string, edges: Iterable<GraphEdge>): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const depth = new Map([[rootId, 0]]);
  const queue = [rootId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of neighbours.get(id) ?? []) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  return depth;
}

interface GraphState {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  expanded: Set<string>;
  truncated: boolean;
}

const EMPTY: GraphState = { nodes: new Map(), edges: new Map(), expanded: new Set(), truncated: false };

type Selection = { kind: 'node'; id: string } | { kind: 'edge'; key: string } | undefined;

const EDGE_COLUMNS = (names: Map<string, GraphNode>): Column<GraphEdge>[] => [
  { header: 'From', value: (e) => names.get(e.from)?.name ?? e.from },
  { header: 'Relationship', value: (e) => e.type },
  { header: 'To', value: (e) => names.get(e.to)?.name ?? e.to },
  { header: 'Confidence', value: (e) => confidenceText(e) },
  { header: 'Sources', value: (e) => sourcesCsv(e.sources), render: (e) => <Sources sources={e.sources} /> },
  { header: 'From id', value: (e) => e.from },
  { header: 'To id', value: (e) => e.to },
];

function Graph({ rootId, navigate }: { rootId: string; navigate: ViewProps['navigate'] }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | undefined>(undefined);
  const [graph, setGraph] = useState<GraphState>(EMPTY);
  const [selection, setSelection] = useState<Selection>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();

  const expand = useCallback(async (id: string, reset = false) => {
    setLoading(true);
    setError(undefined);
    try {
      const { neighborhood } = await gql<NeighborhoodResult>(NEIGHBORHOOD, { id, depth: 1, limit: 60 });
      setGraph((previous) => {
        const base = reset ? EMPTY : previous;
        const nodes = new Map(base.nodes);
        for (const node of neighborhood.nodes) nodes.set(node.id, node);
        const edges = new Map(base.edges);
        for (const edge of neighborhood.edges) edges.set(edgeKey(edge), edge);
        return { nodes, edges, expanded: new Set([...base.expanded, id]), truncated: base.truncated || neighborhood.truncated };
      });
      setSelection({ kind: 'node', id });
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void expand(rootId, true);
  }, [rootId, expand]);

  // One Cytoscape instance for the view's life; React state stays the source of truth.
  const handlers = useRef({ expand, setSelection });
  handlers.current = { expand, setSelection };
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
            'font-size': 10,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            width: 18,
            height: 18,
            color: '#1d2433',
          },
        },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#14213d' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0b400' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#9aa3b5',
            'target-arrow-color': '#9aa3b5',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(type)',
            'font-size': 7,
            color: '#5a6478',
            'text-rotation': 'autorotate',
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#f0b400', 'target-arrow-color': '#f0b400', width: 3 } },
      ],
    });
    instance.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      void handlers.current.expand(id);
    });
    instance.on('tap', 'edge', (event) => {
      handlers.current.setSelection({ kind: 'edge', key: event.target.id() as string });
    });
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = undefined;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (instance === undefined) return;
    const added: ElementDefinition[] = [];
    for (const node of graph.nodes.values()) {
      if (instance.getElementById(node.id).empty()) {
        added.push({ group: 'nodes', data: { id: node.id, label: node.name, colour: COLOURS[node.__typename] ?? '#444' } });
      }
    }
    for (const [key, edge] of graph.edges) {
      if (instance.getElementById(key).empty())
        added.push({ group: 'edges', data: { id: key, source: edge.from, target: edge.to, type: edge.type } });
    }
    if (instance.nodes().length > 0 && graph.nodes.size === 0) instance.elements().remove();
    instance.nodes().forEach((n) => {
      n.toggleClass('expanded', graph.expanded.has(n.id()));
    });
    if (added.length > 0) {
      instance.add(added);
      instance.nodes().forEach((n) => {
        n.toggleClass('expanded', graph.expanded.has(n.id()));
      });
      // Rings by distance from the entity asked about: it stays in the middle as the graph grows.
      const depth = distances(rootId, graph.edges.values());
      const deepest = Math.max(0, ...depth.values());
      instance
        .layout({
          name: 'concentric',
          concentric: (node) => deepest + 1 - (depth.get(node.id()) ?? deepest + 1),
          levelWidth: () => 1,
          minNodeSpacing: 44,
          animate: false,
          fit: true,
          padding: 24,
        })
        .run();
    }
  }, [graph, rootId]);

  useEffect(() => {
    const instance = cy.current;
    if (instance === undefined) return;
    instance.elements().unselect();
    if (selection?.kind === 'node') instance.getElementById(selection.id).select();
    if (selection?.kind === 'edge') instance.getElementById(selection.key).select();
  }, [selection, graph]);

  const selectedNode = selection?.kind === 'node' ? graph.nodes.get(selection.id) : undefined;
  const selectedEdge = selection?.kind === 'edge' ? graph.edges.get(selection.key) : undefined;
  const nodes = [...graph.nodes.values()].sort((a, b) => a.__typename.localeCompare(b.__typename) || a.name.localeCompare(b.name));
  const edges = [...graph.edges.values()];
  const name = (id: string) => graph.nodes.get(id)?.name ?? id;

  return (
    <>
      <Feedback loading={loading} error={error}>
        <span data-testid="graph-size">
          {graph.nodes.size} entities, {graph.edges.size} relationships
        </span>
        {graph.truncated ? ' (some neighbours left out: expand further to see them)' : ''}. Click an entity to expand it, a line to see its
        sources.
      </Feedback>
      <div className="graph-layout">
        <div
          ref={container}
          className="graph-canvas"
          role="img"
          aria-label={`Graph of ${graph.nodes.size} entities around ${name(rootId)}; the lists beside it hold the same entities and relationships.`}
          data-testid="graph-canvas"
        />
        <div className="panel" aria-live="polite">
          <h2>Selected</h2>
          {selectedNode !== undefined ? (
            <div data-testid="selected-node">
              <p>
                <span className="kind">{selectedNode.__typename}</span>
                <br />
                <strong>{selectedNode.name}</strong>
                <br />
                <code>{selectedNode.id}</code>
              </p>
              <p className="actions-row">
                <button type="button" onClick={() => void expand(selectedNode.id)} disabled={graph.expanded.has(selectedNode.id)}>
                  {graph.expanded.has(selectedNode.id) ? 'Expanded' : 'Expand'}
                </button>
                <button type="button" className="secondary" onClick={() => navigate('graph', { id: selectedNode.id })}>
                  Centre here
                </button>
                {selectedNode.__typename === 'Person' ? <a href={routeHref('quotes', { speaker: selectedNode.id })}>Quotes</a> : null}
              </p>
            </div>
          ) : null}
          {selectedEdge !== undefined ? (
            <div data-testid="selected-edge">
              <p>
                {name(selectedEdge.from)} <strong>{selectedEdge.type}</strong> {name(selectedEdge.to)}{' '}
                <span className="muted">({confidenceText(selectedEdge)})</span>
              </p>
              <span className="label">Sources</span>
              <Sources sources={selectedEdge.sources} />
            </div>
          ) : null}
          {selection === undefined ? <p className="muted">Nothing selected.</p> : null}
          <h2>Entities</h2>
          <ul className="node-list" aria-label="Entities in the graph">
            {nodes.map((node) => (
              <li key={node.id}>
                <button
                  type="button"
                  className="link-like"
                  onClick={() => setSelection({ kind: 'node', id: node.id })}
                  aria-pressed={selection?.kind === 'node' && selection.id === node.id}
                >
                  <span className="swatch" style={{ background: COLOURS[node.__typename] ?? '#444' }} aria-hidden="true" /> {node.name}
                  <span className="visually-hidden"> ({node.__typename})</span>
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void expand(node.id)}
                  disabled={graph.expanded.has(node.id)}
                  aria-label={`${graph.expanded.has(node.id) ? 'Expanded' : 'Expand'} ${node.name}`}
                >
                  {graph.expanded.has(node.id) ? 'Expanded' : 'Expand'}
                </button>
              </li>
            ))}
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
  const [hits, setHits] = useState<GraphNode[] | undefined>();
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
      const result = await gql<SearchResult>(SEARCH, { text: query });
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
                {hit.name} <span className="kind">{hit.__typename}</span>
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
        <Graph rootId={rootId} navigate={navigate} />
      </Requires>
    </section>
  );
}
