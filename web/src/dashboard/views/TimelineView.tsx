import { useEffect, useId, useMemo, useState } from 'react';

import { dayOf, formatPartialDate, validDay } from '../../shared/dates.js';
import { allPages, gql } from '../../shared/graphql.js';
import {
  DashboardActionDaysDocument,
  DashboardActionsPerMonthDocument,
  DashboardTimelineDocument,
  type DashboardTimelineQuery,
  type TimelineItemKind,
} from '../../generated/operations.js';
import { ACTION_SEGMENTS, actionGroup } from '../actions.js';
import type { ViewProps } from '../view-props.js';
import { Requires } from '../capabilities.js';
import { type Bar, BarChart } from '../components/BarChart.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback, Notice, Sources, type SourceLink, sourcesCsv } from '../components/Feedback.js';
import { EXPORTS, ViewTools } from '../components/ViewTools.js';
import { NotAsRecorded } from '../components/CiteView.js';
import { useViewHref } from '../router.js';
import { useQuery } from '../useQuery.js';
import { actionWord } from '../words.js';

/** Every action of the period, page after page: the chart by day needs them all. */
async function allActionDates(variables: { treatyId: string; from: string | null; to: string | null; asRecordedIn: number | null }) {
  const { items } = await allPages(DashboardActionDaysDocument, { ...variables, after: null }, (r) => r.treatyActions, { max: 50_000 });
  return items;
}

type ItemKind = TimelineItemKind;
type TimelineItem = DashboardTimelineQuery['timeline']['nodes'][number];
type TimelinePage = DashboardTimelineQuery['timeline'];

const ITEM_KINDS: { kind: ItemKind; label: string }[] = [
  { kind: 'TREATY_ACTION', label: 'Signatures and ratifications' },
  { kind: 'EVENT', label: 'Events' },
  { kind: 'STATEMENT', label: 'Statements' },
  { kind: 'DOCUMENT', label: 'Documents' },
];
const KIND_LABEL: Record<ItemKind, string> = {
  TREATY_ACTION: 'Treaty action',
  EVENT: 'Event',
  STATEMENT: 'Statement',
  DOCUMENT: 'Document',
};

function describe(item: TimelineItem): string {
  const n = item.node;
  switch (n.__typename) {
    case 'TreatyAction':
      return `${n.participant?.name ?? '?'}: ${actionWord(n.actionKind)}${n.place ? ` (${n.place})` : ''}`;
    case 'Event':
      return `${n.name}${n.place ? ` (${n.place})` : ''}`;
    case 'Statement':
      return `${n.speaker?.name ?? 'Unknown'}: “${n.text}”`;
    case 'Document':
      return n.title;
    default:
      return n.name;
  }
}

function itemSources(item: TimelineItem): SourceLink[] {
  const n = item.node;
  if (n.__typename === 'Document') return [{ id: n.id, title: n.title, url: n.url, publisher: n.publisher, publishedOn: n.publishedOn }];
  return 'sources' in n ? n.sources : [];
}

function who(item: TimelineItem): { id: string; name: string } | null {
  const n = item.node;
  if (n.__typename === 'TreatyAction') return n.participant;
  if (n.__typename === 'Statement') return n.speaker;
  return null;
}

function WhatCell({ item }: { item: TimelineItem }) {
  const href = useViewHref();
  const person = who(item);
  return person !== null ? (
    <>
      <a href={href('graph', { id: person.id })}>{person.name}</a>
      {describe(item).slice(person.name.length)}
    </>
  ) : (
    <>{describe(item)}</>
  );
}

const TIMELINE_COLUMNS: Column<TimelineItem>[] = [
  { header: 'Date', value: (i) => i.date?.value ?? '', render: (i) => formatPartialDate(i.date) },
  { header: 'Kind', value: (i) => KIND_LABEL[i.kind] },
  { header: 'What', value: describe, render: (i) => <WhatCell item={i} /> },
  { header: 'Sources', value: (i) => sourcesCsv(itemSources(i)), render: (i) => <Sources compact sources={itemSources(i)} /> },
  { header: 'Id', value: (i) => i.node.id },
];

interface ChartRow {
  period: string;
  signature: number;
  consent: number;
  other: number;
}

const CHART_COLUMNS = (unit: string): Column<ChartRow>[] => [
  { header: unit, value: (r) => r.period },
  { header: 'Signatures', value: (r) => r.signature, numeric: true },
  { header: 'Instruments of consent', value: (r) => r.consent, numeric: true },
  { header: 'Other acts', value: (r) => r.other, numeric: true },
];

function addTo(rows: Map<string, ChartRow>, period: string, kind: string, count: number) {
  const row = rows.get(period) ?? { period, signature: 0, consent: 0, other: 0 };
  row[actionGroup(kind)] += count;
  rows.set(period, row);
}

