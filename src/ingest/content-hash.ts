import { createHash } from 'node:crypto';

import neo4j from 'neo4j-driver';

import type { Props } from '../db/values.js';
import type { RelKey } from './stored.js';

/**
 * Properties that say when, by whom and in which release a fact was recorded, not what it states.
 * The content hash leaves them out, so two graphs stating the same facts hash alike however they
 * were recorded. Whether a fact is retracted, why and on what sources is content and is hashed.
 */
export const RECORD_KEEPING = new Set([
  'recordedIn',
  'recordedAt',
  'recordedBy',
  'updatedIn',
  'updatedAt',
  'updatedBy',
  'retractedIn',
  'retractedAt',
  'retractedBy',
  'writtenAt',
  'writtenBy',
  'createdAt',
  'createdBy',
]);

const MODULUS = 1n << 256n;

/** The hash of a graph with no facts. */
export const EMPTY_HASH = '0'.repeat(64);

function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') return String(value);
  return value;
}

/** The facts' content as sorted [key, value] pairs; nulls are absent, as Neo4j stores them. */
function content(props: Props): [string, unknown][] {
  return Object.keys(props)
    .filter((key) => !RECORD_KEEPING.has(key) && props[key] !== null && props[key] !== undefined)
    .sort()
    .map((key) => [key, canonical(props[key])]);
}

function digest(parts: unknown): bigint {
  return BigInt(`0x${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`);
}

/** The digest of one node: its id, labels and content. */
export function nodeDigest(id: string, labels: readonly string[], props: Props): bigint {
  return digest(['node', id, [...labels].sort(), content(props)]);
}

/** The digest of one relationship: its ends, type and content. */
export function relDigest(key: RelKey, props: Props): bigint {
  return digest(['rel', key.from, key.type, key.to, content(props)]);
}

/**
 * The graph's content hash is the sum of its facts' digests modulo 2^256, written as 64 hex digits:
 * a write updates it from the digests of the facts it changed (old ones out, new ones in), without
 * reading the rest of the graph, and it equals the hash computed over all facts afresh.
 */
export function updateHash(hash: string, removed: readonly bigint[], added: readonly bigint[]): string {
  let sum = BigInt(`0x${hash}`);
  for (const d of removed) sum -= d;
  for (const d of added) sum += d;
  sum = ((sum % MODULUS) + MODULUS) % MODULUS;
  return sum.toString(16).padStart(64, '0');
}
