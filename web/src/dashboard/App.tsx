import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';

import { CapabilitiesProvider } from './capabilities.js';
import { TreatyPicker, useTreatyChoice } from './components/TreatyPicker.js';
import { routeHref, useRoute } from './router.js';
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

export function App() {
  const [route, navigate] = useRoute();
  const [treatyId, setTreatyId] = useTreatyChoice();
  const view = VIEWS.find((v) => v.id === route.view) ?? VIEWS[0]!;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${view.label} · treaty-graph`;
  }, [view]);

  return (
    <>
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
                <a href={routeHref(v.id)} aria-current={v.id === view.id ? 'page' : undefined}>
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
            <TreatyPicker value={treatyId} onChange={setTreatyId} />
          </div>
          <Suspense fallback={<p role="status">Loading the view…</p>}>
            {treatyId === undefined ? <p role="status">Loading treaties…</p> : view.render({ treatyId, params: route.params, navigate })}
          </Suspense>
        </main>
      </CapabilitiesProvider>
      <footer className="site-footer">
        Every figure here comes from the public GraphQL API at <code>/graphql</code>; try the same questions in the{' '}
        <a href="/explorer">explorer</a>.
      </footer>
    </>
  );
}
