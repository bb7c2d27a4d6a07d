import { useContext, useState } from 'react';

import type { Operation } from '../../shared/graphql.js';
import { type Params, permalink, ReleasePinContext } from '../router.js';
import { CiteView, ReleaseLine } from './CiteView.js';

export interface ExportLink {
  href: string;
  label: string;
}

/** The explorer with an operation and its variables filled in, ready to run. */
export function explorerHref<V>(operation: Operation<unknown, V>, variables: V): string {
  const query = operation.toString().trim();
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  return `/explorer?${params.toString()}`;
}

/** Copies a link, saying so; when the clipboard is refused, the link stays on screen to copy by hand. */
export function CopyLink({ href, label = 'Copy link' }: { href: string; label?: string }) {
  const [state, setState] = useState<{ href: string; copied: boolean } | undefined>();
  const shown = state?.href === href ? state : undefined;
  return (
    <span className="copy-link">
      <button
        type="button"
        className="secondary"
        onClick={() => {
          navigator.clipboard.writeText(href).then(
            () => setState({ href, copied: true }),
            () => setState({ href, copied: false }),
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="small">
        {shown === undefined ? null : shown.copied ? 'Link copied.' : 'Copy this link:'}
      </span>
      {shown !== undefined ? (
        <input className="permalink" readOnly value={href} aria-label="Link to this view" onFocus={(e) => e.target.select()} />
      ) : null}
    </span>
  );
}

/**
 * What every view offers besides its figures: a link that reproduces it (the treaty, every filter and
 * the date, resolved), a citation of it with the data release it shows, the GraphQL it sends opened in
 * the explorer, and the complete export files.
 */
export function ViewTools<V>({
  view,
  params,
  operation,
  variables,
  exports,
}: {
  view: string;
  params: Params;
  operation?: Operation<unknown, V>;
  variables?: V;
  exports: ExportLink[];
}) {
  const pinned = useContext(ReleasePinContext);
  const shared = pinned === null ? params : { ...params, release: String(pinned) };
  return (
    <div className="view-tools" data-testid="view-tools">
      <CopyLink href={permalink(view, shared)} />
      <CiteView view={view} params={shared} />
      {operation !== undefined && variables !== undefined ? (
        <a className="button-like secondary" href={explorerHref(operation, variables)}>
          Open in the explorer
        </a>
      ) : null}
      {exports.length > 0 ? (
        <span className="exports">
          <span className="label">Complete data:</span>{' '}
          {exports.map((e, i) => (
            <span key={e.href}>
              {i > 0 ? ' · ' : ''}
              <a href={pinned === null ? e.href : `${e.href}${e.href.includes('?') ? '&' : '?'}asRecordedIn=${pinned}`} download>
                {e.label}
              </a>
            </span>
          ))}
        </span>
      ) : null}
      <ReleaseLine />
    </div>
  );
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The server's complete, bounded export files (GET /export/<what>.<format>). */
export const EXPORTS = {
  actions: (treaty: string): ExportLink[] => [
    { href: `/export/actions.csv?${q({ treaty })}`, label: 'every signature and ratification (CSV)' },
    { href: `/export/actions.json?${q({ treaty })}`, label: 'JSON' },
  ],
  states: (treaty: string): ExportLink[] => [
    { href: `/export/states.csv?${q({ treaty })}`, label: 'every participant with its dates (CSV)' },
    { href: `/export/states.json?${q({ treaty })}`, label: 'JSON' },
  ],
  statements: (treaty: string): ExportLink[] => [
    { href: `/export/statements.csv?${q({ treaty })}`, label: 'every quote about the treaty (CSV)' },
    { href: `/export/statements.json?${q({ treaty })}`, label: 'JSON' },
  ],
  graph: (id: string): ExportLink[] => [
    { href: `/export/graph.json?${q({ id, depth: '1' })}`, label: 'this neighbourhood (JSON)' },
    { href: `/export/graph.graphml?${q({ id, depth: '1' })}`, label: 'GraphML' },
    { href: '/export/graph.json', label: 'the whole graph (JSON)' },
  ],
};
