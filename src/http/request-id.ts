import { randomUUID } from 'node:crypto';

/**
 * A caller's id is kept when it could be one (a UUID, a trace or proxy id): letters, digits and
 * `._:-`, at most 128 characters. Anything else (empty, a list, control characters, a novel) is
 * replaced, so a client cannot forge log lines or grow them without bound.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
