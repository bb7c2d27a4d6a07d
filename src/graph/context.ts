import type { CountingDatabase } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Loaders } from './loaders.js';
import type { ReleaseHub } from './release/release.hub.js';

export interface Context {
  db: CountingDatabase;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** True when the request carries a valid write token. */
  canWrite: boolean;
  /** Who writes: the fingerprint of the request's write token (never the token), or null. */
  writer: string | null;
  /** The process's releases: the latest, by id, and who follows them. */
  releases: ReleaseHub;
  /** The release a field was asked for (asRecordedIn), set when one is: the response says it answered from it. */
  answeredFrom?: number;
}
