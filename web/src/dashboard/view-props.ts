/** What every view of the dashboard is given: the treaty in view, its URL parameters, and a way to move. */
export interface ViewProps {
  treatyId: string;
  params: URLSearchParams;
  navigate: (view: string, params?: Record<string, string>, replace?: boolean) => void;
}
