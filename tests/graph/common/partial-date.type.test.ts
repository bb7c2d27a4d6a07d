import 'reflect-metadata';

import { describe, expect, it } from 'vitest';

import { PartialDate } from '../../../src/graph/common/partial-date.type.js';

describe('PartialDate.from', () => {
  it('gives every node holding a date the same frozen object', () => {
    const first = PartialDate.from('2025-10-25');
    expect(first).toMatchObject({
      value: '2025-10-25',
      precision: 'DAY',
      first: '2025-10-25',
      last: '2025-10-25',
      text: '25 October 2025',
    });
    expect(PartialDate.from('2025-10-25')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => Object.assign(first!, { value: '2026' })).toThrow(TypeError);
  });

  it('keeps each value its own: a month, a year, a range', () => {
    expect(PartialDate.from('2025-02')).toMatchObject({ precision: 'MONTH', first: '2025-02-01', last: '2025-02-28' });
    expect(PartialDate.from('2024')).toMatchObject({ precision: 'YEAR', first: '2024-01-01', last: '2024-12-31' });
    expect(PartialDate.from('2025-10-25/2025-10-26')).toMatchObject({ ranged: true, earliest: '2025-10-25', latest: '2025-10-26' });
  });

  it('maps what is not a partial date to null, every time', () => {
    expect(PartialDate.from('2025-02-30')).toBeNull();
    expect(PartialDate.from('2025-02-30')).toBeNull();
    expect(PartialDate.from(20251025)).toBeNull();
    expect(PartialDate.from(null)).toBeNull();
  });
});
