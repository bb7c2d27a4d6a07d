import { useEffect, useId, useMemo, useState } from 'react';

import { dayOf, formatPartialDate, type PartialDate } from '../../shared/dates.js';
import { gql } from '../../shared/graphql.js';
import { ACTION_SEGMENTS, actionGroup } from '../actions.js';
import type { ViewProps } from '../view-props.js';
import { Requires } from '../capabilities.js';
import { type Bar, BarChart } from '../components/BarChart.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback, Sources, type SourceLink, sourcesCsv } from '../components/Feedback.js';
import { routeHref } from '../router.js';
import { useQuery } from '../useQuery.js';
import { ACTIONS, PER_MONTH, TIMELINE } from '../queries.js';

interface MonthsResult {
  actionsPerMonth: {
    months: { month: string; kind: string; count: number }[];
    yearOnly: { kind: string; count: number }[];
    undated: { kind: string; count: number }[];
  };
}

interface ActionsPage {
  treatyActions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; kind: string; date: PartialDate | null }[];
  };
}

/** Every action of the period, page after page: the chart by day needs them all. */
async function allActionDates(variables: Record<string, unknown>): Promise<ActionsPage['treatyActions']['nodes']> {
  const all: ActionsPage['treatyActions']['nodes'] = [];
  let after: string | null = null;
  do {
    const page: ActionsPage = await gql<ActionsPage>(ACTIONS, { ...variables, after });
    all.push(...page.treatyActions.nodes);
    after = page.treatyActions.pageInfo.hasNextPage ? page.treatyActions.pageInfo.endCursor : null;
  } while (after !== null);
  return all;
}

type ItemKind = 'TREATY_ACTION' | 'EVENT' | 'STATEMENT' | 'DOCUMENT';

interface TimelineItem {
  kind: ItemKind;
  date: PartialDate | null;
  node: {
    __typename: string;
    id: string;
    name: string;
    actionKind?: string;
    eventKind?: string;
    participant?: { id: string; name: string } | null;
    speaker?: { id: string; name: string } | null;
    text?: string;
    place?: string | null;
    url?: string | null;
    publisher?: string | null;
    title?: string;
    sources?: SourceLink[];
  };
}

interface TimelineResult {
  timeline: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: TimelineItem[] };
}

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
  switch (item.kind) {
    case 'TREATY_ACTION':
      return `${n.participant?.name ?? '?'}: ${(n.actionKind ?? '').toLowerCase()}${n.place ? ` (${n.place})` : ''}`;
    case 'EVENT':
      return `${n.name}${n.place ? ` (${n.place})` : ''}`;
    case 'STATEMENT':
      return `${n.speaker?.name ?? 'Unknown'}: “${n.text ?? ''}”`;
    case 'DOCUMENT':
      return n.title ?? n.name;
  }
}

function itemSources(item: TimelineItem): SourceLink[] {
  if (item.kind === 'DOCUMENT')
    return [
      { id: item.node.id, title: item.node.title ?? item.node.name, url: item.node.url ?? null, publisher: item.node.publisher ?? null },
    ];
  return item.node.sources ?? [];
}

const TIMELINE_COLUMNS: Column<TimelineItem>[] = [
  { header: 'Date', value: (i) => i.date?.value ?? '', render: (i) => formatPartialDate(i.date) },
  { header: 'Kind', value: (i) => KIND_LABEL[i.kind] },
  {
    header: 'What',
    value: describe,
    render: (i) => {
      const who = i.node.participant ?? i.node.speaker;
      return who ? (
        <>
          <a href={routeHref('graph', { id: who.id })}>{who.name}</a>
          {describe(i).slice(who.name.length)}
        </>
      ) : (
        describe(i)
      );
    },
  },
  { header: 'Sources', value: (i) => sourcesCsv(itemSources(i)), render: (i) => <Sources sources={itemSources(i)} /> },
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

function ActionsChart({ treatyId, from, to, by }: { treatyId: string; from: string | null; to: string | null; by: 'day' | 'month' }) {
  const months = useQuery<MonthsResult>(PER_MONTH, { treatyId, from, to }, by !== 'month');
  const [days, setDays] = useState<{ key: string; rows: ChartRow[]; coarse: number } | undefined>();
  const [dayError, setDayError] = useState<{ key: string; error: Error } | undefined>();
  const dayKey = JSON.stringify({ treatyId, from, to });
  useEffect(() => {
    if (by !== 'day') return undefined;
    let current = true;
    allActionDates({ treatyId, from, to }).then(
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
  }, [by, dayKey, treatyId, from, to]);

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

function TimelineList({ treatyId, from, to, kinds }: { treatyId: string; from: string | null; to: string | null; kinds: ItemKind[] }) {
  const variables = { treatyId, from, to, kinds };
  const first = useQuery<TimelineResult>(TIMELINE, variables, kinds.length === 0);
  const key = JSON.stringify(variables);
  const [more, setMore] = useState<{ key: string; items: TimelineItem[]; pageInfo: TimelineResult['timeline']['pageInfo'] }>();
  const extra = more?.key === key ? more : undefined;
  const items = useMemo(() => [...(first.data?.timeline.nodes ?? []), ...(extra?.items ?? [])], [first.data, extra]);
  const pageInfo = extra?.pageInfo ?? first.data?.timeline.pageInfo;
  const loadMore = async () => {
    const next = await gql<TimelineResult>(TIMELINE, { ...variables, after: pageInfo?.endCursor });
    setMore({ key, items: [...(extra?.items ?? []), ...next.timeline.nodes], pageInfo: next.timeline.pageInfo });
  };
  return (
    <>
      <Feedback loading={first.loading} error={first.error}>
        {first.data !== undefined ? `${first.data.timeline.totalCount} items` : null}
      </Feedback>
      <DataTable
        caption="Timeline"
        columns={TIMELINE_COLUMNS}
        rows={items}
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
  );
}

export default function TimelineView({ treatyId, params, navigate }: ViewProps) {
  const ids = { from: useId(), to: useId() };
  const from = params.get('from');
  const to = params.get('to');
  const by = params.get('by') === 'day' ? 'day' : 'month';
  const kinds = (params.get('kinds')?.split(',') ?? ['TREATY_ACTION', 'EVENT', 'STATEMENT']).filter((k): k is ItemKind =>
    ITEM_KINDS.some((i) => i.kind === k),
  );
  const set = (next: Record<string, string | null>) => {
    const merged: Record<string, string | null> = { from, to, by, kinds: kinds.join(','), ...next };
    navigate(
      'timeline',
      Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== null && e[1] !== '')),
      true,
    );
  };
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
      <Requires fields={['Query.actionsPerMonth', 'Query.treatyActions']}>
        <h2>Signatures and ratifications by {by}</h2>
        <ActionsChart treatyId={treatyId} from={from} to={to} by={by} />
      </Requires>
      <Requires fields={['Query.timeline']}>
        <h2>Events, acts and statements</h2>
        <TimelineList treatyId={treatyId} from={from} to={to} kinds={kinds} />
      </Requires>
    </section>
  );
}
