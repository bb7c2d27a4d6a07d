import { useId, useMemo } from 'react';

import { formatPartialDate, today, validDay } from '../../shared/dates.js';
import { regionalGroupName } from '../../../../src/model/participant.js';
import { DashboardParticipationDocument, type DashboardParticipationQuery, type InstrumentFragment } from '../../generated/operations.js';
import type { ViewProps } from '../view-props.js';
import { Requires } from '../capabilities.js';
import { type Bar, BarChart } from '../components/BarChart.js';
import { ConflictsPanel, relevantConflicts, useConflicts } from '../components/Conflicts.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback, Notice, Sources, sourcesCsv } from '../components/Feedback.js';
import { type MapEntry, type Participation, PARTICIPATION_LABEL, WorldMap } from '../components/WorldMap.js';
import { EXPORTS, ViewTools } from '../components/ViewTools.js';
import { NotAsRecorded } from '../components/CiteView.js';
import { useViewHref } from '../router.js';
import { useQuery } from '../useQuery.js';
import { type Participant, useAllStates } from '../useStates.js';
import { actionWord } from '../words.js';

type GroupRow = DashboardParticipationQuery['participantsByRegionalGroup'][number];

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
  signed: InstrumentFragment | undefined;
  consent: InstrumentFragment | undefined;
}

const rowSources = (s: StateRow) => [
  ...new Map([...(s.signed?.action?.sources ?? []), ...(s.consent?.action?.sources ?? [])].map((d) => [d.id, d])).values(),
];

function ParticipantLink({ row }: { row: StateRow }) {
  const href = useViewHref();
  return <a href={href('graph', { id: row.id })}>{row.name}</a>;
}

const STATE_COLUMNS: Column<StateRow>[] = [
  { header: 'Participant', value: (s) => s.name, render: (s) => <ParticipantLink row={s} /> },
  { header: 'ISO3', value: (s) => s.iso3 ?? '' },
  { header: 'Regional group', value: (s) => regionalGroupName(s.regionalGroup) },
  { header: 'Status', value: (s) => PARTICIPATION_LABEL[s.participation] },
  {
    header: 'Signed',
    value: (s) => (s.signed === undefined ? '' : (s.signed.date?.value ?? 'undated')),
    render: (s) => (s.signed === undefined ? '' : s.signed.date === null ? 'undated' : formatPartialDate(s.signed.date)),
  },
  { header: 'Instrument', value: (s) => (s.consent === undefined ? '' : actionWord(s.consent.kind)) },
  {
    header: 'Deposited',
    value: (s) => s.consent?.date?.value ?? '',
    render: (s) => (s.consent === undefined ? '' : formatPartialDate(s.consent.date)),
  },
  { header: 'Sources', value: (s) => sourcesCsv(rowSources(s)), render: (s) => <Sources compact sources={rowSources(s)} /> },
];

const GROUP_SEGMENTS = [
  { key: 'parties', label: 'Parties', className: 'bar-party' },
  { key: 'signedOnly', label: 'Signed only', className: 'bar-signature' },
  { key: 'notSigned', label: 'Not signed', className: 'bar-other' },
];

function Participation({
  treatyId,
  asRecordedIn,
  asOf,
  show,
  setShow,
}: {
  treatyId: string;
  asRecordedIn: number | null;
  asOf: string;
  show: Participation | 'all';
  setShow: (show: Participation | 'all') => void;
}) {
  const { data, error, loading } = useQuery(DashboardParticipationDocument, { treatyId, asOf, asRecordedIn });
  const conflicts = useConflicts();
  const { states, error: statesError } = useAllStates(asRecordedIn);
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
        rows
          .filter((r) => r.iso3 !== null)
          .map((r) => [
            r.iso3!,
            {
              name: r.name,
              participation: r.participation,
              detail:
                r.consent !== undefined
                  ? `${actionWord(r.consent.kind)} ${formatPartialDate(r.consent.date)}`
                  : r.signed !== undefined
                    ? `signed ${r.signed.date === null ? '(no source dates it)' : formatPartialDate(r.signed.date)}`
                    : undefined,
            },
          ]),
      ),
    [rows],
  );
  const groups = data?.participantsByRegionalGroup ?? [];
  const bars: Bar[] = groups.map((g) => ({
    label: g.groupName,
    values: { parties: g.parties, signedOnly: Math.max(0, g.signed + g.signedUndated - g.parties), notSigned: g.notSigned },
  }));
  const count = (p: Participation) => rows.filter((r) => r.participation === p).length;
  const disputes = relevantConflicts(conflicts.data?.conflicts.nodes ?? [], treatyId, /signator|signed in/i);
  const undated = data?.treaty.status.undatedSignatures.length ?? 0;
  const dated = data?.treaty.status.signatories.length ?? 0;
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
      {rows.length > 0 ? (
        <ConflictsPanel conflicts={disputes}>
          <p data-testid="count-explained">
            <strong>Why the counts differ.</strong> This view shows every recorded signature up to this day, dated or not: {dated + undated}{' '}
            ({dated} dated, {undated} that no source dates; “Entry into force” counts only the {dated} dated ones). Reports of the ceremony
            give other totals, counted at different moments or with the European Union as a country; each claim is kept below with its
            sources.
          </p>
        </ConflictsPanel>
      ) : null}
      <h2>By regional group</h2>
      <BarChart bars={bars} segments={GROUP_SEGMENTS} caption="Parties, signatories and others by UN regional group" layout="rows" />
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

export default function ParticipationView({ treatyId, asRecordedIn, params, setParams }: ViewProps) {
  const id = useId();
  const asked = params.get('asOf');
  const asOf = validDay(asked) ?? today();
  const showing = params.get('show');
  const show: Participation | 'all' = showing !== null && showing in PARTICIPATION_LABEL ? (showing as Participation) : 'all';
  return (
    <section aria-label="Who signed and ratified">
      <div className="filters">
        <div className="field">
          <label htmlFor={id}>As of</label>
          <input
            id={id}
            type="date"
            value={asOf}
            onChange={(e) => e.target.value !== '' && setParams({ asOf: e.target.value, show: show === 'all' ? null : show })}
          />
        </div>
      </div>
      {asked !== null && validDay(asked) === null ? (
        <Notice testId="bad-date">“{asked}” is not a day (YYYY-MM-DD): showing today instead.</Notice>
      ) : null}
      {asOf > today() ? (
        <Notice testId="future-caveat">
          {formatPartialDate(asOf)} is in the future: this is what the graph records up to today, not a forecast.
        </Notice>
      ) : null}
      <ViewTools
        view="participation"
        params={{ treaty: treatyId, asOf, show: show === 'all' ? null : show }}
        operation={DashboardParticipationDocument}
        variables={{ treatyId, asOf, asRecordedIn }}
        exports={EXPORTS.states(treatyId)}
      />
      <NotAsRecorded asRecordedIn={asRecordedIn} what="The counts by regional group and the disagreements between sources" />
      <Requires fields={['Query.participantsByRegionalGroup', 'Query.states', 'Treaty.status']}>
        <Participation
          treatyId={treatyId}
          asRecordedIn={asRecordedIn}
          asOf={asOf}
          show={show}
          setShow={(next) => setParams({ asOf: asked, show: next === 'all' ? null : next })}
        />
      </Requires>
    </section>
  );
}
