import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';

import { formatPartialDate, validDay } from '../../shared/dates.js';
import { allPages, gql } from '../../shared/graphql.js';
import {
  DashboardQuoteFiltersDocument,
  DashboardQuotesDocument,
  DashboardSearchQuotesDocument,
  type QuoteFragment,
  type QuotePageFragment,
} from '../../generated/operations.js';
import type { ViewProps } from '../view-props.js';
import { useCapabilities } from '../capabilities.js';
import { type Column, CsvButton } from '../components/DataTable.js';
import { Feedback, Notice, Sources, sourcesCsv } from '../components/Feedback.js';
import { EXPORTS, ViewTools } from '../components/ViewTools.js';
import { useViewHref } from '../router.js';
import { useQuery } from '../useQuery.js';

type Quote = QuoteFragment;
type QuotePage = QuotePageFragment;

const PAGE_SIZE = 25;

interface Filters {
  text: string;
  speaker: string;
  organization: string;
  from: string;
  to: string;
}

const COLUMNS: Column<Quote>[] = [
  { header: 'Date', value: (q) => q.saidOn?.value ?? '' },
  { header: 'Speaker', value: (q) => q.speaker?.name ?? '' },
  { header: 'Speaker id', value: (q) => q.speaker?.id ?? '' },
  { header: 'Role at the time', value: (q) => q.roleAtTime ?? '' },
  { header: 'Quote', value: (q) => q.text },
  { header: 'Context', value: (q) => q.context ?? '' },
  { header: 'Event', value: (q) => q.at?.name ?? '' },
  { header: 'Sources', value: (q) => sourcesCsv(q.sources) },
  { header: 'Statement id', value: (q) => q.id },
];

