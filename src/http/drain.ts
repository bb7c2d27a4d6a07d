import type { RequestHandler, Response } from 'express';

/**
 * Tracks the requests in flight so shutdown can wait for them. Once draining, every response asks
 * its client to close the connection, so keep-alive sockets end with the request they carry.
 */
export class Drain {
  draining = false;
  private readonly inFlight = new Set<Response>();
  private onIdle: (() => void) | undefined;

  readonly middleware: RequestHandler = (_req, res, next) => {
    if (this.draining) res.setHeader('connection', 'close');
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.inFlight.size === 0) this.onIdle?.();
    });
    next();
  };

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  begin(): void {
    this.draining = true;
    for (const res of this.inFlight) {
      if (!res.headersSent) res.setHeader('connection', 'close');
    }
  }

  /** True once no request is in flight; false if the grace period ran out first. */
  waitIdle(graceMs: number): Promise<boolean> {
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.onIdle = undefined;
        resolve(false);
      }, graceMs);
      this.onIdle = () => {
        clearTimeout(timer);
        this.onIdle = undefined;
        resolve(true);
      };
    });
  }
}
