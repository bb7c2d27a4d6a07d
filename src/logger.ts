import { pino, type DestinationStream, type Logger } from 'pino';

import type { LogLevel } from './config.js';

export type { Logger };

/**
 * One JSON line per event on stdout (or `destination`). Access logs carry request headers: write
 * tokens and cookies never reach a log.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    name: 'treaty-graph',
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
