import { useId, useMemo } from 'react';

import { DashboardTreatiesDocument, type DashboardTreatiesQuery } from '../../generated/operations.js';
import { useQuery } from '../useQuery.js';

type Treaty = DashboardTreatiesQuery['treaties'][number];

/** Adopted conventions first (the Convention itself), then protocols, then drafts. */
const rank = (t: Treaty): number => (t.stage === 'ADOPTED' ? 0 : 2) + (t.kind === 'CONVENTION' ? 0 : 1);

export function useTreaties(): { treaties: Treaty[] | undefined; error: Error | undefined } {
  const { data, error } = useQuery(DashboardTreatiesDocument, {});
  const treaties = useMemo(
    () => (data === undefined ? undefined : [...data.treaties].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))),
    [data],
  );
  return { treaties, error };
}

export function TreatyPicker({
  value,
  treaties,
  onChange,
}: {
  value: string;
  treaties: Treaty[] | undefined;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const list = treaties ?? [];
  const chosen = list.find((t) => t.id === value);
  return (
    <div className="field treaty-picker">
      <label htmlFor={id}>Treaty</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={list.length === 0}
        aria-describedby={`${id}-title`}
      >
        {chosen === undefined ? <option value={value}>{value}</option> : null}
        {list.map((t) => (
          <option key={t.id} value={t.id}>
            {t.shortTitle}
            {t.stage === 'DRAFT' ? ' (draft, not adopted)' : ''}
          </option>
        ))}
      </select>
      <span id={`${id}-title`} className="treaty-title" data-testid="treaty-title">
        {chosen?.title ?? ''}
      </span>
    </div>
  );
}