interface ChartProps {
  treatyId: string;
  from: string | null;
  to: string | null;
  by: 'day' | 'month';
  asRecordedIn: number | null;
}

function ActionsChart({ treatyId, from, to, by, asRecordedIn }: ChartProps) {
  const months = useQuery(DashboardActionsPerMonthDocument, { treatyId, from, to }, by !== 'month');
  const [days, setDays] = useState<{ key: string; rows: ChartRow[]; coarse: number } | undefined>();
  const [dayError, setDayError] = useState<{ key: string; error: Error } | undefined>();
  const dayKey = JSON.stringify({ treatyId, from, to, asRecordedIn });
  useEffect(() => {
    if (by !== 'day') return undefined;
    let current = true;
    allActionDates({ treatyId, from, to, asRecordedIn }).then(
      (actions) => {
        if (!current) return;
        const rows = new Map<string, ChartRow>();
        let coarse = 0;
        for (const a of actions) {
          const day = a.date === null ? null : dayOf(a.date.value);
          if (day === null) coarse += 1;
          else addTo(rows, day, a.kind, 1);
        }
        setDays({ key: dayKey, rows: [...rows.values()].sort((a, b) => a.period.localeCompare(b.period)), coarse });
      },
      (error: Error) => {
        if (current) setDayError({ key: dayKey, error });
      },
    );
    return () => {
      current = false;
    };
  }, [by, dayKey, treatyId, from, to, asRecordedIn]);

  let rows: ChartRow[];
  let apart: string;
  let loading: boolean;
  let error: Error | undefined;
  if (by === 'month') {
    const data = months.data?.actionsPerMonth;
    const map = new Map<string, ChartRow>();
    for (const m of data?.months ?? []) addTo(map, m.month, m.kind, m.count);
    rows = [...map.values()].sort((a, b) => a.period.localeCompare(b.period));
    const yearOnly = (data?.yearOnly ?? []).reduce((s, c) => s + c.count, 0);
    const undated = (data?.undated ?? []).reduce((s, c) => s + c.count, 0);
    apart = yearOnly + undated > 0 ? `Not in the chart: ${yearOnly} dated only to a year, ${undated} undated.` : '';
    loading = months.loading;
    error = months.error;
  } else {
    const current = days?.key === dayKey ? days : undefined;
    error = dayError?.key === dayKey ? dayError.error : undefined;
    rows = current?.rows ?? [];
    loading = current === undefined && error === undefined;
    apart =
      current !== undefined && current.coarse > 0 ? `Not in the chart: ${current.coarse} dated only to a month or a year, or undated.` : '';
  }
  const bars: Bar[] = rows.map((r) => ({ label: r.period, values: { signature: r.signature, consent: r.consent, other: r.other } }));
  const unit = by === 'day' ? 'Day' : 'Month';
  return (
    <>
      <Feedback loading={loading} error={error}>
        {by === 'day' ? 'Days with at least one act. ' : ''}
        {apart}
      </Feedback>
      <BarChart bars={bars} segments={ACTION_SEGMENTS} caption={`Signatures and instruments of consent by ${by}`} />
      <DataTable
        caption={`Acts by ${by}`}
        columns={CHART_COLUMNS(unit)}
        rows={rows}
        fileName={`acts-by-${by}`}
        rowKey={(r) => r.period}
        empty="No dated act in this period."
      />
    </>
  );
}

interface ListProps {
  treatyId: string;
  from: string | null;
  to: string | null;
  kinds: ItemKind[];
  asRecordedIn: number | null;
}

