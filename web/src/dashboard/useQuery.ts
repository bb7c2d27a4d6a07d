import { useEffect, useState } from 'react';

import { gql } from '../shared/graphql.js';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * Runs an operation whenever its variables change; a newer run aborts the older one, and the last
 * answer stays on screen while the next loads.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: !skip });
  useEffect(() => {
    if (skip) {
      setState((s) => ({ ...s, loading: false }));
      return undefined;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    gql<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [query, key, skip]);
  return state;
}
