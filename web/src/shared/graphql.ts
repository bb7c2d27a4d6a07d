/** Where the server answers GraphQL: the same origin that served the page. */
export const GRAPHQL_PATH = '/graphql';

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
}

/**
 * Sends one operation to the public API, as any client would. The dashboard uses nothing else: what it
 * shows, a researcher can query too.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`The API could not be reached: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorPayload[] };
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors);
  }
  if (!response.ok || body.data === undefined) throw new ApiError(`The API answered ${response.status}`);
  return body.data;
}
