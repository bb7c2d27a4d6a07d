import { useEffect, useState } from 'react';

import { gql, type Operation } from '../shared/graphql.js';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * Runs an operation whenever its variables change; a newer run aborts the older one. The last answer
 * stays on screen while the next loads, but never beside an error, and a skipped query shows nothing:
 * a figure on screen always answers the question the page now asks.
 */
export function useQuery<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ data: undefined, error: undefined, loading: !skip });
  useEffect(() => {
    if (skip) {
      setState({ data: undefined, error: undefined, loading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    gql(operation, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [operation, key, skip]);
  return state;
}
