import type { RequestHandler } from 'express';

/**
 * A person who opens /graphql in a browser wants to explore the API, not to read a CSRF refusal:
 * a GET that prefers HTML goes to GraphiQL. Clients (curl sends `*\/*`, fetch asks for JSON) are
 * left to Apollo.
 */
export const explorerRedirect: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
    res.redirect(303, '/explorer');
    return;
  }
  next();
};
