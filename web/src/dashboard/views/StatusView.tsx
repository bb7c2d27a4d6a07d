import { useEffect, useId } from 'react';

import { formatPartialDate, today, validDay } from '../../shared/dates.js';
import { regionalGroupName } from '../../../../src/model/participant.js';
import { DashboardStatusDocument, type DashboardStatusQuery, type InstrumentFragment } from '../../generated/operations.js';
import type { ViewProps } from '../view-props.js';
import { Requires } from '../capabilities.js';
import { ConflictsPanel, relevantConflicts, useConflicts } from '../components/Conflicts.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Evidence, Feedback, Notice, Sources, type SourceLink, sourcesCsv } from '../components/Feedback.js';
import { EXPORTS, ViewTools } from '../components/ViewTools.js';
import { NotAsRecorded } from '../components/CiteView.js';
import { permalink } from '../router.js';
import { useQuery } from '../useQuery.js';
import { actionWord } from '../words.js';
import { type Assumption, formatAssumptions, parseAssumptions } from '../assumptions.js';
import { WhatIfPanel } from './WhatIfPanel.js';

type TreatyStatus = DashboardStatusQuery['treaty']['status'];

const sourcesOf = (i: InstrumentFragment | undefined): SourceLink[] => i?.action?.sources ?? [];

interface Figure {
  label: string;
  value: string | number;
  sources: SourceLink[];
}

const FIGURES: Column<Figure>[] = [
  { header: 'Figure', value: (f) => f.label },
  { header: 'Value', value: (f) => f.value, numeric: true },
  { header: 'Sources', value: (f) => sourcesCsv(f.sources), render: (f) => `${f.sources.length} documents` },
];

interface ParticipantRow {
  participant: InstrumentFragment['participant'];
  signed: InstrumentFragment | undefined;
  consent: InstrumentFragment | undefined;
}

const PARTICIPANTS: Column<ParticipantRow>[] = [
  { header: 'Participant', value: (r) => r.participant.name },
  { header: 'Id', value: (r) => r.participant.id },
  { header: 'Regional group', value: (r) => regionalGroupName(r.participant.regionalGroup) },
  {
    header: 'Signed',
    value: (r) => r.signed?.date?.value ?? (r.signed !== undefined ? 'undated' : ''),
    render: (r) => (r.signed === undefined ? '' : r.signed.date === null ? 'undated' : formatPartialDate(r.signed.date)),
  },
  { header: 'Instrument of consent', value: (r) => (r.consent === undefined ? '' : actionWord(r.consent.kind)) },
  {
    header: 'Deposited',
    value: (r) => r.consent?.date?.value ?? '',
    render: (r) => (r.consent === undefined ? '' : formatPartialDate(r.consent.date)),
  },
  {
    header: 'Sources',
    value: (r) => sourcesCsv([...sourcesOf(r.signed), ...sourcesOf(r.consent)]),
    render: (r) => <Sources compact sources={dedupe([...sourcesOf(r.signed), ...sourcesOf(r.consent)])} />,
  },
];

function dedupe(sources: SourceLink[]): SourceLink[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}

function participantRows(status: TreatyStatus): ParticipantRow[] {
  const rows = new Map<string, ParticipantRow>();
  const row = (i: InstrumentFragment) => {
    const existing = rows.get(i.participant.id) ?? { participant: i.participant, signed: undefined, consent: undefined };
    rows.set(i.participant.id, existing);
    return existing;
  };
  for (const s of [...status.signatories, ...status.undatedSignatures]) row(s).signed = s;
  for (const p of status.parties) row(p).consent = p;
  return [...rows.values()].sort((a, b) => a.participant.name.localeCompare(b.participant.name));
}

function entryIntoForceLine(status: TreatyStatus): string {
  if (!status.adopted) return 'Not adopted on this date';
  if (status.inForce) return `In force since ${formatPartialDate(status.entryIntoForceDate)}`;
  if (status.entryIntoForceDate !== null) return `Enters into force on ${formatPartialDate(status.entryIntoForceDate)}`;
  if (status.instrumentsNeeded === null) return 'No entry-into-force rule is known';
  return `Not yet: ${status.instrumentsNeeded} more instrument${status.instrumentsNeeded === 1 ? '' : 's'} needed`;
}

// The recorded disagreements that bear on these figures, by the words of their topics.
const SIGNATURE_TOPICS = /signator|signed in/i;
const FORCE_TOPICS = /entry into force|ratify/i;