function TimelineList({ treatyId, from, to, kinds, asRecordedIn }: ListProps) {
  const variables = { treatyId, from, to, kinds, after: null, asRecordedIn };
  const first = useQuery(DashboardTimelineDocument, variables);
  const key = JSON.stringify(variables);
  const [more, setMore] = useState<{ key: string; items: TimelineItem[]; pageInfo: TimelinePage['pageInfo'] }>();
  const extra = more?.key === key ? more : undefined;
  const items = useMemo(() => [...(first.data?.timeline.nodes ?? []), ...(extra?.items ?? [])], [first.data, extra]);
  const pageInfo = extra?.pageInfo ?? first.data?.timeline.pageInfo;
  const total = first.data?.timeline.totalCount ?? 0;
  const loadMore = async () => {
    const next = await gql(DashboardTimelineDocument, { ...variables, after: pageInfo?.endCursor ?? null });
    setMore({ key, items: [...(extra?.items ?? []), ...next.timeline.nodes], pageInfo: next.timeline.pageInfo });
  };
  const fetchAll = async () => {
    const { items: rows, total: of } = await allPages(DashboardTimelineDocument, variables, (r) => r.timeline, {
      start: { items, after: pageInfo?.hasNextPage === true ? pageInfo.endCursor : null },
    });
    return { rows, total: of };
  };
  return (
    <>
      <Feedback loading={first.loading} error={first.error}>
        {first.data !== undefined ? <span data-testid="timeline-count">{total} items</span> : null}
      </Feedback>
      {first.data !== undefined ? (
        <>
          <DataTable
            caption="Timeline"
            columns={TIMELINE_COLUMNS}
            rows={items}
            total={total}
            fetchAll={fetchAll}
            fileName="timeline"
            rowKey={(i) => `${i.kind}-${i.node.id}`}
            empty="Nothing in this period."
          />
          {pageInfo?.hasNextPage === true ? (
            <button type="button" onClick={() => void loadMore()}>
              Show more
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}

const DEFAULT_KINDS: ItemKind[] = ['TREATY_ACTION', 'EVENT', 'STATEMENT'];

export default function TimelineView({ treatyId, asRecordedIn, params, setParams }: ViewProps) {
  const ids = { from: useId(), to: useId() };
  const from = validDay(params.get('from'));
  const to = validDay(params.get('to'));
  const by = params.get('by') === 'day' ? 'day' : 'month';
  const asked = params.get('kinds');
  const kinds = asked === null ? DEFAULT_KINDS : asked.split(',').filter((k): k is ItemKind => ITEM_KINDS.some((i) => i.kind === k));
  const unknownKinds =
    asked === null ? [] : asked.split(',').filter((k) => k !== 'none' && k !== '' && !ITEM_KINDS.some((i) => i.kind === k));
  const badDates = (['from', 'to'] as const).filter((k) => params.get(k) !== null && validDay(params.get(k)) === null);
  const inverted = from !== null && to !== null && from > to;
  const set = (next: Record<string, string | null>) => {
    setParams({ from, to, by: by === 'month' ? null : by, kinds: asked === null ? null : kinds.join(',') || 'none', ...next });
  };
  const permalinkParams = { treaty: treatyId, from, to, by, kinds: kinds.join(',') || 'none' };
  return (
    <section aria-label="Timeline of signatures and ratifications">
      <div className="filters">
        <div className="field">
          <label htmlFor={ids.from}>From</label>
          <input id={ids.from} type="date" value={from ?? ''} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>To</label>
          <input id={ids.to} type="date" value={to ?? ''} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <fieldset className="checks">
          <legend>Chart by</legend>
          {(['month', 'day'] as const).map((unit) => (
            <label key={unit}>
              <input type="radio" name="chart-by" value={unit} checked={by === unit} onChange={() => set({ by: unit })} />
              {unit === 'day' ? 'Day' : 'Month'}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>Show in the timeline</legend>
          {ITEM_KINDS.map((k) => (
            <label key={k.kind}>
              <input
                type="checkbox"
                checked={kinds.includes(k.kind)}
                onChange={(e) =>
                  set({ kinds: (e.target.checked ? [...kinds, k.kind] : kinds.filter((x) => x !== k.kind)).join(',') || 'none' })
                }
              />
              {k.label}
            </label>
          ))}
        </fieldset>
      </div>
      {badDates.length > 0 ? (
        <Notice testId="bad-date">
          {badDates.map((k) => `“${params.get(k)}”`).join(' and ')} {badDates.length === 1 ? 'is not a day' : 'are not days'} (YYYY-MM-DD):
          left out of the filter.
        </Notice>
      ) : null}
      {unknownKinds.length > 0 ? <Notice testId="unknown-kinds">Unknown kinds left out: {unknownKinds.join(', ')}.</Notice> : null}
      <ViewTools
        view="timeline"
        params={permalinkParams}
        operation={DashboardTimelineDocument}
        variables={{ treatyId, from, to, kinds, after: null, asRecordedIn }}
        exports={[...EXPORTS.actions(treatyId), ...EXPORTS.statements(treatyId)]}
      />
      {inverted ? (
        <p role="alert" className="notice error" data-testid="inverted-range">
          “From” ({formatPartialDate(from)}) is after “To” ({formatPartialDate(to)}): no day is in this period. Swap the dates or clear one.
        </p>
      ) : (
        <>
          <Requires fields={['Query.actionsPerMonth', 'Query.treatyActions']}>
            <h2>Signatures and ratifications by {by}</h2>
            {by === 'month' ? <NotAsRecorded asRecordedIn={asRecordedIn} what="The counts by month" /> : null}
            <ActionsChart treatyId={treatyId} from={from} to={to} by={by} asRecordedIn={asRecordedIn} />
          </Requires>
          <Requires fields={['Query.timeline']}>
            <h2>Events, acts and statements</h2>
            {kinds.length === 0 ? (
              <Notice testId="no-kinds">Nothing is ticked under “Show in the timeline”: tick at least one kind to list items.</Notice>
            ) : (
              <TimelineList treatyId={treatyId} from={from} to={to} kinds={kinds} asRecordedIn={asRecordedIn} />
            )}
          </Requires>
        </>
      )}
    </section>
  );
}
