import { createContext, useCallback, useContext, useEffect, useState } from 'react';

export const DEFAULT_TREATY = 'treaty:un-cybercrime-convention';

export type Params = Record<string, string | null | undefined>;

export interface Route {
  view: string;
  params: URLSearchParams;
  /** The treaty every view is about: in the URL, so a shared link shows the same treaty. */
  treatyId: string;
}

function parse(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  return { view: path, params, treatyId: params.get('treaty') || DEFAULT_TREATY };
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

/** The hash of a view about the treaty in view. */
export function useViewHref(): (view: string, params?: Params) => string {
  const treatyId = useContext(TreatyContext);
  return useCallback(
    (view: string, params: Params = {}) => routeHref(view, { treaty: treatyId === DEFAULT_TREATY ? null : treatyId, ...params }),
    [treatyId],
  );
}
