import neo4j, { type Driver } from 'neo4j-driver';

export interface ProbeOptions {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** How long one probe may take before it counts as no answer. */
  timeoutMs: number;
}

export interface Neo4jProbe {
  /** Resolves when Neo4j answers a trivial query within the timeout; rejects otherwise. */
  check(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A liveness check on a driver of its own, with one connection: the service's pool can be busy for
 * seconds under load (every connection lent to a request), which says nothing about whether Neo4j
 * is alive. Its own short timeouts tell a JVM that stopped answering from one that is busy.
 */
export function neo4jProbe(options: ProbeOptions): Neo4jProbe {
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
    maxConnectionPoolSize: 1,
    connectionTimeout: options.timeoutMs,
    connectionAcquisitionTimeout: options.timeoutMs,
    maxTransactionRetryTime: 0,
    // The supervisor reports outages in one line each; the driver's own account would repeat them.
    logging: { level: 'error', logger: () => {} },
  });
  return {
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
      });
      try {
        await Promise.race([driver.executeQuery('RETURN 1', {}, { database: options.database }), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => driver.close(),
  };
}
