import type { RequestHandler } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';

/**
 * Everything the pages load comes from this server: scripts, styles, fonts, map data and the editor's
 * workers are bundled. The policy makes the browser refuse anything else, so a stray CDN reference
 * fails loudly here instead of silently offline. Monaco (GraphiQL's editor) injects style elements
 * and starts its workers from blob: URLs. The API's JSON answers carry the same policy: nothing there
 * is meant to run either.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
};

/** A year, as browsers' preload lists ask; only ever sent over TLS. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/**
 * Helmet's hardening headers on every answer, pages and API alike (nosniff, no referrer, no framing,
 * same-origin opener and resource policies, …), with the pages' content security policy. HSTS only
 * on requests that arrived over TLS (directly, or per X-Forwarded-Proto from a trusted proxy): over
 * plain HTTP it would mean nothing, and it is a promise about the whole host that an operator makes
 * by putting TLS in front.
 */
export function securityHeaders(): RequestHandler[] {
  const hsts = strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false });
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      // frame-ancestors 'none' says the same to current browsers; older ones read this one.
      xFrameOptions: { action: 'deny' },
      strictTransportSecurity: false,
    }),
    (req, res, next) => {
      if (req.secure) hsts(req, res, next);
      else next();
    },
  ];
}
