import { createHash, timingSafeEqual } from 'node:crypto';

/** Hashing first gives equal-length buffers, so the comparison takes the same time for any token. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** True when the Authorization header carries one of the write tokens. */
export function hasWriteToken(authorization: string | undefined, tokens: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match === null) return false;
  const presented = digest(match[1]!);
  let found = false;
  for (const token of tokens) {
    // Every token is compared, so timing does not reveal which one matched.
    found = timingSafeEqual(presented, digest(token)) || found;
  }
  return found;
}
