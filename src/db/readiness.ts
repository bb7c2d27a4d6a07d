/**
 * Whether the graph may be queried, in two parts: the graph was prepared (Neo4j reached, migrated
 * and seeded once), and no outage is known now (the embedded Neo4j's supervisor reports one while
 * it restarts the process). The reason is for /readyz, which anyone can read: a few fixed words,
 * never a driver's message, a host or a port (those go to the log).
 */
export class GraphReadiness {
  private prepared: boolean;
  private outage: string | undefined;
  private waiting: string;

  constructor(ready = false) {
    this.prepared = ready;
    this.waiting = 'connecting to Neo4j';
  }

  get ready(): boolean {
    return this.prepared && this.outage === undefined;
  }

  /** Why the graph is not ready; empty when it is. */
  get reason(): string {
    if (this.outage !== undefined) return this.outage;
    return this.prepared ? '' : this.waiting;
  }

  /** Migrated and seeded: ready unless an outage is known. */
  markPrepared(): void {
    this.prepared = true;
  }

  /** Not prepared yet, and why in a few words (e.g. "Neo4j unreachable"). */
  markWaiting(reason: string): void {
    this.waiting = reason;
  }

  markDown(reason: string): void {
    this.outage = reason;
  }

  markUp(): void {
    this.outage = undefined;
  }
}
