import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from '../graph/context.js';
import type { ReleaseHub } from '../graph/release/release.hub.js';

/** What every response says of the data it was answered from. */
export interface ReleaseExtension {
  /** The release the answer was read from: the one asked for (asRecordedIn), else the latest. */
  id: number;
  at: string;
  hash: string;
  /** The newest release. */
  latest: number;
  /** True when releases newer than `id` exist: the graph has moved on since. */
  movedOn: boolean;
}

/**
 * Stamps `extensions.release` on every response. The latest release comes from the hub's cache (no
 * read on ordinary requests); only a request that asked for a past release looks that one up, and
 * releases never change, so each is read once per process.
 */
export function releasePlugin(hub: ReleaseHub): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const latest = hub.latest() ?? (await hub.current().catch(() => null));
          if (latest === null) return;
          const asked = contextValue.answeredFrom === undefined ? null : await hub.byId(contextValue.answeredFrom).catch(() => null);
          const from = asked ?? latest;
          const release: ReleaseExtension = {
            id: from.id,
            at: from.at,
            hash: from.hash,
            latest: Math.max(latest.id, from.id),
            movedOn: latest.id > from.id,
          };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, release };
        },
      };
    },
  };
}
