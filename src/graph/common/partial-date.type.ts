import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from './date.scalar.js';
import { dateText, parsePartialDate, type DatePrecision as Precision } from '../../model/partial-date.js';

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a source gives a date.',
  valuesConfig: {
    DAY: { description: 'The source gives the day.' },
    MONTH: { description: 'The source gives only the month.' },
    YEAR: { description: 'The source gives only the year ("in 2025").' },
  },
});

/** Enough for every date of a large graph; past it, the cache starts again rather than grow. */
const PARSED_LIMIT = 20_000;
const PARSED = new Map<string, PartialDate | null>();

@ObjectType({
  simpleResolvers: true,
  description:
    'A date as precise as its source: a day, a month or a year, never widened; or a range when the source gives only bounds ("25 or 26 October 2025"), with its earliest and latest possible days.',
})
export class PartialDate {
  @Field({
    description:
      'The date as the source gives it: "2025", "2025-10" or "2025-10-25", or a range of two of these, "2025-10-25/2025-10-26" (ISO 8601 interval).',
  })
  value!: string;

  @Field(() => DatePrecision, {
    description: 'Whether the source gives the day, the month or only the year (for a range, the coarser of its two ends).',
  })
  precision!: Precision;

  @Field({ description: 'True when the source gives only bounds (earliest and latest possible days), not one day, month or year.' })
  ranged!: boolean;

  @Field(() => DateScalar, { description: 'The earliest day the act or event can have happened (the same as first).' })
  earliest!: string;

  @Field(() => DateScalar, {
    description:
      'The latest day the act or event can have happened (the same as last): status and counts take it as certain only from this day.',
  })
  latest!: string;

  @Field({
    description:
      'The date in words: "25 October 2025", "October 2025", "2025"; a range as "on or before 26 October 2025 (not before 25 October 2025)".',
  })
  text!: string;

  @Field(() => DateScalar, { description: 'The first day the date can mean (the day itself for DAY precision).' })
  first!: string;

  @Field(() => DateScalar, { description: 'The last day the date can mean (the day itself for DAY precision).' })
  last!: string;

  /**
   * Stored values were validated on the way in; an unparseable one maps to null rather than a guess.
   * Distinct dates are few beside the nodes that hold them (the days acts were deposited and things
   * were said), so each is parsed and spelled once and the frozen object shared: a page of 100
   * actions parsed and spelled 100 dates per request.
   */
  static from(value: unknown): PartialDate | null {
    if (typeof value !== 'string') return null;
    let date = PARSED.get(value);
    if (date === undefined) {
      if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
      date = parse(value);
      PARSED.set(value, date);
    }
    return date;
  }
}

function parse(value: string): PartialDate | null {
  const parsed = parsePartialDate(value);
  if (parsed === undefined) return null;
  return Object.freeze(Object.assign(new PartialDate(), parsed, { earliest: parsed.first, latest: parsed.last, text: dateText(parsed) }));
}
