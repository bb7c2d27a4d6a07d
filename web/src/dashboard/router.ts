import { createContext, useCallback, useContext, useEffect, useState } from 'react';

export const DEFAULT_TREATY = 'treaty:un-cybercrime-convention';

export type Params = Record<string, string | null | undefined>;

export interface Route {
  view: string;
  params: URLSearchParams;
  /** The treaty every view is about: in the URL, so a shared link shows the same treaty. */
  treatyId: string;
  /**
   * The data release a cited link pins every view to (`release=N`, sent as `asRecordedIn: N`); null
   * for the graph as it is now, and for a value that is not a release id.
   */
  release: number | null;
}

/** A release id as a link gives it: a whole number from 1, or null. */
export function releaseParam(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

function parse(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  return { view: path, params, treatyId: params.get('treaty') || DEFAULT_TREATY, release: releaseParam(params.get('release')) };
}

/**
 * A citation's permalink is a plain query (`/?view=status&treaty=…&asOf=…&release=N`), readable in a
 * bibliography and kept by tools that drop the part after "#". The dashboard routes in the hash: such
 * a link is moved there once, before anything reads the route, without a new history entry.
 */
export function adoptQueryPermalink(): void {
  const query = new URLSearchParams(window.location.search);
  const view = query.get('view');
  if (view === null) return;
  query.delete('view');
  window.history.replaceState(null, '', `${window.location.pathname}${routeHref(view, Object.fromEntries(query.entries()))}`);
}

/** The hash of a view with its parameters; empty ones are left out. The treaty comes first. */
export function routeHref(view: string, params: Params = {}): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined && e[1] !== '');
  entries.sort(([a], [b]) => (a === 'treaty' ? -1 : b === 'treaty' ? 1 : 0));
  const query = new URLSearchParams(entries).toString();
  return `#/${view}${query === '' ? '' : `?${query}`}`;
}

/** The whole address of a view, to paste anywhere. */
export const permalink = (view: string, params: Params): string =>
  `${window.location.origin}${window.location.pathname}${routeHref(view, params)}`;

/** The address that cites a view: a plain query, the view first, then the treaty, the date and the release. */
export function citationLink(view: string, params: Params): string {
  const order = ['treaty', 'asOf', 'release'];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const entries = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined && e[1] !== '')
    .sort(([a], [b]) => rank(a) - rank(b));
  return `${window.location.origin}${window.location.pathname}?${new URLSearchParams([['view', view], ...entries]).toString()}`;
}

export type Navigate = (view: string, params?: Params, replace?: boolean) => void;

/**
 * The view and every parameter (the treaty included) live in the URL's hash, never in the browser's
 * storage: any state of the dashboard can be bookmarked or shared and shows the same to whoever opens
 * it, and the back button works; the server serves one page.
 */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback<Navigate>((view, params = {}, replace = false) => {
    const href = routeHref(view, params);
    if (replace) {
      window.history.replaceState(null, '', href);
      setRoute(parse(href));
    } else {
      window.location.hash = href;
    }
  }, []);
  return [route, navigate];
}

/** The treaty in view, for links that move to another view and keep it. */
export const TreatyContext = createContext<string>(DEFAULT_TREATY);

/** The release a cited link pins the dashboard to, kept by links to other views; null for now. */
export const ReleasePinContext = createContext<number | null>(null);

/** The hash of a view about the treaty in view, as recorded in the pinned release if any. */
export function useViewHref(): (view: string, params?: Params) => string {
  const treatyId = useContext(TreatyContext);
  const release = useContext(ReleasePinContext);
  return useCallback(
    (view: string, params: Params = {}) =>
      routeHref(view, {
        treaty: treatyId === DEFAULT_TREATY ? null : treatyId,
        release: release === null ? null : String(release),
        ...params,
      }),
    [treatyId, release],
  );
}
