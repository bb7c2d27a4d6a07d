/**
 * Whether the graph may be queried: false until Neo4j has been reached, migrated and seeded once.
 * Later outages are not tracked here: the driver reconnects by itself, and each query that meets
 * an outage answers SERVICE_UNAVAILABLE on its own.
 */
export class GraphReadiness {
  ready: boolean;
  /** Why the graph is not ready, for /readyz. */
  reason: string;

  constructor(ready = false) {
    this.ready = ready;
    this.reason = ready ? '' : 'connecting to Neo4j';
  }
}