interface TrackerProps {
  treatyId: string;
  asRecordedIn: number | null;
  asOf: string;
  figure: string | null;
  assume: { items: Assumption[]; unreadable: number };
  onAssume: (items: Assumption[]) => void;
}

function Tracker({ treatyId, asRecordedIn, asOf, figure, assume, onAssume }: TrackerProps) {
  const { data, error, loading } = useQuery(DashboardStatusDocument, { id: treatyId, asOf, asRecordedIn });
  const conflicts = useConflicts();
  const treaty = data?.treaty;
  const status = treaty?.status;
  const ready = status !== undefined;
  // A link to one figure opens on it, its sources unfolded.
  useEffect(() => {
    if (ready && figure !== null) document.getElementById(`figure-${figure}`)?.scrollIntoView({ block: 'center' });
  }, [ready, figure]);
  const evidence = (key: string) => ({
    testId: `evidence-${key}`,
    link: permalink('status', { treaty: treatyId, asOf, figure: key }),
    open: figure === key,
  });
  if (treaty === undefined || status === undefined) return <Feedback loading={loading} error={error} />;
  const required = status.instrumentsRequired;
  const trigger = status.triggeringInstrument;
  const undated = status.undatedSignatures.length;
  const signed = [...status.signatories.map(sourcesOf), ...status.undatedSignatures.map(sourcesOf)];
  const consented = status.parties.map(sourcesOf);
  const ruleSources = treaty.sources;
  const flat = (lists: SourceLink[][]) => dedupe(lists.flat());
  const figures: Figure[] = [
    { label: 'Signatories (dated on or before this day)', value: status.signatoryCount, sources: flat(status.signatories.map(sourcesOf)) },
    { label: 'Signatures with no date in the sources', value: undated, sources: flat(status.undatedSignatures.map(sourcesOf)) },
    { label: 'Parties', value: status.partyCount, sources: flat(consented) },
    { label: 'Instruments counted for entry into force', value: status.instrumentsCounted, sources: flat(consented) },
    { label: 'Instruments required', value: required ?? '', sources: ruleSources },
    { label: 'Instruments still needed', value: status.instrumentsNeeded ?? '', sources: flat([...consented, ruleSources]) },
    { label: 'In force', value: status.inForce ? 'yes' : 'no', sources: flat([...consented, ruleSources]) },
    { label: 'Entry into force', value: status.entryIntoForceDate ?? '', sources: flat([sourcesOf(trigger ?? undefined), ruleSources]) },
  ];
  const all = conflicts.data?.conflicts.nodes ?? [];
  const disputes = [...relevantConflicts(all, treatyId, SIGNATURE_TOPICS), ...relevantConflicts(all, treatyId, FORCE_TOPICS)];
  return (
    <>
      <Feedback loading={loading} error={error}>
        Status as of {formatPartialDate(status.asOf)}
      </Feedback>
      <dl className="cards" data-testid="status-cards">
        <div className="card" id="figure-signatories">
          <dt>Signatories</dt>
          <dd>
            <span data-testid="signatories">{status.signatoryCount}</span>
            {undated > 0 ? (
              <span className="muted small" data-testid="undated">
                and {undated} whose signature no source dates
              </span>
            ) : null}
            <Evidence label="the signatories" lists={signed} {...evidence('signatories')} />
          </dd>
        </div>
        <div className="card" id="figure-parties">
          <dt>Parties</dt>
          <dd>
            <span data-testid="parties">{status.partyCount}</span>
            <Evidence label="the parties" lists={consented} {...evidence('parties')} />
          </dd>
        </div>
        <div className="card wide" id="figure-instruments">
          <dt>Instruments deposited / required</dt>
          <dd>
            <span data-testid="instruments">
              {status.instrumentsCounted} / {required ?? '?'}
            </span>
            {required !== null ? (
              <progress
                max={required}
                value={Math.min(status.instrumentsCounted, required)}
                aria-label="Instruments deposited out of those required"
              />
            ) : null}
            <Evidence label="the instruments and the rule" lists={[...consented, ruleSources]} {...evidence('instruments')} />
          </dd>
        </div>
        <div className="card wide" id="figure-entry-into-force">
          <dt>Entry into force</dt>
          <dd className="smaller">
            <span data-testid="entry-into-force">{entryIntoForceLine(status)}</span>
            {trigger !== null ? (
              <span className="muted small">
                triggered by {trigger.participant.name}, {formatPartialDate(trigger.date)}
              </span>
            ) : null}
            <Evidence label="entry into force" lists={[sourcesOf(trigger ?? undefined), ruleSources]} {...evidence('entry-into-force')} />
          </dd>
        </div>
      </dl>
      {treaty.entryIntoForceRule !== null ? (
        <details className="rule">
          <summary>
            The rule: article {treaty.entryIntoForceRule.article} ({treaty.entryIntoForceRule.instrumentsRequired} instruments, then{' '}
            {treaty.entryIntoForceRule.daysAfterThreshold} days)
          </summary>
          <blockquote>{treaty.entryIntoForceRule.text}</blockquote>
          <Sources sources={treaty.sources} />
        </details>
      ) : null}
      <WhatIfPanel
        key={treatyId}
        treatyId={treatyId}
        asRecordedIn={asRecordedIn}
        asOf={asOf}
        recorded={status}
        assumptions={assume.items}
        unreadable={assume.unreadable}
        onChange={onAssume}
      />
      {disputes.length > 0 ? <NotAsRecorded asRecordedIn={asRecordedIn} what="The disagreements between sources below" /> : null}
      <ConflictsPanel conflicts={disputes}>
        <p data-testid="count-explained">
          <strong>Why the counts differ.</strong> This view counts a signature on a day only when a source dates it on or before that day:{' '}
          {status.signatoryCount} dated, plus {undated} that no source dates ({status.signatoryCount + undated} signatures recorded by that
          day, each shown under “Who signed”). Reports of the ceremony give other totals: they counted at different moments (the first day,
          both days, later), and some count the European Union as a country. Each claim is kept below with its own sources; none is picked
          silently.
        </p>
      </ConflictsPanel>
      <div className="two-columns">
        <DataTable
          caption={`Figures as of ${status.asOf}`}
          columns={FIGURES}
          rows={figures}
          fileName={`status-${status.asOf}`}
          rowKey={(f) => f.label}
        />
        <DataTable
          id="participants"
          caption={`Signatories and parties as of ${status.asOf}`}
          columns={PARTICIPANTS}
          rows={participantRows(status)}
          fileName={`participants-${status.asOf}`}
          rowKey={(r) => r.participant.id}
          empty="No signatory yet on this date."
        />
      </div>
    </>
  );
}

