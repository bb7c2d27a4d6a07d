import { useEffect, useState } from 'react';

import { formatPartialDate } from '../../shared/dates.js';
import { allPages } from '../../shared/graphql.js';
import { DashboardAboutDocument, type DashboardAboutQuery } from '../../generated/operations.js';

type About = Omit<DashboardAboutQuery, 'documents'> & {
  documents: DashboardAboutQuery['documents']['nodes'];
  documentCount: number;
};

let aboutOnce: { treatyId: string; promise: Promise<About> } | undefined;

/** The coverage counts and every document's date: one page of counts, then the rest of the documents. */
function loadAbout(treatyId: string): Promise<About> {
  if (aboutOnce?.treatyId === treatyId) return aboutOnce.promise;
  let first: DashboardAboutQuery | undefined;
  const promise = allPages(DashboardAboutDocument, { treatyId, after: null }, (result) => {
    first ??= result;
    return result.documents;
  }).then(({ items, total }) => ({ ...first!, documents: items, documentCount: total }));
  aboutOnce = { treatyId, promise };
  promise.catch(() => {
    aboutOnce = undefined;
  });
  return promise;
}

/** The latest day any document of the graph was published: the freshest evidence it holds. */
export function latestSource(documents: About['documents']): About['documents'][number] | undefined {
  return documents
    .filter((d) => d.publishedOn !== null)
    .reduce<About['documents'][number] | undefined>(
      (latest, d) => (latest === undefined || d.publishedOn!.last > latest.publishedOn!.last ? d : latest),
      undefined,
    );
}

/**
 * "About this data": what the graph covers and how fresh it is: the day the depositary's record was
 * last searched, when the graph records one, and the most recent source document it holds.
 */
export function AboutData({ treatyId, open }: { treatyId: string; open: boolean }) {
  const [about, setAbout] = useState<About>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let current = true;
    loadAbout(treatyId).then(
      (a) => current && setAbout(a),
      (e: Error) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [treatyId]);
  const latest = about === undefined ? undefined : latestSource(about.documents);
  return (
    <details className="about" open={open} data-testid="about-data">
      <summary>About this data</summary>
      {error !== undefined ? <p className="error">The coverage could not be read: {error.message}</p> : null}
      {about !== undefined ? (
        <>
          <p>
            The graph holds {about.states.totalCount} participants (States and the European Union), {about.treatyActions.totalCount}{' '}
            recorded acts on this treaty (signatures, ratifications and others), {about.statements.totalCount} quotes, {about.documentCount}{' '}
            source documents, and {about.conflicts.totalCount} questions on which sources disagree. Every fact cites the documents it comes
            from; it is a research record, not the depositary’s official list.
          </p>
          <p data-testid="last-checked">
            <strong>When last checked:</strong>{' '}
            {about.treaty?.statusCheckedOn != null
              ? `the depositary’s record was last searched for new signatures and instruments on ${formatPartialDate(about.treaty.statusCheckedOn)}.`
              : 'the graph does not record when this treaty’s data was last reviewed.'}{' '}
            {latest !== undefined ? (
              <>
                The most recent source document in the graph is dated {formatPartialDate(latest.publishedOn)} (
                {latest.url !== null ? (
                  <a href={latest.url} target="_blank" rel="noreferrer noopener">
                    {latest.title}
                  </a>
                ) : (
                  latest.title
                )}
                ): nothing later is known to it.
              </>
            ) : null}
          </p>
        </>
      ) : error === undefined ? (
        <p className="muted">Reading the coverage…</p>
      ) : null}
    </details>
  );
}
