import type { Navigate, Params } from './router.js';

/** What every view of the dashboard is given: the treaty in view, its URL parameters, and a way to move. */
export interface ViewProps {
  treatyId: string;
  /** The data release a cited link pins the view to, to pass as `asRecordedIn`; null for the graph as it is now. */
  asRecordedIn: number | null;
  params: URLSearchParams;
  /** Moves within the view or to another, keeping the treaty in the URL. */
  navigate: Navigate;
  /** Replaces this view's parameters in the URL (the treaty is kept). */
  setParams: (params: Params) => void;
}
