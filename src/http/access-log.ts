import type { IncomingMessage } from 'node:http';

import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';

import type { Logger } from '../logger.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';

/** Routers rewrite req.url while they run; the line names what the client asked for. */
const pathOf = (req: IncomingMessage): string => ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0]!;

/**
 * One access-log line per request (method, URL, status, time taken), all lines of a request tagged
 * with its `requestId`: the caller's `x-request-id` when sane, else a new one, echoed in the
 * response. Handlers log through `req.log`, the request's child logger. Probes (`quiet`) are not
 * logged: an orchestrator asks every few seconds.
 */
export function accessLog(logger: Logger, quiet: readonly string[]): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // req.log then carries the id alone; the access line has the whole request.
    quietReqLogger: true,
    autoLogging: { ignore: (req) => quiet.includes(pathOf(req)) },
    customLogLevel: (_req, res, error) =>
      error !== undefined || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (req, res, responseTime) => `${req.method} ${pathOf(req)} ${res.statusCode} ${Math.round(responseTime)}ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode} failed`,
  }) as RequestHandler;
}
