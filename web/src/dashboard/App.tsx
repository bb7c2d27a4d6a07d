import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';

import { CapabilitiesProvider } from './capabilities.js';
import { AboutData } from './components/AboutData.js';
import type { CiteSubject } from './citation.js';
import { CiteContext } from './components/CiteView.js';
import { Notice } from './components/Feedback.js';
import { TreatyPicker, useTreaties } from './components/TreatyPicker.js';
import { ReleasesProvider } from './release.js';
import { adoptQueryPermalink, DEFAULT_TREATY, type Params, ReleasePinContext, routeHref, TreatyContext, useRoute } from './router.js';
import type { ViewProps } from './view-props.js';

// Each view is its own chunk: the map data and the graph library load only when their view opens.
const CHUNKS = {
  status: () => import('./views/StatusView.js'),
  timeline: () => import('./views/TimelineView.js'),
  participation: () => import('./views/ParticipationView.js'),
  graph: () => import('./views/GraphView.js'),
  quotes: () => import('./views/QuotesView.js'),
};
const StatusView = lazy(CHUNKS.status);
const TimelineView = lazy(CHUNKS.timeline);
const ParticipationView = lazy(CHUNKS.participation);
const GraphView = lazy(CHUNKS.graph);
const QuotesView = lazy(CHUNKS.quotes);

// A citation's permalink (a plain query) becomes the hash route first, so the view it names opens.
adoptQueryPermalink();
// The view the page opens on starts loading now, alongside the first requests to the API.
const opening = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
void (CHUNKS[opening as keyof typeof CHUNKS] ?? CHUNKS.status)();

const VIEWS: { id: string; label: string; render: (props: ViewProps) => ReactNode }[] = [
  { id: 'status', label: 'Entry into force', render: (p) => <StatusView {...p} /> },
  { id: 'timeline', label: 'Timeline', render: (p) => <TimelineView {...p} /> },
  { id: 'participation', label: 'Who signed', render: (p) => <ParticipationView {...p} /> },
  { id: 'graph', label: 'Graph', render: (p) => <GraphView {...p} /> },
  { id: 'quotes', label: 'Quotes', render: (p) => <QuotesView {...p} /> },
];

// On a phone the first screen shows the figures; "About this data" stays one tap away.
const narrow = window.matchMedia('(max-width: 600px)').matches;

export function App() {
  const [route, rawNavigate] = useRoute();
  const { treatyId, release } = route;
  const { treaties } = useTreaties();
  const known = VIEWS.find((v) => v.id === route.view);
  const view = known ?? VIEWS[0]!;
  const heading = useRef<HTMLHeadingElement>(null);

  // Every move keeps the treaty in the URL (the Convention, the default, is left implicit), and the
  // release a cited link pins, until the reader asks for the latest.
  const kept = useMemo(
    () => ({ treaty: treatyId === DEFAULT_TREATY ? null : treatyId, release: release === null ? null : String(release) }),
    [treatyId, release],
  );
  const navigate = useCallback(
    (to: string, params: Params = {}, replace = false) => rawNavigate(to, { ...kept, ...params }, replace),
    [rawNavigate, kept],
  );
  const setParams = useCallback((params: Params) => navigate(view.id, params, true), [navigate, view.id]);
  const chooseTreaty = (id: string) => {
    const params = Object.fromEntries(route.params.entries());
    rawNavigate(view.id, { ...params, treaty: id === DEFAULT_TREATY ? null : id }, true);
  };

  useEffect(() => {
    document.title = `${view.label} · treaty-graph`;
  }, [view]);

  // A new view gets the focus, as a new page would: screen readers announce it, keyboards start there.
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (shown.current !== undefined && shown.current !== view.id) heading.current?.focus();
    shown.current = view.id;
  }, [view.id]);

  const unknownTreaty = treaties !== undefined && !treaties.some((t) => t.id === treatyId);
  const navHref = (id: string) => routeHref(id, kept);
  const citeSubject: CiteSubject = {
    viewLabel: view.label,
    treatyTitle: treaties?.find((t) => t.id === treatyId)?.title ?? treatyId,
    pinned: release,
    showLatest: () => navigate(view.id, { ...Object.fromEntries(route.params.entries()), release: null }, true),
  };

  return (
    <ReleasesProvider>
      <TreatyContext.Provider value={treatyId}>
        <ReleasePinContext.Provider value={release}>
          <CiteContext.Provider value={citeSubject}>
            <a
              className="skip-link"
              href="#main"
              onClick={(e) => {
                e.preventDefault();
                heading.current?.focus();
              }}
            >
              Skip to content
            </a>
            <header className="site-header">
              <div className="brand">
                <span className="brand-name">treaty-graph</span>
                <span className="brand-sub">research dashboard</span>
              </div>
              <nav aria-label="Views">
                <ul>
                  {VIEWS.map((v) => (
                    <li key={v.id}>
                      <a href={navHref(v.id)} aria-current={v.id === view.id ? 'page' : undefined}>
                        {v.label}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href="/explorer">GraphQL explorer</a>
                  </li>
                </ul>
              </nav>
            </header>
            <CapabilitiesProvider>
              <main id="main">
                <div className="view-head">
                  <h1 ref={heading} tabIndex={-1}>
                    {view.label}
                  </h1>
                  <TreatyPicker value={treatyId} treaties={treaties} onChange={chooseTreaty} />
                </div>
                {known === undefined && route.view !== '' ? (
                  <Notice testId="unknown-view">
                    There is no view called “{route.view}”: showing {view.label} instead.
                  </Notice>
                ) : null}
                {release === null && route.params.has('release') ? (
                  <Notice testId="bad-release">
                    “{route.params.get('release')}” is not a data release id (a whole number from 1): showing the graph as it is now.
                  </Notice>
                ) : null}
                <AboutData treatyId={treatyId} open={view.id === 'status' && !narrow} />
                {unknownTreaty ? (
                  <Notice testId="unknown-treaty">
                    No treaty in the graph has the id “{treatyId}”. Choose one of the {treaties.length} treaties above.
                  </Notice>
                ) : (
                  <Suspense fallback={<p role="status">Loading the view…</p>}>
                    {view.render({ treatyId, asRecordedIn: release, params: route.params, navigate, setParams })}
                  </Suspense>
                )}
              </main>
            </CapabilitiesProvider>
            <footer className="site-footer">
              Every figure here comes from the public GraphQL API at <code>/graphql</code>; each view opens its own query in the{' '}
              <a href="/explorer">explorer</a>, and its complete data as files under <code>/export/</code>.
            </footer>
          </CiteContext.Provider>
        </ReleasePinContext.Provider>
      </TreatyContext.Provider>
    </ReleasesProvider>
  );
}
