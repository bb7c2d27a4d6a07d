import { useEffect, useId, useMemo, useState } from 'react';

import { useQuery } from '../useQuery.js';
import { TREATIES } from '../queries.js';

export const DEFAULT_TREATY = 'treaty:un-cybercrime-convention';
const STORAGE_KEY = 'treaty-graph.treaty';

interface TreatiesResult {
  treaties: { id: string; shortTitle: string; stage: 'ADOPTED' | 'DRAFT' }[];
}

/** The treaty every view is about, remembered between visits. */
export function useTreatyChoice(): [string | undefined, (id: string) => void] {
  const [treatyId, setTreatyId] = useState<string>(() => window.localStorage.getItem(STORAGE_KEY) ?? DEFAULT_TREATY);
  const choose = (id: string) => {
    window.localStorage.setItem(STORAGE_KEY, id);
    setTreatyId(id);
  };
  return [treatyId, choose];
}

export function TreatyPicker({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const id = useId();
  const { data } = useQuery<TreatiesResult>(TREATIES, {});
  const treaties = useMemo(() => data?.treaties ?? [], [data]);
  useEffect(() => {
    // A remembered treaty that is no longer in the graph falls back to the first one.
    if (treaties.length > 0 && !treaties.some((t) => t.id === value)) onChange(treaties[0]!.id);
  }, [treaties, value, onChange]);
  return (
    <div className="field treaty-picker">
      <label htmlFor={id}>Treaty</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={treaties.length === 0}>
        {treaties.length === 0 && value !== undefined ? <option value={value}>{value}</option> : null}
        {treaties.map((t) => (
          <option key={t.id} value={t.id}>
            {t.shortTitle}
            {t.stage === 'DRAFT' ? ' (draft)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
