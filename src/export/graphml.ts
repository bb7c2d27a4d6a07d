import type { GraphEdge, GraphNode } from './export.cypher.js';
import { plainValue } from './values.js';

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F) are dropped. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- these controls are exactly what must be matched
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The attributes Gephi and Cytoscape show, declared once with <key>; every value is a string. */
const NODE_KEYS = ['label', 'name', 'kind', 'date', 'iso3', 'url', 'text', 'sources'] as const;
const EDGE_KEYS = ['type', 'sources', 'confidence'] as const;

const DATE_FIELDS = ['date', 'saidOn', 'start', 'publishedOn', 'adoptedOn', 'from', 'observedOn'];

function nodeAttributes(node: GraphNode): Record<(typeof NODE_KEYS)[number], string | null> {
  const p = node.props;
  const date = DATE_FIELDS.map((field) => p[field]).find((value) => typeof value === 'string');
  return {
    label: node.labels.filter((label) => label !== 'Entity').join(':'),
    name: plainValue(p.name),
    kind: plainValue(p.kind),
    date: (date as string | undefined) ?? null,
    iso3: plainValue(p.iso3),
    url: plainValue(p.url),
    text: plainValue(p.text),
    sources: plainValue(p.sourceIds),
  };
}

function data(key: string, value: string | null): string {
  return value === null || value === '' ? '' : `<data key="${key}">${escapeXml(value)}</data>`;
}

/** GraphML of nodes and relationships, one line per element, relationships carrying their sources. */
export function* graphml(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of NODE_KEYS) yield `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>\n`;
  for (const key of EDGE_KEYS) yield `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>\n`;
  yield '  <graph id="treaty-graph" edgedefault="directed">\n';
  for (const node of nodes) {
    const attributes = nodeAttributes(node);
    yield `    <node id="${escapeXml(node.id)}">${NODE_KEYS.map((key) => data(`n_${key}`, attributes[key])).join('')}</node>\n`;
  }
  let index = 0;
  for (const edge of edges) {
    index += 1;
    const attributes = { type: edge.type, sources: plainValue(edge.props.sourceIds), confidence: plainValue(edge.props.confidence) };
    yield `    <edge id="e${index}" source="${escapeXml(edge.from)}" target="${escapeXml(edge.to)}">${EDGE_KEYS.map((key) => data(`e_${key}`, attributes[key])).join('')}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
