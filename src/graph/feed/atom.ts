import { escapeXml } from '../../export/graphml.js';
import type { ReleaseRecord } from '../../ingest/release.js';
import type { ChangeEvent, FeedItem } from './feed.cypher.js';

/**
 * Tag URIs (RFC 4151) name feeds and entries: an entry's id is minted from its release and fact,
 * which never change, so a reader never sees an entry twice or one entry replaced by another.
 */
export const TAG = 'tag:treaty-graph,2026:';

export const entryId = (event: Pick<ChangeEvent, 'release' | 'change' | 'factId'>): string =>
  `${TAG}release/${event.release.id}/${event.change.toLowerCase()}/${event.factId}`;

const VERB: Record<ChangeEvent['change'], string> = {
  CREATED: 'Recorded',
  UPDATED: 'Corrected',
  RETRACTED: 'Retracted',
  REMOVED: 'Removed',
};

export interface AtomFeed {
  /** The feed's own tag id, e.g. `${TAG}feed/graph`. */
  id: string;
  title: string;
  /** Where the service is reached, for links: scheme, host and port, no trailing slash. */
  base: string;
  /** The feed's own address. */
  self: string;
  /** The dashboard's treaty for links, when the feed is a treaty's. */
  treatyId: string | null;
  latest: ReleaseRecord | null;
  items: readonly FeedItem[];
}

const el = (name: string, text: string, attrs = ''): string => `<${name}${attrs}>${escapeXml(text)}</${name}>`;
const attr = (name: string, value: string): string => ` ${name}="${escapeXml(value)}"`;

/** The dashboard's graph view of a fact, as recorded in the release that changed it. */
export function dashboardLink(base: string, treatyId: string | null, factId: string, release: number): string {
  const query = new URLSearchParams({ ...(treatyId === null ? {} : { treaty: treatyId }), id: factId, release: String(release) });
  return `${base}/#/graph?${query.toString()}`;
}

function releaseCategory(release: ReleaseRecord): string {
  return `<category${attr('scheme', `${TAG}release`)}${attr('term', String(release.id))}${attr('label', `Release ${release.id} (${release.hash})`)}/>`;
}

function factEntry(feed: AtomFeed, event: ChangeEvent): string {
  const { release } = event;
  const sources = event.sources.map((source) => {
    const href = source.url ?? dashboardLink(feed.base, feed.treatyId, source.id, release.id);
    return `<link rel="related"${attr('href', href)}${attr('title', source.symbol ? `${source.symbol}: ${source.title}` : source.title)}/>`;
  });
  const summary = [
    `${VERB[event.change]} in release ${release.id} (${release.at}, content hash ${release.hash}) by ${release.by}: ${event.kind} ${event.factId}.`,
    event.reason === null ? null : `Reason: ${event.reason}`,
    event.sources.length === 0 ? null : `Sources: ${event.sources.map((s) => s.symbol ?? s.url ?? s.id).join('; ')}.`,
  ]
    .filter((line) => line !== null)
    .join(' ');
  return [
    '<entry>',
    el('id', entryId(event)),
    el('title', `${VERB[event.change]}: ${event.name}`),
    el('updated', release.at),
    `<author>${el('name', release.by)}</author>`,
    `<link rel="alternate" type="text/html"${attr('href', dashboardLink(feed.base, feed.treatyId, event.factId, release.id))}/>`,
    ...sources,
    `<category${attr('term', event.kind)}/>`,
    releaseCategory(release),
    el('summary', summary),
    '</entry>',
  ].join('');
}

function bulkEntry(feed: AtomFeed, release: ReleaseRecord): string {
  const counts = `${release.created} created, ${release.updated} updated, ${release.retracted} retracted, ${release.removed} removed`;
  return [
    '<entry>',
    el('id', `${TAG}release/${release.id}`),
    el('title', `Release ${release.id}: ${release.factIds.length} facts recorded by ${release.by}`),
    el('updated', release.at),
    `<author>${el('name', release.by)}</author>`,
    `<link rel="alternate" type="text/html"${attr('href', `${feed.base}/#/status?${new URLSearchParams({ ...(feed.treatyId ? { treaty: feed.treatyId } : {}), release: String(release.id) }).toString()}`)}/>`,
    releaseCategory(release),
    el('summary', `Release ${release.id} (${release.at}, content hash ${release.hash}): ${counts}.`),
    '</entry>',
  ].join('');
}

/** An Atom 1.0 document (RFC 4287), newest entry first. */
export function atom(feed: AtomFeed): string {
  const updated = feed.latest?.at ?? new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    el('id', feed.id),
    el('title', feed.title),
    el('updated', updated),
    el('generator', 'treaty-graph'),
    `<link rel="self" type="application/atom+xml"${attr('href', feed.self)}/>`,
    `<link rel="alternate" type="text/html"${attr('href', `${feed.base}/${feed.treatyId === null ? '' : `#/timeline?treaty=${encodeURIComponent(feed.treatyId)}`}`)}/>`,
    ...feed.items.map((item) => ('fact' in item ? factEntry(feed, item.fact) : bulkEntry(feed, item.bulk.release))),
    '</feed>\n',
  ].join('');
}
