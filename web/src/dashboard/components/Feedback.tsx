import type { ReactNode } from 'react';

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

export interface SourceLink {
  id: string;
  title: string;
  url?: string | null;
  publisher?: string | null;
}

/** The documents a fact cites, each a link when the document can be read online. */
export function Sources({ sources }: { sources: SourceLink[] }) {
  if (sources.length === 0) return <span className="muted">no source</span>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url !== null && s.url !== undefined ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>
          ) : (
            <span title={s.id}>{s.title}</span>
          )}
          {s.publisher !== null && s.publisher !== undefined ? <span className="muted"> · {s.publisher}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export const sourcesCsv = (sources: SourceLink[]): string => sources.map((s) => s.url ?? s.id).join(' ');
