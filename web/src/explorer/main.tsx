import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';

import { pick, useGraphiQL } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

import { GRAPHQL_PATH } from '../shared/graphql.js';
import { EXAMPLES } from './examples.js';

const fetcher = createGraphiQLFetcher({ url: new URL(GRAPHQL_PATH, window.location.href).toString() });

/** The examples open as tabs, each with its variables filled in, ready to run. */
const defaultTabs = EXAMPLES.map((example) => ({
  query: `# ${example.title}\n${example.query.trim()}\n`,
  variables: JSON.stringify(example.variables, null, 2),
}));

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

function Explorer() {
  return (
    <GraphiQL fetcher={fetcher} defaultTabs={defaultTabs} defaultEditorToolsVisibility="variables">
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
