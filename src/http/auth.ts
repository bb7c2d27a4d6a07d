import { createHash, timingSafeEqual } from 'node:crypto';

/** Hashing first gives equal-length buffers, so the comparison takes the same time for any token. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Who wrote a fact, without keeping a secret: the first 8 hex digits of the token's SHA-256. Tokens
 * are anonymous, so this fingerprint is the stable name an operator can map back to whom they gave
 * the token, and it reveals nothing usable about the token itself.
 */
export function tokenFingerprint(token: string): string {
  return `token:${digest(token).toString('hex').slice(0, 8)}`;
}

/** The fingerprint of the write token the Authorization header carries, or null when it carries none. */
export function writerOf(authorization: string | undefined, tokens: readonly string[]): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match === null) return null;
  const presented = digest(match[1]!);
  let found: string | null = null;
  for (const token of tokens) {
    // Every token is compared, so timing does not reveal which one matched.
    if (timingSafeEqual(presented, digest(token))) found = token;
  }
  return found === null ? null : tokenFingerprint(found);
}

/** The write rights of a request, for its GraphQL context. */
export function authenticate(authorization: string | undefined, tokens: readonly string[]): { canWrite: boolean; writer: string | null } {
  const writer = writerOf(authorization, tokens);
  return { canWrite: writer !== null, writer };
}
