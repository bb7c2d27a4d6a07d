import { useId, useMemo, useState } from 'react';

import { formatPartialDate, validDay } from '../../shared/dates.js';
import { ParticipantKind } from '../../../../src/model/participant.js';
import { CONSENT_KINDS, TreatyActionKind } from '../../../../src/model/treaty-action.js';
import { DashboardWhatIfDocument, type DashboardWhatIfQuery, type InstrumentFragment } from '../../generated/operations.js';
import { Feedback, Notice } from '../components/Feedback.js';
import { explorerHref } from '../components/ViewTools.js';
import type { Assumption } from '../assumptions.js';
import { useQuery } from '../useQuery.js';
import { type Participant, useAllStates } from '../useStates.js';
import { actionWord } from '../words.js';

/** What a participant would usually deposit: ratification after a signature, accession without one; the EU approves. */
function usualKind(participant: Participant | undefined, signed: boolean): TreatyActionKind {
  if (participant?.kind === ParticipantKind.REIO) return TreatyActionKind.APPROVAL;
  return signed ? TreatyActionKind.RATIFICATION : TreatyActionKind.ACCESSION;
}

type Projection = DashboardWhatIfQuery['treaty']['status'];

/**
 * Why the rule leaves an assumption out, by its index in the list. Every other assumed instrument
 * counts: the API counts assumed ones at any date, though it lists as counted only those on or before asOf.
 */
function leftOut(status: Projection | undefined): Map<number, string> {
  const byRow = new Map<number, string>();
  for (const n of status?.instrumentsNotCounted ?? []) {
    if (n.instrument.assumption !== null) byRow.set(n.instrument.assumption, n.explanation);
  }
  return byRow;
}

function projectionLine(status: Projection): string {
  if (status.entryIntoForceDate === null) {
    const needed = status.instrumentsNeeded;
    return needed === null ? 'No entry-into-force rule is known' : `Not yet: ${needed} more instrument${needed === 1 ? '' : 's'} needed`;
  }
  if (!status.projected) return `The recorded instruments alone decide it: in force from ${formatPartialDate(status.entryIntoForceDate)}`;
  return `Would enter into force on ${formatPartialDate(status.entryIntoForceDate)}`;
}

function Trigger({ trigger }: { trigger: InstrumentFragment & { hypothetical: boolean } }) {
  return (
    <span className="muted small" data-testid="what-if-trigger" data-participant={trigger.participant.id}>
      triggered by the {actionWord(trigger.kind)} of {trigger.participant.name}, deposited {formatPartialDate(trigger.date)} (
      {trigger.hypothetical ? 'assumed' : 'recorded'})
    </span>
  );
}

/**
 * What if these States deposited on these days? The entry-into-force view's what-if: the API's
 * `status(assume: …)` applies the treaty's rule (one instrument per participant, an REIO's not in
 * addition to its members' where the rule says so) to the recorded instruments and the assumed ones.
 * Nothing is written; the assumptions live in the URL.
 */
