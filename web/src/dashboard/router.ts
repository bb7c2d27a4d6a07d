import { useCallback, useEffect, useState } from 'react';

export interface Route {
  view: string;
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { view: path, params: new URLSearchParams(query) };
}

export function routeHref(view: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `#/${view}${query === '' ? '' : `?${query}`}`;
}

/**
 * The view and its parameters live in the URL's hash, so any state of the dashboard can be bookmarked
 * or shared and the browser's back button works; the server serves one page.
 */
export function useRoute(): [Route, (view: string, params?: Record<string, string>, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((view: string, params: Record<string, string> = {}, replace = false) => {
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