export default function StatusView({ treatyId, asRecordedIn, params, setParams }: ViewProps) {
  const id = useId();
  const asked = params.get('asOf');
  const asOf = validDay(asked) ?? today();
  const assume = parseAssumptions(params.get('assume'));
  // The what-if's assumptions stay when the date changes, and the date when they change.
  const assumed = assume.items.length > 0 ? formatAssumptions(assume.items) : null;
  return (
    <section aria-label="Entry-into-force tracker">
      <div className="filters">
        <div className="field">
          <label htmlFor={id}>As of</label>
          <input
            id={id}
            type="date"
            value={asOf}
            onChange={(e) => {
              if (e.target.value !== '') setParams({ asOf: e.target.value, assume: assumed });
            }}
          />
        </div>
        <div className="field actions">
          <button type="button" className="secondary" onClick={() => setParams({ assume: assumed })}>
            Today
          </button>
        </div>
      </div>
      {asked !== null && validDay(asked) === null ? (
        <Notice testId="bad-date">“{asked}” is not a day (YYYY-MM-DD): showing today instead.</Notice>
      ) : null}
      {asOf > today() ? (
        <Notice testId="future-caveat">
          {formatPartialDate(asOf)} is in the future. These figures are what the graph records up to today ({formatPartialDate(today())}),
          counted as if nothing more happened: they are not a forecast.
        </Notice>
      ) : null}
      <ViewTools
        view="status"
        params={{ treaty: treatyId, asOf, assume: assumed }}
        operation={DashboardStatusDocument}
        variables={{ id: treatyId, asOf, asRecordedIn }}
        exports={[...EXPORTS.actions(treatyId), ...EXPORTS.states(treatyId)]}
      />
      <Requires fields={['Treaty.status']}>
        <Tracker
          treatyId={treatyId}
          asRecordedIn={asRecordedIn}
          asOf={asOf}
          figure={params.get('figure')}
          assume={assume}
          onAssume={(items) => setParams({ asOf: asked, assume: formatAssumptions(items) })}
        />
      </Requires>
    </section>
  );
}
