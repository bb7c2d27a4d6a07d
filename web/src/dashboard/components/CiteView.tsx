import { createContext, useContext, useId, useState } from 'react';

import { type CiteSubject, citationText, formatRecordedAt } from '../citation.js';
import { citationLink, type Params } from '../router.js';
import { useShownRelease } from '../release.js';

export const CiteContext = createContext<CiteSubject>({
  viewLabel: '',
  treatyTitle: '',
  pinned: null,
  showLatest: () => undefined,
});

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<string | undefined>();
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setCopied(text),
            () => setCopied(undefined),
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="small">
        {copied === text ? 'Copied.' : null}
      </span>
    </>
  );
}

/**
 * The release the view shows and, when a cited link pins an older one, that the graph has moved on
 * since, with the way back to the latest.
 */
export function ReleaseLine() {
  const subject = useContext(CiteContext);
  const { shown, latest, pinned } = useShownRelease(subject.pinned);
  if (pinned !== null && shown === undefined) {
    return (
      <span className="release small" data-testid="release">
        Asking for data release {pinned}…
      </span>
    );
  }
  if (shown === undefined) return null;
  const movedOn = latest !== null && latest > shown.id;
  return (
    <span className="release small" data-testid="release" data-release={shown.id}>
      {pinned !== null ? 'As recorded in data release ' : 'Data release '}
      <span title={`content hash ${shown.hash}`}>{shown.id}</span> ({formatRecordedAt(shown.at)})
      {pinned !== null && movedOn ? (
        <>
          {' '}
          · <span data-testid="moved-on">the graph has moved on: release {latest} is the latest.</span>{' '}
          <button type="button" className="link-like" onClick={subject.showLatest}>
            Show the latest
          </button>
        </>
      ) : null}
    </span>
  );
}

/**
 * "Cite this view": a permalink (the view, its parameters, its `asOf` and the release it shows) that
 * reopens the same figures later, and a citation text to paste into a paper or an article.
 */
export function CiteView({ view, params }: { view: string; params: Params }) {
  const subject = useContext(CiteContext);
  const { shown, pinned } = useShownRelease(subject.pinned);
  const [open, setOpen] = useState(false);
  const id = useId();
  const release = pinned ?? shown?.id ?? null;
  const link = citationLink(view, { ...params, release: release === null ? null : String(release) });
  const text = citationText(subject, params, { id: release, stamp: shown }, link);
  return (
    <>
      <button type="button" className="secondary" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
        Cite this view
      </button>
      {open ? (
        <div className="citation panel" id={id} role="region" aria-label="Cite this view" data-testid="citation">
          <div className="field">
            <label htmlFor={`${id}-link`}>Permalink</label>
            <input
              id={`${id}-link`}
              className="permalink"
              readOnly
              value={link}
              data-testid="cite-link"
              onFocus={(e) => e.target.select()}
            />
          </div>
          <CopyButton text={link} label="Copy the permalink" />
          <p className="label">Citation</p>
          <p className="citation-text" data-testid="cite-text">
            {text}
          </p>
          <CopyButton text={text} label="Copy the citation" />
          {release === null ? (
            <p className="small muted">This server states no data release: the link shows the graph as it is when it is opened.</p>
          ) : (
            <p className="small muted">
              Opened later, the link shows the graph as recorded in release {release}, whatever was recorded or retracted since.
            </p>
          )}
        </div>
      ) : null}
    </>
  );
}

/** Says which parts of a pinned view the API cannot answer as recorded, so none passes for the cited data. */
export function NotAsRecorded({ asRecordedIn, what }: { asRecordedIn: number | null; what: string }) {
  if (asRecordedIn === null) return null;
  return (
    <p role="status" className="notice small" data-testid="not-as-recorded">
      {what} {what.includes(' and ') ? 'are' : 'is'} of the graph as it is now, not as recorded in release {asRecordedIn}: the API does not
      answer {what.includes(' and ') ? 'them' : 'it'} as recorded.
    </p>
  );
}
