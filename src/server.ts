import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { createSchema } from './graph/schema.js';
import { createApp } from './http/app.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting requests, lets those in flight finish, then stops Apollo. */
  close(): Promise<void>;
}

export async function startServer(config: Config, db: Database, logger: Logger): Promise<RunningServer> {
  const schema = await createSchema();
  const { app, apollo } = await createApp({ config, schema, db, logger });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
