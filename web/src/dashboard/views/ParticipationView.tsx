import { useEffect, useId, useMemo, useState } from 'react';

import { formatPartialDate, type PartialDate, today } from '../../shared/dates.js';
import { gql } from '../../shared/graphql.js';
import { regionalGroupName } from '../../../../src/model/participant.js';
import type { ViewProps } from '../view-props.js';
import { Requires } from '../capabilities.js';
import { type Bar, BarChart } from '../components/BarChart.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback } from '../components/Feedback.js';
import { type MapEntry, type Participation, PARTICIPATION_LABEL, WorldMap } from '../components/WorldMap.js';
import { routeHref } from '../router.js';
import { useQuery } from '../useQuery.js';
import { PARTICIPATION, STATES } from '../queries.js';

interface GroupRow {
  group: string | null;
  groupName: string;
  participants: number;
  signed: number;
  signedUndated: number;
  parties: number;
  notSigned: number;
}

interface Instrument {
  kind: string;
  date: PartialDate | null;
  participant: { id: string };
}

interface ParticipationResult {
  participantsByRegionalGroup: GroupRow[];
  treaty: { status: { signatories: Instrument[]; parties: Instrument[]; undatedSignatures: Instrument[] } };
}

interface Participant {
  id: string;
  name: string;
  iso3: string | null;
  kind: string;
  regionalGroup: string | null;
}

interface StatesPage {
  states: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Participant[] };
}

/** Every participant, page after page (about two hundred). */
function useAllStates(): { states: Participant[] | undefined; error: Error | undefined } {
  const [states, setStates] = useState<Participant[]>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let current = true;
    (async () => {
      const all: Participant[] = [];
      let after: string | null = null;
      do {
        const page: StatesPage = await gql<StatesPage>(STATES, { after });
        all.push(...page.states.nodes);
        after = page.states.pageInfo.hasNextPage ? page.states.pageInfo.endCursor : null;
      } while (after !== null);
      if (current) setStates(all);
    })().catch((e: Error) => {
      if (current) setError(e);
    });
    return () => {
      current = false;
    };
  }, []);
  return { states, error };
}

const GROUP_COLUMNS: Column<GroupRow>[] = [
  { header: 'Regional group', value: (g) => g.groupName },
  { header: 'Participants', value: (g) => g.participants, numeric: true },
  { header: 'Signed', value: (g) => g.signed, numeric: true },
  { header: 'Signed (undated)', value: (g) => g.signedUndated, numeric: true },
  { header: 'Parties', value: (g) => g.parties, numeric: true },
  { header: 'Not signed', value: (g) => g.notSigned, numeric: true },
];

interface StateRow extends Participant {
  participation: Participation;
  signed: Instrument | undefined;
  consent: Instrument | undefined;
}

const STATE_COLUMNS: Column<StateRow>[] = [
  { header: 'Participant', value: (s) => s.name, render: (s) => <a href={routeHref('graph', { id: s.id })}>{s.name}</a> },
  { header: 'ISO3', value: (s) => s.iso3 ?? '' },
  { header: 'Regional group', value: (s) => regionalGroupName(s.regionalGroup) },
  { header: 'Status', value: (s) => PARTICIPATION_LABEL[s.participation] },
  {
    header: 'Signed',
    value: (s) => (s.signed === undefined ? '' : (s.signed.date?.value ?? 'undated')),
    render: (s) => (s.signed === undefined ? '' : s.signed.date === null ? 'undated' : formatPartialDate(s.signed.date)),
  },
  { header: 'Instrument', value: (s) => s.consent?.kind ?? '' },
  {
    header: 'Deposited',
    value: (s) => s.consent?.date?.value ?? '',
    render: (s) => (s.consent === undefined ? '' : formatPartialDate(s.consent.date)),
  },
];

const GROUP_SEGMENTS = [
  { key: 'parties', label: 'Parties', className: 'bar-party' },
  { key: 'signedOnly', label: 'Signed only', className: 'bar-signature' },
  { key: 'notSigned', label: 'Not signed', className: 'bar-other' },
];

