import { useEffect, useState } from 'react';

import { allPages } from '../shared/graphql.js';
import { DashboardStatesDocument, type DashboardStatesQuery } from '../generated/operations.js';

export type Participant = DashboardStatesQuery['states']['nodes'][number];

/**
 * Every participant, page after page (about two hundred), as recorded in a release when one is given;
 * nothing is asked while `skip` holds.
 */
export function useAllStates(asRecordedIn: number | null, skip = false): { states: Participant[] | undefined; error: Error | undefined } {
  const [states, setStates] = useState<Participant[]>();
  const [error, setError] = useState<Error>();
  const wanted = !skip;
  useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    allPages(DashboardStatesDocument, { after: null, asRecordedIn }, (r) => r.states).then(
      ({ items }) => current && setStates(items),
      (e: Error) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [wanted, asRecordedIn]);
  return { states, error };
}
