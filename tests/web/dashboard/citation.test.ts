import { describe, expect, it } from 'vitest';

import { citationText, formatRecordedAt } from '../../../web/src/dashboard/citation.js';

const subject = {
  viewLabel: 'Entry into force',
  treatyTitle: 'Synthetic treaty for tests',
  pinned: 12,
  showLatest: () => undefined,
};
const stamp = { id: 12, at: '2026-12-01T11:31:23.456Z', hash: 'ab'.repeat(32), latest: 14, movedOn: true };
const link = 'http://127.0.0.1/?view=status&treaty=treaty%3Asynthetic&asOf=2026-12-01&release=12';

describe('the citation of a view', () => {
  it('names the view, the treaty, the day, the release with its time and hash, and the permalink', () => {
    const text = citationText(subject, { treaty: 'treaty:synthetic', asOf: '2026-12-01' }, { id: 12, stamp }, link);
    expect(text).toMatch(
      new RegExp(
        `^“Entry into force: Synthetic treaty for tests”, as of 1 Dec 2026\\. treaty-graph research dashboard, data release 12, recorded 1 Dec 2026, 11:31 UTC, content hash abababababababab\\. ${link.replace(/[.?]/g, '\\$&')} \\(accessed \\d{1,2} \\w{3} \\d{4}\\)\\.$`,
      ),
    );
  });

  it('never lends another release’s time to the one cited, and says when the server names none', () => {
    expect(citationText(subject, {}, { id: 11, stamp }, link)).toContain('data release 11. ');
    expect(citationText(subject, {}, { id: null, stamp: undefined }, link)).toContain('the server states no data release');
  });

  it('gives a release time to the minute, in UTC', () => {
    expect(formatRecordedAt('2026-12-01T09:05:00Z')).toBe('1 Dec 2026, 09:05 UTC');
  });
});
