import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Express } from 'express';

export interface LocalServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

/** Serves an app on a free loopback port, for the bench's side-by-side servers. */
export async function serveLocally(app: Express): Promise<LocalServer> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
