import { stringify } from 'csv-stringify/sync';

import { parsePartialDate } from '../model/partial-date.js';
import { CONSENT_KINDS } from '../model/treaty-action.js';
import {
  actionRows,
  neighborhood,
  stateRows,
  statementRows,
  wholeGraph,
  type GraphEdge,
  type GraphNode,
  type Reader,
} from './export.cypher.js';
import { latestRelease, releaseById } from '../ingest/release.cypher.js';
import type { ReleaseRecord } from '../ingest/release.js';
import { graphml } from './graphml.js';
import { jsonProps } from './values.js';

export const WHATS = ['actions', 'statements', 'states', 'graph'] as const;
export const FORMATS = ['csv', 'json', 'graphml'] as const;
export type What = (typeof WHATS)[number];
export type Format = (typeof FORMATS)[number];

export const MAX_DEPTH = 3;
const DEFAULT_TREATY = 'treaty:un-cybercrime-convention';

export interface ExportRequest {
  what: What;
  format: Format;
  /** The treaty of actions and states (and the subject of statements). */
  treaty?: string | null;
  /** With `graph`: the centre of a neighbourhood instead of the whole graph. */
  id?: string | null;
  depth?: number | null;
  /** The release to export the graph as recorded in; see exportRelease. */
  asRecordedIn?: number | null;
}

/** A request that cannot be answered, phrased for the user (HTTP 400, or the CLI's one line). */
export class ExportRequestError extends Error {
  override name = 'ExportRequestError';
}

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

/** Checks a request's shape: tables are csv or json, the graph json or graphml, depth 0 to 3. */
export function checkRequest(request: ExportRequest): ExportRequest {
  if (!WHATS.includes(request.what)) throw new ExportRequestError(`what must be one of ${WHATS.join(', ')}`);
  if (!FORMATS.includes(request.format)) throw new ExportRequestError(`format must be one of ${FORMATS.join(', ')}`);
  if (request.what === 'graph' && request.format === 'csv') throw new ExportRequestError('the graph exports as json or graphml, not csv');
  if (request.what !== 'graph' && request.format === 'graphml')
    throw new ExportRequestError(`${request.what} export as csv or json; graphml is for the graph`);
  if (request.depth !== undefined && request.depth !== null) {
    if (!Number.isInteger(request.depth) || request.depth < 0 || request.depth > MAX_DEPTH) {
      throw new ExportRequestError(`depth must be an integer from 0 to ${MAX_DEPTH}`);
    }
    if (!request.id) throw new ExportRequestError('depth needs the id of the neighbourhood centre');
  }
  return request;
}

const precisionOf = (date: string | null): string => (date === null ? '' : (parsePartialDate(date)?.precision ?? ''));

/**
 * Cells a spreadsheet program would run as a formula (OWASP's CSV injection list: `=`, `+`, `-`, `@`,
 * tab, carriage return) get a leading apostrophe, which keeps them text: any text in the graph reaches
 * researchers' spreadsheets, and a mutation can put one there. Only strings: numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 text behind a byte order mark, without which spreadsheet programs misread UTF-8 names. */
export const csv = (columns: string[], rows: unknown[][]): string =>
  stringify([columns, ...rows], { bom: true, cast: { string: neutraliseFormula } });

