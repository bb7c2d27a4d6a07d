import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';

import { pick, ToolbarButton, useGraphiQL } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

import { GRAPHQL_PATH } from '../shared/graphql.js';
import { EXAMPLES } from './examples.js';

const fetcher = createGraphiQLFetcher({ url: new URL(GRAPHQL_PATH, window.location.href).toString() });

/** The examples open as tabs, each with its variables filled in, ready to run. */
const exampleTabs = EXAMPLES.map((example) => ({
  query: `# ${example.title}\n${example.query.trim()}\n`,
  variables: JSON.stringify(example.variables, null, 2),
}));

/**
 * A query shared by URL (`/explorer?query=…&variables=…`, as the dashboard's "Open in the explorer"
 * links and this page's own address are) opens first, before the examples.
 */
const shared = new URLSearchParams(window.location.search);
const sharedQuery = shared.get('query');
const defaultTabs = sharedQuery === null ? exampleTabs : [{ query: sharedQuery, variables: shared.get('variables') ?? '' }, ...exampleTabs];

/** The page's address follows the query being edited, so that it can be shared as it stands. */
function shareUrl(query: string | undefined, variables: string | undefined): string {
  const params = new URLSearchParams();
  if (query !== undefined && query.trim() !== '') params.set('query', query);
  if (variables !== undefined && variables.trim() !== '') params.set('variables', variables);
  const search = params.toString();
  return `${window.location.pathname}${search === '' ? '' : `?${search}`}`;
}

function ShareButton() {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const [copied, setCopied] = useState<string>();
  return (
    <>
      <ToolbarButton
        label="Copy a link to this query and its variables"
        onClick={() => {
          const url = new URL(shareUrl(queryEditor?.getValue(), variableEditor?.getValue()), window.location.href).toString();
          window.history.replaceState(null, '', url);
          navigator.clipboard.writeText(url).then(
            () => setCopied('Link copied'),
            () => setCopied('The address bar holds the link'),
          );
        }}
      >
        <span aria-hidden="true" className="tg-share">
          Link
        </span>
      </ToolbarButton>
      <span role="status" className="tg-copied">
        {copied ?? ''}
      </span>
    </>
  );
}

/**
 * GraphiQL 5 fills the first tab's query editor from `defaultTabs` but leaves its variables editor
 * empty; this puts the tab's variables in once the editor exists, so the first example runs as is.
 */
function FirstTabVariables() {
  const { variableEditor, tabs, activeTabIndex } = useGraphiQL(pick('variableEditor', 'tabs', 'activeTabIndex'));
  useEffect(() => {
    const wanted = tabs[activeTabIndex]?.variables;
    if (variableEditor != null && wanted != null && variableEditor.getValue() === '') {
      variableEditor.setValue(wanted);
    }
    // Only when the editor appears: later edits are the researcher's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [variableEditor]);
  return null;
}

const currentQuery = () => new URLSearchParams(window.location.search).get('query') ?? undefined;
const currentVariables = () => new URLSearchParams(window.location.search).get('variables') ?? undefined;

function Explorer() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      {...(sharedQuery !== null ? { initialQuery: sharedQuery, initialVariables: shared.get('variables') ?? '' } : {})}
      defaultEditorToolsVisibility="variables"
      onEditQuery={(query) => window.history.replaceState(null, '', shareUrl(query, currentVariables()))}
      onEditVariables={(variables) => window.history.replaceState(null, '', shareUrl(currentQuery(), variables))}
    >
      <GraphiQL.Toolbar>
        {({ prettify, copy, merge }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <ShareButton />
          </>
        )}
      </GraphiQL.Toolbar>
      <GraphiQL.Logo>
        <a href="/" className="tg-home" title="Back to the research dashboard">
          treaty-graph
        </a>
        <FirstTabVariables />
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
