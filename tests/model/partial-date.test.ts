import { describe, expect, it } from 'vitest';

import { dateText, isIsoDay, parsePartialDate, partialDateProblem } from '../../src/model/partial-date.js';
import { nameKey } from '../../src/model/names.js';

describe('partial dates', () => {
  it('keeps a day, a month and a year as precise as written', () => {
    expect(parsePartialDate('2025-10-25')).toEqual({
      value: '2025-10-25',
      precision: 'DAY',
      first: '2025-10-25',
      last: '2025-10-25',
      ranged: false,
    });
    expect(parsePartialDate('2025-10')).toMatchObject({ precision: 'MONTH', first: '2025-10-01', last: '2025-10-31', ranged: false });
    expect(parsePartialDate('2024-02')).toMatchObject({ last: '2024-02-29' });
    expect(parsePartialDate('2025')).toMatchObject({ precision: 'YEAR', first: '2025-01-01', last: '2025-12-31' });
    expect(parsePartialDate('2025-02-29')).toBeUndefined();
    expect(parsePartialDate('25 October 2025')).toBeUndefined();
  });

  it('reads "25 or 26 October 2025" as a range with its earliest and latest days', () => {
    expect(parsePartialDate('2025-10-25/2025-10-26')).toEqual({
      value: '2025-10-25/2025-10-26',
      precision: 'DAY',
      first: '2025-10-25',
      last: '2025-10-26',
      ranged: true,
    });
    // Ends of different precision: the coarser one is the range's precision.
    expect(parsePartialDate('2025-10-27/2025-11')).toMatchObject({
      precision: 'MONTH',
      first: '2025-10-27',
      last: '2025-11-30',
      ranged: true,
    });
    expect(parsePartialDate('2025/2026')).toMatchObject({ precision: 'YEAR', first: '2025-01-01', last: '2026-12-31' });
  });

  it('refuses a range whose latest day precedes its earliest, and says so', () => {
    expect(parsePartialDate('2025-10-26/2025-10-25')).toBeUndefined();
    expect(partialDateProblem('2025-10-26/2025-10-25')).toBe('the latest possible day (2025-10-25) precedes the earliest (2025-10-26)');
    expect(partialDateProblem('2025-11/2025-10-31')).toMatch(/precedes the earliest/);
    expect(partialDateProblem('2025-10-25/2025-10-25')).toMatch(/two different ends/);
    expect(partialDateProblem('2025-10-15/2025-10')).toMatch(/must not reach past/);
    expect(partialDateProblem('2025-10-25/2025-10-26/2025-10-27')).toMatch(/exactly two ends/);
    expect(partialDateProblem('2025-10-25/2025-13')).toMatch(/each end/);
    expect(partialDateProblem('2025-10-25/2025-10-26')).toBeUndefined();
  });

  it('is a plain day only when it is one day', () => {
    expect(isIsoDay('2025-10-25')).toBe(true);
    expect(isIsoDay('2025-10-25/2025-10-26')).toBe(false);
    expect(isIsoDay('2025-10')).toBe(false);
  });

  it('words a range by what is certain: on or before its latest day', () => {
    expect(dateText(parsePartialDate('2025-10-25')!)).toBe('25 October 2025');
    expect(dateText(parsePartialDate('2025-10')!)).toBe('October 2025');
    expect(dateText(parsePartialDate('2025')!)).toBe('2025');
    expect(dateText(parsePartialDate('2025-10-25/2025-10-26')!)).toBe('on or before 26 October 2025 (not before 25 October 2025)');
  });
});

describe('name keys', () => {
  it('fold accents, case, apostrophes and spaces, so a variant typed either way is one key', () => {
    expect(nameKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(nameKey("COTE D'IVOIRE")).toBe("cote d'ivoire");
    expect(nameKey('  Türkiye ')).toBe('turkiye');
    expect(nameKey('Hà  Nội')).toBe('ha noi');
    expect(nameKey('António Guterres')).toBe(nameKey('Antonio Guterres'));
    expect(nameKey('Viet Nam')).not.toBe(nameKey('Vietnam'));
  });
});