function Participation({ treatyId, asOf }: { treatyId: string; asOf: string }) {
  const { data, error, loading } = useQuery<ParticipationResult>(PARTICIPATION, { treatyId, asOf });
  const { states, error: statesError } = useAllStates();
  const [show, setShow] = useState<Participation | 'all'>('all');
  const showId = useId();

  const rows: StateRow[] = useMemo(() => {
    const status = data?.treaty.status;
    if (states === undefined || status === undefined) return [];
    const signed = new Map([...status.signatories, ...status.undatedSignatures].map((i) => [i.participant.id, i]));
    const consent = new Map(status.parties.map((i) => [i.participant.id, i]));
    return states.map((s) => ({
      ...s,
      signed: signed.get(s.id),
      consent: consent.get(s.id),
      participation: consent.has(s.id) ? 'party' : signed.has(s.id) ? 'signatory' : 'none',
    }));
  }, [data, states]);

  const entries = useMemo(
    () =>
      new Map<string, MapEntry>(
        rows.filter((r) => r.iso3 !== null).map((r) => [r.iso3!, { name: r.name, participation: r.participation }]),
      ),
    [rows],
  );
  const groups = data?.participantsByRegionalGroup ?? [];
  const bars: Bar[] = groups.map((g) => ({
    label: g.groupName,
    values: { parties: g.parties, signedOnly: Math.max(0, g.signed + g.signedUndated - g.parties), notSigned: g.notSigned },
  }));
  const count = (p: Participation) => rows.filter((r) => r.participation === p).length;
  const eu = rows.find((r) => r.iso3 === null && r.participation !== 'none');

  return (
    <>
      <Feedback loading={loading || (states === undefined && statesError === undefined)} error={error ?? statesError}>
        {rows.length > 0 ? (
          <span data-testid="participation-summary">
            As of {formatPartialDate(asOf)}: {count('party')} parties, {count('signatory')} signatories not yet parties, {count('none')} not
            yet.
          </span>
        ) : null}
      </Feedback>
      <WorldMap entries={entries} caption={`Who had signed or ratified as of ${asOf}`} />
      {eu !== undefined ? (
        <p className="muted">
          {eu.name}: {PARTICIPATION_LABEL[eu.participation].toLowerCase()} (not drawn on the map).
        </p>
      ) : null}
      <h2>By regional group</h2>
      <BarChart bars={bars} segments={GROUP_SEGMENTS} caption="Parties, signatories and others by UN regional group" />
      <DataTable
        caption={`By UN regional group as of ${asOf}`}
        columns={GROUP_COLUMNS}
        rows={groups}
        fileName={`regional-groups-${asOf}`}
        rowKey={(g) => g.group ?? 'none'}
      />
      <h2>Every participant</h2>
      <div className="field">
        <label htmlFor={showId}>Show</label>
        <select id={showId} value={show} onChange={(e) => setShow(e.target.value as Participation | 'all')}>
          <option value="all">All participants</option>
          {(Object.keys(PARTICIPATION_LABEL) as Participation[]).map((p) => (
            <option key={p} value={p}>
              {PARTICIPATION_LABEL[p]}
            </option>
          ))}
        </select>
      </div>
      <DataTable
        caption={`Participants as of ${asOf}`}
        columns={STATE_COLUMNS}
        rows={show === 'all' ? rows : rows.filter((r) => r.participation === show)}
        fileName={`participants-${asOf}`}
        rowKey={(r) => r.id}
      />
    </>
  );
}

export default function ParticipationView({ treatyId, params, navigate }: ViewProps) {
  const id = useId();
  const asOf = params.get('asOf') ?? today();
  return (
    <section aria-label="Who signed and ratified">
      <div className="filters">
        <div className="field">
          <label htmlFor={id}>As of</label>
          <input
            id={id}
            type="date"
            value={asOf}
            onChange={(e) => e.target.value !== '' && navigate('participation', { asOf: e.target.value }, true)}
          />
        </div>
      </div>
      <Requires fields={['Query.participantsByRegionalGroup', 'Query.states', 'Treaty.status']}>
        <Participation treatyId={treatyId} asOf={asOf} />
      </Requires>
    </section>
  );
}
