import { num } from '../../db/values.js';
import type { Context } from '../context.js';
import { BadInputError } from '../errors.js';

export const AS_RECORDED_DESCRIPTION =
  'Answer from the graph as recorded in this release (an id from `releases` or `extensions.release`): facts recorded up to it, retractions recorded later ignored. Values corrected later show as corrected.';

/**
 * Checks an `asRecordedIn` argument names a release and notes it for the response's
 * extensions.release; null when the field was asked about the graph as it is now.
 */
export async function asRecordedIn(ctx: Context, given: number | null | undefined, field = 'asRecordedIn'): Promise<number | null> {
  if (given === null || given === undefined) return null;
  if (!Number.isInteger(given) || given < 1) throw new BadInputError(field, `must be a release id (an integer from 1), got ${given}`);
  const release = await ctx.releases.byId(given);
  if (release === null) {
    const latest = (await ctx.releases.current())?.id ?? null;
    throw new BadInputError(field, `no release ${given}; ${latest === null ? 'none is recorded yet' : `the latest is ${latest}`}`, {
      latest,
    });
  }
  // Fields asking for different releases: the response names the earliest.
  ctx.answeredFrom = Math.min(ctx.answeredFrom ?? given, given);
  return given;
}

const RETRACTION_KEYS = ['retracted', 'retractedAt', 'retractedBy', 'retractedReason', 'retractedSourceIds', 'retractedIn'];

/** A fact's properties as recorded in a release: a retraction recorded after it is not yet there. */
export function recordedProps<P extends Record<string, unknown>>(props: P, recorded: number | null): P {
  if (recorded === null || props.retracted !== true) return props;
  if ((num(props.retractedIn) ?? 0) <= recorded) return props;
  return Object.fromEntries(Object.entries(props).filter(([key]) => !RETRACTION_KEYS.includes(key))) as P;
}
