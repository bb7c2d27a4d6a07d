import type { ReactNode } from 'react';

import { formatPartialDate } from '../../shared/dates.js';
import { DashboardConflictsDocument, type DashboardConflictsQuery } from '../../generated/operations.js';
import { useQuery } from '../useQuery.js';
import { Sources } from './Feedback.js';

export type ConflictData = DashboardConflictsQuery['conflicts']['nodes'][number];

/**
 * Which recorded disagreements bear on a figure. The graph does not link a Conflict to a computed
 * figure, so a figure names the questions it answers by the words of their topics, among the conflicts
 * whose claims are about the treaty in view.
 */
export function relevantConflicts(conflicts: ConflictData[], treatyId: string, topic: RegExp): ConflictData[] {
  return conflicts.filter((c) => topic.test(c.topic) && c.claims.some((claim) => claim.about.some((a) => a.id === treatyId)));
}

export function useConflicts() {
  return useQuery(DashboardConflictsDocument, {});
}

/** "Sources disagree": every claim of each conflict with its own sources, none silently picked. */
export function ConflictsPanel({ conflicts, children }: { conflicts: ConflictData[]; children?: ReactNode }) {
  if (conflicts.length === 0) return null;
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading" data-testid="conflicts">
      <h2 id="conflicts-heading">Sources disagree</h2>
      {children}
      {conflicts.map((conflict) => (
        <details key={conflict.id} className="conflict">
          <summary>
            {conflict.topic} <span className="muted">({conflict.claims.length} claims)</span>
          </summary>
          {conflict.note !== null ? (
            <p>
              <span className="label">The researchers’ reading:</span> {conflict.note}
            </p>
          ) : null}
          <ul className="claims">
            {conflict.claims.map((claim) => (
              <li key={claim.id}>
                <q>{claim.value}</q>
                {claim.date !== null ? <span className="muted"> ({formatPartialDate(claim.date)})</span> : null}
                <Sources sources={claim.sources} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
