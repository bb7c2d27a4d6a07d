import type { CountingDatabase } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Loaders } from './loaders.js';

export interface Context {
  db: CountingDatabase;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** True when the request carries a valid write token. */
  canWrite: boolean;
  /** Who writes: the fingerprint of the request's write token (never the token), or null. */
  writer: string | null;
}
