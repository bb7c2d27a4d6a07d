import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { GraphReadiness } from '../db/readiness.js';
import type { ReleaseHub } from '../graph/release/release.hub.js';
import { createSchema } from '../graph/schema.js';
import { createApp } from '../http/app.js';
import { Drain } from '../http/drain.js';
import type { Logger } from '../logger.js';

export interface RunningServer {
  url: string;
  port: number;
  readonly requestsInFlight: number;
  /** The process's releases: the latest, and who follows them (subscriptions). */
  readonly releases: ReleaseHub;
  /**
   * Drains: stops accepting connections, lets the requests in flight finish for up to `graceMs`
   * (TREATY_GRAPH_SHUTDOWN_GRACE_SECONDS by default), then closes every connection and stops Apollo.
   * Resolves true when every request finished in time.
   */
  close(graceMs?: number): Promise<boolean>;
}

export interface ServerOptions {
  /** Absent: the graph is taken as ready. */
  readiness?: GraphReadiness;
}

export async function startServer(config: Config, db: Database, logger: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const schema = await createSchema();
  const drain = new Drain();
  const { app, apollo, releases, subscribe } = await createApp({ config, schema, db, logger, readiness: options.readiness, drain });
  const server: Server = createServer(app);
  const subscriptions = subscribe(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<boolean> | undefined;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    get requestsInFlight() {
      return drain.requestsInFlight;
    },
    releases,
    close(graceMs = config.shutdownGraceSeconds * 1000) {
      closing ??= (async () => {
        drain.begin();
        // Subscriptions never finish by themselves: their sockets close first.
        await subscriptions.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const finished = await drain.waitIdle(graceMs);
        if (!finished) {
          logger.warn({ requestsInFlight: drain.requestsInFlight, graceMs }, 'shutdown grace period over: closing requests still running');
        }
        // Idle keep-alive sockets, and past the grace period the busy ones too.
        server.closeAllConnections();
        await closed;
        await apollo.stop();
        return finished;
      })();
      return closing;
    },
  };
}
