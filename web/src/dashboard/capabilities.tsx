import { createContext, type ReactNode, useContext } from 'react';

import { ApiError } from '../shared/graphql.js';
import { DashboardCapabilitiesDocument } from '../generated/operations.js';
import { useQuery } from './useQuery.js';

/**
 * The fields this server's API offers, read by introspection, as "Type.field". The dashboard asks
 * for nothing else; a view whose fields are missing says so instead of failing on a validation error.
 */
export interface Capabilities {
  has(field: string): boolean;
}

const EVERYTHING: Capabilities = { has: () => true };

const CapabilitiesContext = createContext<Capabilities | undefined>(undefined);

export function CapabilitiesProvider({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(DashboardCapabilitiesDocument, {});
  if (error instanceof ApiError && error.errors.length > 0) {
    // The API answered but refused introspection (a server may turn it off): assume it has every
    // field, and let a view that asks for a missing one show the API's own error.
    return <CapabilitiesContext.Provider value={EVERYTHING}>{children}</CapabilitiesContext.Provider>;
  }
  if (error !== undefined) {
    return (
      <p role="alert" className="notice error">
        The GraphQL API did not answer: {error.message}
      </p>
    );
  }
  if (data === undefined) {
    return (
      <p role="status" className="notice">
        Connecting to the API…
      </p>
    );
  }
  const fields = new Set<string>([
    ...(data.query?.fields ?? []).map((f) => `Query.${f.name}`),
    ...(data.treaty?.fields ?? []).map((f) => `Treaty.${f.name}`),
  ]);
  return <CapabilitiesContext.Provider value={fields}>{children}</CapabilitiesContext.Provider>;
}

export function useCapabilities(): Capabilities {
  const value = useContext(CapabilitiesContext);
  if (value === undefined) throw new Error('useCapabilities outside CapabilitiesProvider');
  return value;
}

/** Renders its children only when the API has every field they query. */
export function Requires({ fields, children }: { fields: string[]; children: ReactNode }) {
  const capabilities = useCapabilities();
  const missing = fields.filter((field) => !capabilities.has(field));
  if (missing.length === 0) return <>{children}</>;
  return (
    <p role="status" className="notice">
      This view needs{' '}
      {missing.map((f, i) => (
        <span key={f}>
          {i > 0 ? ', ' : ''}
          <code>{f}</code>
        </span>
      ))}{' '}
      from the GraphQL API, which this server does not offer yet.
    </p>
  );
}
