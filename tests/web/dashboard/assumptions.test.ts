import { describe, expect, it } from 'vitest';

import { formatAssumptions, parseAssumptions } from '../../../web/src/dashboard/assumptions.js';
import { TreatyActionKind } from '../../../src/model/treaty-action.js';

describe("the what-if's assumptions in the URL", () => {
  it('read back what they were written from, the EU and ids with colons included', () => {
    const items = [
      { participant: 'state:FRA', kind: TreatyActionKind.RATIFICATION, date: '2027-01-15' },
      { participant: 'reio:eu', kind: TreatyActionKind.APPROVAL, date: '2027-02-01' },
    ];
    const written = formatAssumptions(items);
    expect(written).toBe('state:FRA.RATIFICATION.2027-01-15,reio:eu.APPROVAL.2027-02-01');
    expect(parseAssumptions(written)).toEqual({ items, unreadable: 0 });
  });

  it('leave out and count what is not an instrument of consent on a real day', () => {
    expect(
      parseAssumptions('state:FRA.SIGNATURE.2027-01-15,state:DEU.RATIFICATION.2027-02-30,nonsense,state:ITA.ACCESSION.2027-03-01'),
    ).toEqual({ items: [{ participant: 'state:ITA', kind: TreatyActionKind.ACCESSION, date: '2027-03-01' }], unreadable: 3 });
  });

  it('are absent from the URL when there are none', () => {
    expect(formatAssumptions([])).toBeNull();
    expect(parseAssumptions(null)).toEqual({ items: [], unreadable: 0 });
    expect(parseAssumptions('')).toEqual({ items: [], unreadable: 0 });
  });
});
