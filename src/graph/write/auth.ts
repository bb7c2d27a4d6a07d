import type { AuthChecker } from 'type-graphql';

import type { Context } from '../context.js';
import { UnauthenticatedError } from '../errors.js';

/**
 * Guards every @Authorized() field: writes need a valid bearer token. It throws rather than returning
 * false so the error is ours (UNAUTHENTICATED with our message), and runs before argument validation,
 * so an anonymous caller learns nothing about the input.
 */
export const writeAuthChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.canWrite) throw new UnauthenticatedError();
  return true;
};