export function WhatIfPanel({
  treatyId,
  asRecordedIn,
  asOf,
  recorded,
  assumptions,
  unreadable,
  onChange,
}: {
  treatyId: string;
  /** The release a cited link pins the view to: the recorded instruments are those it had. */
  asRecordedIn: number | null;
  asOf: string;
  /** The recorded signatories and parties on asOf, from the view's own status. */
  recorded: { signatories: InstrumentFragment[]; undatedSignatures: InstrumentFragment[]; parties: InstrumentFragment[] };
  assumptions: Assumption[];
  unreadable: number;
  onChange: (items: Assumption[]) => void;
}) {
  const ids = { participant: useId(), kind: useId(), date: useId() };
  const [open, setOpen] = useState(assumptions.length > 0);
  const { states, error: statesError } = useAllStates(asRecordedIn, !open);
  const [draft, setDraft] = useState<{ participant: string; kind: TreatyActionKind | ''; date: string }>({
    participant: '',
    kind: '',
    date: asOf,
  });

  const signed = useMemo(
    () => new Set([...recorded.signatories, ...recorded.undatedSignatures].map((i) => i.participant.id)),
    [recorded.signatories, recorded.undatedSignatures],
  );
  const parties = useMemo(() => new Set(recorded.parties.map((i) => i.participant.id)), [recorded.parties]);
  const byId = useMemo(() => new Map((states ?? []).map((s) => [s.id, s])), [states]);
  const nameOf = (id: string): string =>
    byId.get(id)?.name ??
    [...recorded.signatories, ...recorded.undatedSignatures].find((i) => i.participant.id === id)?.participant.name ??
    id;
  const assumed = new Set(assumptions.map((a) => a.participant));
  const addable = (states ?? []).filter((s) => !assumed.has(s.id) && !parties.has(s.id)).sort((a, b) => a.name.localeCompare(b.name));
  const unassumedSignatories = [...recorded.signatories, ...recorded.undatedSignatures]
    .map((i) => i.participant)
    .filter((p) => !parties.has(p.id) && !assumed.has(p.id));
  const draftDate = validDay(draft.date);

  const variables = { id: treatyId, asOf, assume: assumptions, asRecordedIn };
  const projection = useQuery(DashboardWhatIfDocument, variables, assumptions.length === 0);
  const status = projection.data?.treaty.status;
  const excluded = leftOut(status);
  const recordedCounted = status?.countedInstruments.filter((i) => !i.hypothetical).length ?? 0;
  const assumedCounted = assumptions.length - excluded.size;

  const add = () => {
    if (draft.participant === '' || draftDate === null) return;
    const kind = draft.kind === '' ? usualKind(byId.get(draft.participant), signed.has(draft.participant)) : draft.kind;
    onChange([...assumptions, { participant: draft.participant, kind, date: draftDate }]);
    setDraft({ ...draft, participant: '', kind: '' });
  };
  const addSignatories = () => {
    if (draftDate === null) return;
    const added = unassumedSignatories.map((p) => ({
      participant: p.id,
      kind: draft.kind === '' ? usualKind(byId.get(p.id), true) : draft.kind,
      date: draftDate,
    }));
    onChange([...assumptions, ...added]);
  };
  const change = (index: number, next: Partial<Assumption>) => onChange(assumptions.map((a, i) => (i === index ? { ...a, ...next } : a)));

  return (
    <details className="what-if panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="what-if">
      <summary>
        <h2>What if…? Project the entry into force</h2>
      </summary>
      {open ? (
        <>
          <p className="small">
            Choose States (or the EU) and the days they would deposit an instrument of consent. The API counts them with the instruments
            recorded up to {formatPartialDate(asOf)} under the treaty’s own rule
            {status?.rule !== null && status?.rule !== undefined ? ` (article ${status.rule.article})` : ''}: one instrument per
            participant, and an instrument of a regional economic integration organization such as the EU not in addition to its member
            States’ where the rule says so. This is a projection: nothing is written to the graph.
          </p>
          {unreadable > 0 ? (
            <Notice testId="what-if-unreadable">
              {unreadable} assumption{unreadable === 1 ? '' : 's'} in this link could not be read (participant.KIND.YYYY-MM-DD) and{' '}
              {unreadable === 1 ? 'is' : 'are'} left out.
            </Notice>
          ) : null}
          {statesError !== undefined ? <Feedback loading={false} error={statesError} /> : null}
          <form
            className="filters"
            aria-label="Assume an instrument"
            onSubmit={(e) => {
              e.preventDefault();
              add();
            }}
          >
            <div className="field">
              <label htmlFor={ids.participant}>State or the EU</label>
              <select
                id={ids.participant}
                value={draft.participant}
                onChange={(e) => setDraft({ ...draft, participant: e.target.value })}
                disabled={states === undefined}
              >
                <option value="">{states === undefined ? 'Loading the States…' : 'Choose…'}</option>
                {addable.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                    {signed.has(s.id) ? ' (signatory)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.kind}>Instrument</label>
              <select
                id={ids.kind}
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.target.value as TreatyActionKind | '' })}
              >
                <option value="">Usual: ratification after signature, else accession</option>
                {CONSENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {actionWord(k)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.date}>Date of deposit</label>
              <input id={ids.date} type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
            </div>
            <div className="field actions">
              <button type="submit" disabled={draft.participant === '' || draftDate === null}>
                Add
              </button>
              <button
                type="button"
                className="secondary"
                onClick={addSignatories}
                disabled={draftDate === null || unassumedSignatories.length === 0}
              >
                Add the {unassumedSignatories.length} signatories not yet parties
              </button>
              <button type="button" className="secondary" onClick={() => onChange([])} disabled={assumptions.length === 0}>
                Clear
              </button>
            </div>
          </form>

          {assumptions.length === 0 ? (
            <p className="muted">No instrument assumed yet: add one above.</p>
          ) : (
            <>
              {/* The last projection stays on screen while the next loads: busy says it is not yet the answer to the list below. */}
              <dl className="cards" data-testid="what-if-result" aria-busy={projection.loading}>
                <div className="card wide">
                  <dt>Projected entry into force</dt>
                  <dd className="smaller">
                    <Feedback loading={projection.loading && status === undefined} error={projection.error}>
                      {status !== undefined ? (
                        <span data-testid="what-if-date">
                          {status.entryIntoForceDate !== null ? (
                            <time dateTime={status.entryIntoForceDate}>{projectionLine(status)}</time>
                          ) : (
                            projectionLine(status)
                          )}
                        </span>
                      ) : null}
                    </Feedback>
                    {status?.triggeringInstrument !== null && status?.triggeringInstrument !== undefined ? (
                      <Trigger trigger={status.triggeringInstrument} />
                    ) : null}
                  </dd>
                </div>
                {status !== undefined ? (
                  <div className="card">
                    <dt>Instruments counted / required</dt>
                    <dd>
                      <span data-testid="what-if-counted">
                        {recordedCounted + assumedCounted} / {status.instrumentsRequired ?? '?'}
                      </span>
                      <span className="muted small">
                        {recordedCounted} recorded by {formatPartialDate(asOf)}, {assumedCounted} assumed
                      </span>
                    </dd>
                  </div>
                ) : null}
              </dl>
              <div className="table-scroll">
                <table data-testid="what-if-assumptions">
                  <caption>
                    {assumptions.length} instrument{assumptions.length === 1 ? '' : 's'} assumed
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Participant</th>
                      <th scope="col">Instrument</th>
                      <th scope="col">Deposited on</th>
                      <th scope="col">Under the rule</th>
                      <th scope="col">
                        <span className="visually-hidden">Remove</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {assumptions.map((a, index) => {
                      const reason = excluded.get(index);
                      const name = nameOf(a.participant);
                      const triggers = status?.triggeringInstrument?.assumption === index;
                      return (
                        <tr key={`${a.participant}-${index}`} data-participant={a.participant}>
                          <th scope="row">{name}</th>
                          <td>
                            <select
                              aria-label={`Instrument of ${name}`}
                              value={a.kind}
                              onChange={(e) => change(index, { kind: e.target.value as TreatyActionKind })}
                            >
                              {CONSENT_KINDS.map((k) => (
                                <option key={k} value={k}>
                                  {actionWord(k)}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <input
                              type="date"
                              aria-label={`Date of deposit of ${name}`}
                              value={a.date}
                              onChange={(e) => {
                                const day = validDay(e.target.value);
                                if (day !== null) change(index, { date: day });
                              }}
                            />
                          </td>
                          <td className="small" data-testid="what-if-verdict">
                            {status === undefined
                              ? ''
                              : reason !== undefined
                                ? `not counted: ${reason}`
                                : `counts${triggers ? ': triggers entry into force' : ''}`}
                          </td>
                          <td>
                            <button
                              type="button"
                              className="secondary small"
                              aria-label={`Remove ${name}`}
                              onClick={() => onChange(assumptions.filter((_, i) => i !== index))}
                            >
                              Remove
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p className="small">
                <a href={explorerHref(DashboardWhatIfDocument, variables)}>Open this projection in the explorer</a>
              </p>
            </>
          )}
        </>
      ) : null}
    </details>
  );
}
