import type { ReleaseRecord } from '../../ingest/release.js';
import { latestRelease, releaseById, releasesSince, type Reads } from '../../ingest/release.cypher.js';

export type ReleaseListener = (release: ReleaseRecord) => void;

export interface ReleaseHubOptions {
  /** How old the cached latest release may be before a request triggers a refresh in the background. */
  maxAgeMs?: number;
}

/**
 * The process's view of the releases. Stamping a response with the latest release must cost ordinary
 * reads nothing, so the latest is cached: a write in this process sets it at once; writes by other
 * processes (an import from the command line, another instance) are picked up by a refresh in the
 * background at most once per maxAgeMs, which requests trigger but never wait for. Followers (feeds'
 * readers, subscriptions) are told of every new release in id order.
 */
export class ReleaseHub {
  private latestSeen: ReleaseRecord | null = null;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<ReleaseRecord | null> | undefined;
  private readonly byIdCache = new Map<number, ReleaseRecord>();
  private readonly listeners = new Set<ReleaseListener>();
  private readonly maxAgeMs: number;
  private notifying: Promise<void> = Promise.resolve();
  /** The last release followers were told of; null until the first is known (history is not replayed). */
  private toldUpTo: number | null = null;

  constructor(
    private readonly db: Reads,
    options: ReleaseHubOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 1000;
  }

  /** The latest release known, without waiting; a stale one triggers a background refresh. */
  latest(): ReleaseRecord | null {
    if (performance.now() - this.loadedAt > this.maxAgeMs) void this.refresh().catch(() => undefined);
    return this.latestSeen;
  }

  /** The latest release, read from the graph when none was loaded yet (the first request only). */
  async current(): Promise<ReleaseRecord | null> {
    if (this.loadedAt === Number.NEGATIVE_INFINITY) return this.refresh();
    return this.latest();
  }

  /** Reads the latest release; one read at a time, however many callers ask. */
  refresh(): Promise<ReleaseRecord | null> {
    this.refreshing ??= (async () => {
      try {
        const found = await latestRelease(this.db);
        this.loadedAt = performance.now();
        if (found !== null) void this.advanceTo(found);
        else this.toldUpTo ??= 0;
        return this.latestSeen;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** A release this process just recorded: the next response carries it and followers hear of it. */
  recorded(release: ReleaseRecord): void {
    this.byIdCache.set(release.id, release);
    void this.advanceTo(release);
  }

  /** A release by id; releases never change, so each is read once. */
  async byId(id: number): Promise<ReleaseRecord | null> {
    const cached = this.byIdCache.get(id);
    if (cached !== undefined) return cached;
    const found = await releaseById(this.db, id);
    if (found !== null) this.byIdCache.set(id, found);
    return found;
  }

  /** Calls the listener with every release recorded from now on; returns how to stop. */
  follow(listener: ReleaseListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get followers(): number {
    return this.listeners.size;
  }

  private advanceTo(release: ReleaseRecord): Promise<void> {
    if (release.id > (this.latestSeen?.id ?? 0)) this.latestSeen = release;
    this.notifying = this.notifying.then(() => this.notify(release)).catch(() => undefined);
    return this.notifying;
  }

  /** Tells followers of the releases after the last one told, up to this one, in id order. */
  private async notify(release: ReleaseRecord): Promise<void> {
    if (this.toldUpTo === null || this.listeners.size === 0) {
      this.toldUpTo = Math.max(this.toldUpTo ?? 0, release.id);
      return;
    }
    if (release.id <= this.toldUpTo) return;
    // Releases recorded elsewhere in between are told too, with the facts they changed.
    const next =
      release.id === this.toldUpTo + 1 && release.factIds.length > 0 ? [release] : await releasesSince(this.db, this.toldUpTo, 1000);
    for (const each of next) {
      if (each.id > release.id) break;
      this.toldUpTo = each.id;
      for (const listener of this.listeners) listener(each);
    }
  }
}
