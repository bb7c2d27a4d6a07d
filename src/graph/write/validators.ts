import { IsDefined, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

import { parsePartialDate, todayUtc } from '../../model/partial-date.js';

export { IsPartialDate } from '../../ingest/records.js';

/** Limits on free text, so one write cannot fill the graph. */
export const LIMITS = { name: 300, title: 1000, text: 20_000, note: 5_000, reason: 2_000, short: 200 } as const;

/** A partial date whose first possible day is not after today (UTC): nothing is recorded ahead of time. */
export function NotInFuture(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notInFuture',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return true;
          const parsed = parsePartialDate(value);
          return parsed === undefined || parsed.first <= todayUtc();
        },
        defaultMessage: (args) =>
          `${args?.property} must not be in the future (today is ${todayUtc()}), got ${JSON.stringify(args?.value)}`,
      },
    },
    options,
  );
}

/**
 * For update inputs: a field left out keeps its value, but one that is required on the entity
 * cannot be cleared with an explicit null.
 */
export function NotNullIfGiven(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((input: Record<string | symbol, unknown>) => input[property] !== undefined)(target, property);
    IsDefined({ message: `${String(property)} cannot be cleared (null); leave it out to keep it` })(target, property);
  };
}