export default function QuotesView({ treatyId, asRecordedIn, params, setParams }: ViewProps) {
  const href = useViewHref();
  const ids = { text: useId(), speaker: useId(), organization: useId(), from: useId(), to: useId() };
  const filters: Filters = {
    text: params.get('q') ?? '',
    speaker: params.get('speaker') ?? '',
    organization: params.get('org') ?? '',
    from: validDay(params.get('from')) ?? '',
    to: validDay(params.get('to')) ?? '',
  };
  const [draftText, setDraftText] = useState(filters.text);
  useEffect(() => setDraftText(filters.text), [filters.text]);

  const setFilters = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    const entries = Object.entries({ q: merged.text, speaker: merged.speaker, org: merged.organization, from: merged.from, to: merged.to });
    setParams(Object.fromEntries(entries));
  };

  const filterData = useQuery(DashboardQuoteFiltersDocument, {});
  const speakers = useMemo(() => (filterData.data?.persons.nodes ?? []).filter((p) => p.statements.length > 0), [filterData.data]);
  // Every organization can be chosen, not only those with quoted officials: one may speak in its own
  // name, and an organization with no quote says so with a count of 0.
  const organizations = useMemo(
    () =>
      (filterData.data?.organizations.nodes ?? [])
        .map((o) => ({ ...o, label: o.acronym !== null ? `${o.acronym} — ${o.name}` : o.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [filterData.data],
  );
  const organization = organizations.find((o) => o.id === filters.organization);
  // The speakers offered under an organization are those who held an office in it; the quotes listed
  // are the API's answer, which also counts what the organization said in its own name.
  const officials = new Set(organization?.positions.flatMap((p) => (p.person === null ? [] : [p.person.id])));
  const speakerChoices = organization === undefined ? speakers : speakers.filter((p) => officials.has(p.id));

  const listWhere = {
    text: filters.text === '' ? null : filters.text,
    speaker: filters.speaker === '' ? null : filters.speaker,
    organization: filters.organization === '' ? null : filters.organization,
    from: filters.from === '' ? null : filters.from,
    to: filters.to === '' ? null : filters.to,
  };
  // Words alone go to the full-text index (ranked, every word must match). With any other filter the
  // API's statement list answers the whole question in one request, the words matched as written.
  const capabilities = useCapabilities();
  const narrowed = listWhere.speaker !== null || listWhere.organization !== null || listWhere.from !== null || listWhere.to !== null;
  // Full-text search answers about the graph as it is now: a view pinned to a release lists instead.
  const mode: 'search' | 'list' =
    filters.text !== '' && !narrowed && asRecordedIn === null && capabilities.has('Query.search') ? 'search' : 'list';
  const [extra, setExtra] = useState<{ key: string; quotes: Quote[]; pageInfo: QuotePage['pageInfo'] } | undefined>();
  const single = useQuery(DashboardQuotesDocument, { where: listWhere, first: PAGE_SIZE, asRecordedIn }, mode !== 'list');
  const found = useQuery(DashboardSearchQuotesDocument, { text: filters.text }, mode !== 'search');
  // A speaker or an organization the filters do not know: said plainly, and nothing listed under it.
  const unknownSpeaker = filters.speaker !== '' && filterData.data !== undefined && !speakers.some((p) => p.id === filters.speaker);
  const unknownOrganization = filters.organization !== '' && filterData.data !== undefined && organization === undefined;
  const unknown = unknownSpeaker || unknownOrganization;

  const queryKey = JSON.stringify(filters);
  let quotes: Quote[];
  let total: number;
  let pageInfo: QuotePage['pageInfo'] = { hasNextPage: false, endCursor: null };
  if (mode === 'search') {
    quotes = (found.data?.search ?? []).map((hit) => hit.node).filter((q): q is Quote => 'id' in q);
    total = quotes.length;
  } else {
    const more = extra?.key === queryKey ? extra : undefined;
    quotes = [...(single.data?.statements.nodes ?? []), ...(more?.quotes ?? [])];
    total = single.data?.statements.totalCount ?? 0;
    pageInfo = more?.pageInfo ?? single.data?.statements.pageInfo ?? pageInfo;
  }
  const state = mode === 'search' ? found : single;
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const next = await gql(DashboardQuotesDocument, { where: listWhere, first: PAGE_SIZE, after: pageInfo.endCursor, asRecordedIn });
      setExtra((prev) => ({
        key: queryKey,
        quotes: [...(prev?.key === queryKey ? prev.quotes : []), ...next.statements.nodes],
        pageInfo: next.statements.pageInfo,
      }));
    } finally {
      setLoadingMore(false);
    }
  };

  const fetchAll =
    mode === 'list'
      ? async () => {
          const { items, total: of } = await allPages(
            DashboardQuotesDocument,
            { where: listWhere, first: 100, after: null, asRecordedIn },
            (r) => r.statements,
          );
          return { rows: items, total: of };
        }
      : undefined;
  const shownQuotes = unknown ? [] : quotes;
  const permalinkParams = {
    treaty: treatyId,
    q: filters.text,
    speaker: filters.speaker,
    org: filters.organization,
    from: filters.from,
    to: filters.to,
  };
  const shownTotal = unknown ? 0 : total;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ text: draftText.trim() });
  };

  return (
    <section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" className="visually-hidden">
        Quotes
      </h2>
      <form className="filters" role="search" aria-label="Filter quotes" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor={ids.text}>Search the quotes (every word must match)</label>
          <input
            id={ids.text}
            type="search"
            value={draftText}
            placeholder="e.g. human rights"
            onChange={(e) => setDraftText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.organization}>Organization</label>
          <select
            id={ids.organization}
            value={filters.organization}
            onChange={(e) => setFilters({ organization: e.target.value, speaker: '' })}
          >
            <option value="">Any organization</option>
            {unknownOrganization ? <option value={filters.organization}>Unknown: {filters.organization}</option> : null}
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.speaker}>Speaker</label>
          <select id={ids.speaker} value={filters.speaker} onChange={(e) => setFilters({ speaker: e.target.value })}>
            <option value="">Anyone</option>
            {unknownSpeaker ? <option value={filters.speaker}>Unknown: {filters.speaker}</option> : null}
            {speakerChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>Said from</label>
          <input id={ids.from} type="date" value={filters.from} onChange={(e) => setFilters({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>Said until</label>
          <input id={ids.to} type="date" value={filters.to} onChange={(e) => setFilters({ to: e.target.value })} />
        </div>
        <div className="field actions">
          <button type="submit">Search</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraftText('');
              setParams({});
            }}
          >
            Clear
          </button>
        </div>
      </form>

      {mode === 'search' ? (
        <ViewTools
          view="quotes"
          params={permalinkParams}
          operation={DashboardSearchQuotesDocument}
          variables={{ text: filters.text }}
          exports={EXPORTS.statements(treatyId)}
        />
      ) : (
        <ViewTools
          view="quotes"
          params={permalinkParams}
          operation={DashboardQuotesDocument}
          variables={{ where: listWhere, first: PAGE_SIZE, asRecordedIn }}
          exports={EXPORTS.statements(treatyId)}
        />
      )}
      {unknownSpeaker ? (
        <Notice testId="unknown-speaker">
          No quoted person has the id “{filters.speaker}”: no quote is listed. Choose a speaker or clear.
        </Notice>
      ) : null}
      {unknownOrganization ? (
        <Notice testId="unknown-organization">
          No organization in the graph has the id “{filters.organization}”: no quote is listed. Choose one or clear.
        </Notice>
      ) : null}
      <div className="results-head">
        <Feedback loading={state.loading} error={state.error}>
          {unknown ? null : (
            <>
              <span data-testid="quote-count">
                {total} quote{total === 1 ? '' : 's'}
              </span>
              {quotes.length < total ? ` (showing ${quotes.length})` : ''}
              {mode === 'search' ? ', best matches first' : `${filters.text === '' ? '' : ` containing “${filters.text}”`}, in date order`}
            </>
          )}
        </Feedback>
        <CsvButton fileName="quotes" columns={COLUMNS} rows={shownQuotes} total={shownTotal} fetchAll={fetchAll} label="the quotes" />
      </div>

      <ol className="quotes" aria-label="Quotes">
        {shownQuotes.map((q) => (
          <li key={q.id}>
            <article className="quote" aria-labelledby={`${q.id}-by`}>
              <blockquote lang={q.language}>{q.text}</blockquote>
              <p className="quote-meta" id={`${q.id}-by`}>
                {q.speaker !== null ? (
                  <a href={href('graph', { id: q.speaker.id })} title="Show in the graph">
                    {q.speaker.name}
                  </a>
                ) : (
                  'Unknown speaker'
                )}
                {q.roleAtTime !== null ? <span className="muted">, {q.roleAtTime}</span> : null}
                {' · '}
                <time dateTime={q.saidOn?.value}>{formatPartialDate(q.saidOn)}</time>
                {q.at !== null ? <> · at {q.at.name}</> : null}
              </p>
              {q.context !== null ? <p className="quote-context">{q.context}</p> : null}
              <div className="quote-sources">
                <span className="label">Sources:</span> <Sources sources={q.sources} />
              </div>
            </article>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && !unknown ? (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more quotes'}
        </button>
      ) : null}
    </section>
  );
}
