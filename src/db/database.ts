import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

import type { Logger } from '../logger.js';

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** Server-side limit for one Cypher transaction. */
  transactionTimeoutMs: number;
  logger: Logger;
}

export type Params = Record<string, unknown>;

/**
 * The one door to Neo4j. Reads and writes go through managed transactions with the matching access
 * mode, so a cluster routes reads to followers and writes to the leader; executeQuery's bookmark
 * manager gives read-your-writes across a cluster without any state in the API process.
 */
export class Database {
  private constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  static connect(options: DatabaseOptions): Database {
    // The embedded Neo4j runs without auth; the driver then accepts any basic credentials.
    const auth = neo4j.auth.basic(options.username, options.password);
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxConnectionPoolSize: 50,
      // The driver retries a failed transaction while Neo4j restarts; the default 30 s would hold every
      // request that long in an outage. A few seconds ride out a blip, then the client hears
      // SERVICE_UNAVAILABLE and may retry itself.
      maxTransactionRetryTime: 3_000,
      // The driver tells of each connection it loses, some messages with a whole stack trace: at debug
      // level, one line each. Outages are logged once by the supervisor (src/service/supervisor.ts),
      // failed queries by the GraphQL error formatter.
      logging: {
        level: 'warn',
        logger: (level, message) => options.logger.debug({ neo4j: withoutStack(message), driverLevel: level }),
      },
    });
    return new Database(driver, options);
  }

  /** Fails fast with the driver's reason when Neo4j cannot be reached. */
  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  /** `logger`: whose debug line names the Cypher (a request's, so the line carries its id). */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}, logger = this.options.logger): Promise<T[]> {
    return this.run<T>('READ', cypher, params, logger);
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}, logger = this.options.logger): Promise<T[]> {
    return this.run<T>('WRITE', cypher, params, logger);
  }

  /**
   * Several statements in one write transaction: all of them or none. Bulk loads pass a longer
   * timeout than the per-request one, which guards the API against runaway queries.
   */
  async writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs = this.options.transactionTimeoutMs): Promise<R> {
    // The bookmark manager executeQuery reads with: without it, a read after this write could be routed
    // to a follower that has not applied it yet, even within the same request.
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params, logger: Logger): Promise<T[]> {
    logger.debug({ cypher, mode }, 'cypher');
    const result = await this.driver.executeQuery(cypher, withNulls(params), {
      database: this.options.database,
      routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      transactionConfig: { timeout: this.options.transactionTimeoutMs },
    });
    return result.records.map((record) => record.toObject() as T);
  }
}

function withoutStack(message: string): string {
  return message.split(/\. Stacktrace: |\n/)[0]!.trim();
}

/** GraphQL leaves absent optional arguments undefined; Cypher must see them as null, not missing. */
function withNulls(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value === undefined ? null : value]));
}

/** Told of every round trip as it ends: its access mode and how long it took, failed or not. */
export type RoundTripObserver = (mode: 'read' | 'write', seconds: number) => void;

export interface CountingOptions {
  /** Times each round trip (the metrics). */
  observe?: RoundTripObserver;
  /** The request's logger, for the Cypher debug lines. */
  logger?: Logger;
}

/**
 * A per-request view of the database that counts Cypher round trips, so tests and benchmarks can
 * check that an operation's cost depends on its shape and not on the size of its lists, and times
 * them for whoever observes (the metrics).
 */
export class CountingDatabase {
  roundTrips = 0;

  constructor(
    private readonly db: Database,
    private readonly options: CountingOptions = {},
  ) {}

  read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.roundTrip('read', () => this.db.read<T>(cypher, params, this.options.logger));
  }

  write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.roundTrip('write', () => this.db.write<T>(cypher, params, this.options.logger));
  }

  writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return this.roundTrip('write', () => this.db.writeTransaction(work));
  }

  private async roundTrip<R>(mode: 'read' | 'write', send: () => Promise<R>): Promise<R> {
    this.roundTrips += 1;
    const observe = this.options.observe;
    if (observe === undefined) return send();
    const started = performance.now();
    try {
      return await send();
    } finally {
      observe(mode, (performance.now() - started) / 1000);
    }
  }
}

export type Queryable = Pick<CountingDatabase, 'read' | 'write' | 'writeTransaction'>;
