import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { nameKey, participantMatcher } from '../../src/import/participants.js';
import { parseUntcCsv, parseUntcDate, stripFootnotes } from '../../src/import/untc.parse.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('UNTC status tables', () => {
  it('reads dates as the UNTC prints them, refusing impossible days', () => {
    expect(parseUntcDate('25 Oct 2025')).toBe('2025-10-25');
    expect(parseUntcDate('3 Sept 2025')).toBe('2025-09-03');
    expect(parseUntcDate('1 January 2026')).toBe('2026-01-01');
    expect(parseUntcDate('31 Feb 2025')).toBeUndefined();
    expect(parseUntcDate('2025-10-25')).toBeUndefined();
    expect(parseUntcDate('Oct 2025')).toBeUndefined();
  });

  it('strips footnote marks after names and dates', () => {
    expect(stripFootnotes('Viet Nam¹')).toBe('Viet Nam');
    expect(stripFootnotes('Norway²³')).toBe('Norway');
    expect(stripFootnotes('25 Oct 2025 [2]')).toBe('25 Oct 2025');
    expect(stripFootnotes('20 Nov 2025 AA (3)')).toBe('20 Nov 2025 AA');
  });

  it('parses the table: kind marks after consent dates, blank cells, spreadsheet row numbers', () => {
    const { rows, problems } = parseUntcCsv(fixture('untc-synthetic-status.csv'));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ row: 2, participant: 'Viet Nam', actions: [{ column: 'Signature', kind: 'SIGNATURE', date: '2025-10-25' }] });
    const consent = rows.flatMap((row) => row.actions.filter((a) => a.kind !== 'SIGNATURE').map((a) => [row.participant, a.kind, a.date]));
    expect(consent).toEqual([
      ['Iceland', 'RATIFICATION', '2025-11-03'],
      ['Norway', 'ACCEPTANCE', '2025-11-12'],
      ['Austria', 'ACCESSION', '2025-11-14'],
      ['Brazil', 'APPROVAL', '2025-11-20'],
    ]);
  });

  it('names the row and the column of a bad date', () => {
    const { problems } = parseUntcCsv(fixture('untc-synthetic-status-bad-row-7.csv'));
    expect(problems).toEqual([{ row: 7, column: 'Signature', message: expect.stringContaining('"31 Feb 2025" is not a date') }]);
  });

  it('refuses a table without the UNTC columns', () => {
    const { problems } = parseUntcCsv('Country,Date\nIceland,25 Oct 2025\n');
    expect(problems.map((p) => p.column)).toEqual([
      'Participant',
      'Signature',
      'Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)',
    ]);
  });

  it('matches participants by UN name, folding accents and case, and by alias', () => {
    const match = participantMatcher([
      { id: 'state:TUR', name: 'Türkiye' },
      { id: 'state:VNM', name: 'Viet Nam' },
      { id: 'reio:eu', name: 'European Union' },
      { id: 'state:CIV', name: "Côte d'Ivoire" },
    ]);
    expect(match('TURKIYE')).toBe('state:TUR');
    expect(match('Turkey')).toBe('state:TUR');
    expect(match('Vietnam')).toBe('state:VNM');
    expect(match('Côte d’Ivoire')).toBe('state:CIV');
    expect(match('European Union')).toBe('reio:eu');
    expect(match('Atlantis')).toBeUndefined();
    expect(nameKey('  Viet   Nam ')).toBe('viet nam');
  });
});
