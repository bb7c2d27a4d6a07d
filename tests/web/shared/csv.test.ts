import { describe, expect, it } from 'vitest';

import { toCsv } from '../../../web/src/shared/csv.js';
import { dayOf, formatPartialDate, monthOf } from '../../../web/src/shared/dates.js';

describe('CSV downloads', () => {
  it('writes a header and CRLF rows, quoting only what needs it', () => {
    expect(
      toCsv(
        ['name', 'count'],
        [
          ['Viet Nam', 65],
          ['Côte d’Ivoire', 0],
        ],
      ),
    ).toBe('name,count\r\nViet Nam,65\r\nCôte d’Ivoire,0\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(toCsv(['quote'], [['He said "no", twice\nthen left']])).toBe('quote\r\n"He said ""no"", twice\nthen left"\r\n');
  });

  it('keeps text that looks like a formula as text, and leaves numbers alone', () => {
    expect(toCsv(['a', 'b', 'c'], [['=SUM(A1)', '-1', -1]])).toBe("a,b,c\r\n'=SUM(A1),'-1,-1\r\n");
  });

  it('writes absent values as empty cells', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('a,b\r\n,\r\n');
  });
});

describe('partial dates on screen', () => {
  it('keeps the precision of the source', () => {
    expect(formatPartialDate({ value: '2025-10-25', precision: 'DAY' })).toBe('25 Oct 2025');
    expect(formatPartialDate({ value: '2025-10', precision: 'MONTH' })).toBe('Oct 2025');
    expect(formatPartialDate({ value: '2025', precision: 'YEAR' })).toBe('2025');
    expect(formatPartialDate(null)).toBe('—');
  });

  it('never widens a month or a year into a day', () => {
    expect(dayOf('2025-10')).toBeNull();
    expect(dayOf('2025-10-25')).toBe('2025-10-25');
    expect(monthOf('2025')).toBeNull();
    expect(monthOf('2025-10-25')).toBe('2025-10');
  });
});
