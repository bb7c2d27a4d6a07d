import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from './date.scalar.js';
import { parsePartialDate, type DatePrecision as Precision } from '../../model/partial-date.js';

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

@ObjectType({ simpleResolvers: true, description: 'A date as precise as its source: a day, a month or a year, never widened.' })
export class PartialDate {
  @Field({ description: 'The date as the source gives it: "2025", "2025-10" or "2025-10-25".' })
  value!: string;

  @Field(() => DatePrecision, { description: 'Whether the source gives the day, the month or only the year.' })
  precision!: Precision;

  @Field(() => DateScalar, { description: 'The first day the date can mean (the day itself for DAY precision).' })
  first!: string;

  @Field(() => DateScalar, { description: 'The last day the date can mean (the day itself for DAY precision).' })
  last!: string;

  /** Stored values were validated on the way in; an unparseable one maps to null rather than a guess. */
  static from(value: unknown): PartialDate | null {
    if (typeof value !== 'string') return null;
    const parsed = parsePartialDate(value);
    return parsed === undefined ? null : Object.assign(new PartialDate(), parsed);
  }
}
