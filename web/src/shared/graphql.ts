import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** Where the server answers GraphQL: the same origin that served the page. */
export const GRAPHQL_PATH = '/graphql';

/** An operation typed by GraphQL Code Generator (web/src/generated/operations.ts), sent as its text. */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}

/** An error the API answered with, or a failure to reach it. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorPayload[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The API's code for the first error (NOT_FOUND, BAD_USER_INPUT…), if it gave one. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * The data release an answer was read from, as every response of the API states it in
 * `extensions.release`: its id, time and content hash, the newest release, and whether the graph has
 * moved on since.
 */
export interface ReleaseStamp {
  id: number;
  at: string;
  hash: string;
  latest: number;
  movedOn: boolean;
}

type ReleaseListener = (stamp: ReleaseStamp) => void;
const releaseListeners = new Set<ReleaseListener>();

/** Calls `listener` with the release of every answer from now on; returns the way to stop. */
export function onRelease(listener: ReleaseListener): () => void {
  releaseListeners.add(listener);
  return () => releaseListeners.delete(listener);
}

function releaseOf(extensions: unknown): ReleaseStamp | undefined {
  const release = (extensions as { release?: Partial<ReleaseStamp> } | undefined)?.release;
  if (release === undefined || typeof release.id !== 'number' || typeof release.at !== 'string' || typeof release.hash !== 'string') {
    return undefined;
  }
  const latest = typeof release.latest === 'number' ? release.latest : release.id;
  return { id: release.id, at: release.at, hash: release.hash, latest, movedOn: release.movedOn ?? latest > release.id };
}

/**
 * Sends one operation to the public API, as any client would. The dashboard uses nothing else: what it
 * shows, a researcher can query too.
 */
export async function gql<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: operation.toString(), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`The API could not be reached: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: GraphQLErrorPayload[]; extensions?: unknown };
  const release = releaseOf(body.extensions);
  if (release !== undefined && signal?.aborted !== true) releaseListeners.forEach((listener) => listener(release));
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors);
  }
  if (!response.ok || body.data === undefined) throw new ApiError(`The API answered ${response.status}`);
  return body.data;
}

export interface Page<Item> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Item[];
}

/**
 * Every item of a paginated list, page after page, up to `max` items: the total is reported so that a
 * caller can say "first N of M" when the list is longer than it is willing to fetch.
 */
export async function allPages<TResult, TVariables extends { after?: string | null }, Item>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  pageOf: (result: TResult) => Page<Item>,
  { max = 5000, signal, start }: { max?: number; signal?: AbortSignal; start?: { items: Item[]; after: string | null } } = {},
): Promise<{ items: Item[]; total: number }> {
  const items: Item[] = [...(start?.items ?? [])];
  let after: string | null = start?.after ?? null;
  let total = items.length;
  if (start !== undefined && after === null) return { items, total };
  do {
    const page = pageOf(await gql(operation, { ...variables, after }, signal));
    items.push(...page.nodes);
    total = page.totalCount ?? items.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null && items.length < max);
  return { items: items.slice(0, max), total: Math.max(total, items.length) };
}