async function table(
  db: Reader,
  request: ExportRequest,
  recorded: number | null,
): Promise<{ columns: string[]; rows: unknown[][]; objects: object[] }> {
  const treaty = request.treaty ?? null;
  if (request.what === 'actions') {
    const rows = await actionRows(db, treaty ?? DEFAULT_TREATY, recorded);
    const columns = [
      'participant',
      'iso3',
      'kind',
      'date',
      'date_precision',
      'place',
      'notification',
      'source_ids',
      'source_urls',
      'id',
      'treaty',
    ];
    return {
      columns,
      rows: rows.map((r) => [
        r.participant,
        r.iso3,
        r.kind,
        r.date,
        precisionOf(r.date),
        r.place,
        r.notification,
        r.sourceIds.join('; '),
        r.sourceUrls.filter(Boolean).join('; '),
        r.id,
        r.treaty,
      ]),
      objects: rows.map((r) => ({ ...r, datePrecision: precisionOf(r.date) || null })),
    };
  }
  if (request.what === 'statements') {
    const rows = await statementRows(db, treaty, recorded);
    const columns = ['speaker', 'date', 'date_precision', 'text', 'context', 'source_ids', 'source_urls', 'id'];
    return {
      columns,
      rows: rows.map((r) => [
        r.speaker,
        r.date,
        precisionOf(r.date),
        r.text,
        r.context,
        r.sourceIds.join('; '),
        r.sourceUrls.filter(Boolean).join('; '),
        r.id,
      ]),
      objects: rows.map((r) => ({ ...r, datePrecision: precisionOf(r.date) || null })),
    };
  }
  const rows = await stateRows(db, treaty ?? DEFAULT_TREATY, CONSENT_KINDS, recorded);
  const columns = [
    'participant',
    'iso3',
    'kind',
    'regional_group',
    'signed',
    'signed_precision',
    'party',
    'party_precision',
    'party_by',
    'id',
  ];
  return {
    columns,
    rows: rows.map((r) => [
      r.name,
      r.iso3,
      r.kind,
      r.regionalGroup,
      r.signed,
      precisionOf(r.signed),
      r.consent,
      precisionOf(r.consent),
      r.consentKind,
      r.id,
    ]),
    objects: rows,
  };
}

const jsonNode = (node: GraphNode): object => ({
  id: node.id,
  labels: node.labels.filter((label) => label !== 'Entity'),
  properties: jsonProps(node.props),
  sources: (node.props.sourceIds as string[] | undefined) ?? [],
});
const jsonEdge = (edge: GraphEdge): object => ({
  type: edge.type,
  from: edge.from,
  to: edge.to,
  properties: jsonProps(edge.props),
  sources: (edge.props.sourceIds as string[] | undefined) ?? [],
});

/**
 * The release an export is read from: the one asked for (unknown: a request error), else the latest.
 * An export is then read as recorded in it, so the release it names is exactly what it holds even
 * when a write lands while it runs. Null only for a graph with no release at all.
 */
export async function exportRelease(db: Reader, asked: number | null | undefined): Promise<ReleaseRecord | null> {
  if (asked === null || asked === undefined) return latestRelease(db);
  if (!Number.isInteger(asked) || asked < 1) throw new ExportRequestError('asRecordedIn must be a release id (an integer from 1)');
  const release = await releaseById(db, asked);
  if (release === null) throw new ExportRequestError(`no release ${asked}`);
  return release;
}

/** The export as chunks of text, ready to write to a file or an HTTP response. */
export async function runExport(db: Reader, input: ExportRequest, release: ReleaseRecord | null = null): Promise<Iterable<string>> {
  const request = checkRequest(input);
  const recorded = request.asRecordedIn ?? null;
  if (request.what !== 'graph') {
    const { columns, rows, objects } = await table(db, request, recorded);
    return [request.format === 'csv' ? csv(columns, rows) : `${JSON.stringify(objects, null, 2)}\n`];
  }
  const graph = request.id ? await neighborhood(db, request.id, request.depth ?? 1, recorded) : await wholeGraph(db, recorded);
  if (graph === null) throw new ExportRequestError(`no entity with id "${request.id}"`);
  if (request.format === 'graphml') return graphml(graph.nodes, graph.edges);
  const stamp = release === null ? {} : { release: { id: release.id, at: release.at, hash: release.hash } };
  return [`${JSON.stringify({ ...stamp, nodes: graph.nodes.map(jsonNode), relationships: graph.edges.map(jsonEdge) }, null, 2)}\n`];
}
