import { useId } from 'react';

import { formatPartialDate, type PartialDate, today } from '../../shared/dates.js';
import { regionalGroupName } from '../../../../src/model/participant.js';
import type { ViewProps } from '../view-props.js';
import { Requires } from '../capabilities.js';
import { type Column, DataTable } from '../components/DataTable.js';
import { Feedback } from '../components/Feedback.js';
import { useQuery } from '../useQuery.js';
import { STATUS } from '../queries.js';

interface Instrument {
  kind: string;
  date: PartialDate | null;
  participant: { id: string; name: string; regionalGroup: string | null };
}

interface TreatyStatus {
  asOf: string;
  adopted: boolean;
  signatoryCount: number;
  partyCount: number;
  instrumentsCounted: number;
  instrumentsRequired: number | null;
  instrumentsNeeded: number | null;
  inForce: boolean;
  projected: boolean;
  entryIntoForceDate: string | null;
  triggeringInstrument: Instrument | null;
  signatories: Instrument[];
  parties: Instrument[];
  undatedSignatures: Instrument[];
}

interface StatusResult {
  treaty: {
    id: string;
    shortTitle: string;
    entryIntoForceRule: { article: string; instrumentsRequired: number; daysAfterThreshold: number; text: string } | null;
    status: TreatyStatus;
  };
}

interface Figure {
  label: string;
  value: string | number;
}

const FIGURES: Column<Figure>[] = [
  { header: 'Figure', value: (f) => f.label },
  { header: 'Value', value: (f) => f.value, numeric: true },
];

interface ParticipantRow {
  participant: Instrument['participant'];
  signed: Instrument | undefined;
  consent: Instrument | undefined;
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
  { header: 'Instrument of consent', value: (r) => r.consent?.kind ?? '' },
  {
    header: 'Deposited',
    value: (r) => r.consent?.date?.value ?? '',
    render: (r) => (r.consent === undefined ? '' : formatPartialDate(r.consent.date)),
  },
];

function participantRows(status: TreatyStatus): ParticipantRow[] {
  const rows = new Map<string, ParticipantRow>();
  const row = (i: Instrument) => {
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

function Tracker({ treatyId, asOf }: { treatyId: string; asOf: string }) {
  const { data, error, loading } = useQuery<StatusResult>(STATUS, { id: treatyId, asOf });
  const treaty = data?.treaty;
  const status = treaty?.status;
  if (treaty === undefined || status === undefined) return <Feedback loading={loading} error={error} />;
  const required = status.instrumentsRequired;
  const trigger = status.triggeringInstrument;
  const figures: Figure[] = [
    { label: 'Signatories', value: status.signatoryCount },
    { label: 'Signatures with no date in the sources', value: status.undatedSignatures.length },
    { label: 'Parties', value: status.partyCount },
    { label: 'Instruments counted for entry into force', value: status.instrumentsCounted },
    { label: 'Instruments required', value: required ?? '' },
    { label: 'Instruments still needed', value: status.instrumentsNeeded ?? '' },
    { label: 'In force', value: status.inForce ? 'yes' : 'no' },
    { label: 'Entry into force', value: status.entryIntoForceDate ?? '' },
  ];
  return (
    <>
      <Feedback loading={loading} error={error}>
        Status as of {formatPartialDate(status.asOf)}
      </Feedback>
      <dl className="cards" data-testid="status-cards">
        <div className="card">
          <dt>Signatories</dt>
          <dd>
            <span data-testid="signatories">{status.signatoryCount}</span>
            {status.undatedSignatures.length > 0 ? (
              <span className="muted small">and {status.undatedSignatures.length} whose signature no source dates</span>
            ) : null}
          </dd>
        </div>
        <div className="card">
          <dt>Parties</dt>
          <dd data-testid="parties">{status.partyCount}</dd>
        </div>
        <div className="card wide">
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
          </dd>
        </div>
        <div className="card wide">
          <dt>Entry into force</dt>
          <dd data-testid="entry-into-force" className="smaller">
            {entryIntoForceLine(status)}
            {trigger !== null ? (
              <span className="muted small">
                triggered by {trigger.participant.name}, {formatPartialDate(trigger.date)}
              </span>
            ) : null}
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
        </details>
      ) : null}
      <div className="two-columns">
        <DataTable
          caption={`Figures as of ${status.asOf}`}
          columns={FIGURES}
          rows={figures}
          fileName={`status-${status.asOf}`}
          rowKey={(f) => f.label}
        />
        <DataTable
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

export default function StatusView({ treatyId, params, navigate }: ViewProps) {
  const id = useId();
  const asOf = params.get('asOf') ?? today();
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
              if (e.target.value !== '') navigate('status', { asOf: e.target.value }, true);
            }}
          />
        </div>
        <div className="field actions">
          <button type="button" className="secondary" onClick={() => navigate('status', {}, true)}>
            Today
          </button>
        </div>
      </div>
      <Requires fields={['Treaty.status']}>
        <Tracker treatyId={treatyId} asOf={asOf} />
      </Requires>
    </section>
  );
}
