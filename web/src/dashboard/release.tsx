import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

import { onRelease, type ReleaseStamp } from '../shared/graphql.js';

/** What the dashboard knows of the releases its answers came from. */
export interface ReleasesSeen {
  /** Each release an answer was read from, by id. */
  byId: ReadonlyMap<number, ReleaseStamp>;
  /** The newest release any answer named (as read or as the latest); null before the first answer. */
  latest: number | null;
}

const NONE: ReleasesSeen = { byId: new Map(), latest: null };

const ReleasesContext = createContext<ReleasesSeen>(NONE);

/** Collects the `extensions.release` of every answer the page receives. */
export function ReleasesProvider({ children }: { children: ReactNode }) {
  const [seen, setSeen] = useState<ReleasesSeen>(NONE);
  useEffect(
    () =>
      onRelease((stamp) =>
        setSeen((prev) => {
          const known = prev.byId.get(stamp.id);
          const latest = Math.max(prev.latest ?? 0, stamp.latest, stamp.id);
          if (known !== undefined && latest === prev.latest) return prev;
          return { byId: known === undefined ? new Map(prev.byId).set(stamp.id, stamp) : prev.byId, latest };
        }),
      ),
    [],
  );
  return <ReleasesContext.Provider value={seen}>{children}</ReleasesContext.Provider>;
}

export interface ShownRelease {
  /** The release the figures on screen were read from; undefined while unknown (or the server names none). */
  shown: ReleaseStamp | undefined;
  /** The newest release known. */
  latest: number | null;
  /** The release the link asks for, if any. */
  pinned: number | null;
}

/**
 * The release the view shows: the one the link pins when an answer was read from it, else the newest
 * any answer was read from. An answer from another release than the pinned one is never passed off as it.
 */
export function useShownRelease(pinned: number | null): ShownRelease {
  const { byId, latest } = useContext(ReleasesContext);
  if (pinned !== null) return { shown: byId.get(pinned), latest, pinned };
  const newest = Math.max(0, ...byId.keys());
  return { shown: byId.get(newest), latest, pinned };
}
