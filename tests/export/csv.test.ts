import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { csv } from '../../src/export/export.js';

describe('CSV exports', () => {
  const planted = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("https://example.org/synthetic","click")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A2)',
    '\tindented',
    '\rreturn',
  ];

  it('keeps every formula-leading cell as text, behind an apostrophe, and leaves the rest alone', () => {
    const text = csv(
      ['value', 'plain'],
      planted.map((cell) => [cell, 'a - b = c']),
    );
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows.slice(1).map((row) => row[0])).toEqual(planted.map((cell) => `'${cell}`));
    expect(rows.slice(1).every((row) => row[1] === 'a - b = c')).toBe(true);
  });

  it('starts with a byte order mark and keeps non-ASCII names intact', () => {
    const text = csv(
      ['participant', 'signed'],
      [
        ["Côte d'Ivoire", '2025-10-25'],
        ['Türkiye', null],
        ['Viet Nam', -1],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parse(text, { bom: true })).toEqual([
      ['participant', 'signed'],
      ["Côte d'Ivoire", '2025-10-25'],
      ['Türkiye', ''],
      // Numbers are not text a spreadsheet could mistake for a formula.
      ['Viet Nam', '-1'],
    ]);
  });
});
