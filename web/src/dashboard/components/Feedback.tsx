import type { ReactNode } from 'react';

import { CopyLink } from './ViewTools.js';

import { formatPartialDate } from '../../shared/dates.js';
import type { SourceDocFragment } from '../../generated/operations.js';

/** Loading and error lines, announced to screen readers. */
export function Feedback({ loading, error, children }: { loading: boolean; error: Error | undefined; children?: ReactNode }) {
  if (error !== undefined) {
    return (
      <p role="alert" className="notice error">
        {error.message}
      </p>
    );
  }
  return (
    <p role="status" className="status-line" aria-live="polite">
      {loading ? 'Loading…' : children}
    </p>
  );
}

/** A plain notice: an unknown id, an empty selection, a caveat. */
export function Notice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" className="notice" data-testid={testId}>
      {children}
    </p>
  );
}

export type SourceLink = SourceDocFragment;

/**
 * The documents a fact cites, each a link when the document can be read online. `compact` (for table
 * rows) shows the first and folds the others.
 */
export function Sources({ sources, compact = false }: { sources: readonly SourceLink[]; compact?: boolean }) {
  if (sources.length === 0) return <span className="muted">no source</span>;
  if (compact && sources.length > 1) {
    return (
      <>
        <Sources sources={sources.slice(0, 1)} />
        <details className="sources-more">
          <summary>
            {sources.length - 1} more source{sources.length === 2 ? '' : 's'}
          </summary>
          <Sources sources={sources.slice(1)} />
        </details>
      </>
    );
  }
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url !== null ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>
          ) : (
            <span title={s.id}>{s.title}</span>
          )}
          {s.publisher !== null ? <span className="muted"> · {s.publisher}</span> : null}
          {s.publishedOn !== null ? <span className="muted"> · {formatPartialDate(s.publishedOn)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The distinct documents of many facts, most cited first: the evidence of a count. */
export function distinctSources(lists: Iterable<readonly SourceLink[]>): { source: SourceLink; facts: number }[] {
  const seen = new Map<string, { source: SourceLink; facts: number }>();
  for (const list of lists) {
    for (const source of list) {
      const entry = seen.get(source.id) ?? { source, facts: 0 };
      entry.facts += 1;
      seen.set(source.id, entry);
    }
  }
  return [...seen.values()].sort((a, b) => b.facts - a.facts || a.source.title.localeCompare(b.source.title));
}

/** "Sources (N)": the evidence behind a figure, folded until asked for. */
export function Evidence({
  label,
  lists,
  testId,
  link,
  open = false,
}: {
  label: string;
  lists: Iterable<readonly SourceLink[]>;
  testId?: string;
  /** A permalink to this very figure. */
  link?: string;
  open?: boolean;
}) {
  const sources = distinctSources(lists);
  return (
    <details className="evidence" data-testid={testId} open={open}>
      <summary>
        Sources ({sources.length})<span className="visually-hidden"> for {label}</span>
      </summary>
      {sources.length === 0 ? (
        <p className="muted">No source is recorded for this figure.</p>
      ) : (
        <ul className="sources">
          {sources.map(({ source, facts }) => (
            <li key={source.id}>
              {source.url !== null ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title}
                </a>
              ) : (
                <span title={source.id}>{source.title}</span>
              )}
              {source.publisher !== null ? <span className="muted"> · {source.publisher}</span> : null}
              {facts > 1 ? <span className="muted"> · cited by {facts} of these facts</span> : null}
            </li>
          ))}
        </ul>
      )}
      {link !== undefined ? <CopyLink href={link} label="Copy a link to this figure" /> : null}
    </details>
  );
}

export const sourcesCsv = (sources: readonly SourceLink[]): string => sources.map((s) => s.url ?? s.id).join(' ');
