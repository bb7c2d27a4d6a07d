import { partialDateProblem } from '../../model/partial-date.js';
import { assert, joinNotes, uniq, type SeedMaps } from './seed-maps.js';

/**
 * A signature no source dates, made at a place where the treaty was open for signature only for a
 * bounded period, happened within that period: "signed here in Hà Nội", with the Convention open in
 * Hanoi only on 25 and 26 October 2025 (art. 64), is "2025-10-25/2025-10-26". The range adds the
 * period's own sources (the treaty text, the depositary's record). No day in between is picked, and a
 * signature whose place has no bounded period (Fiji, at Headquarters) stays undated.
 */
export function addSignatureRanges(maps: SeedMaps): string[] {
  const ranged: string[] = [];
  for (const action of maps.treatyActions.values()) {
    if (action.kind !== 'SIGNATURE' || action.date !== null || action.place === null) continue;
    const periods = (maps.treaties.get(action.treaty)?.signature ?? []).filter((p) => p.place === action.place);
    if (periods.length !== 1) continue;
    const [period] = periods as [(typeof periods)[number]];
    if (period.from === null || period.until === null) continue;
    const date = `${period.from}/${period.until}`;
    assert(partialDateProblem(date) === undefined, `${action.id}: the signature period ${date} is not a range`);
    action.date = date;
    action.sources = uniq([...action.sources, ...(period.sources ?? [])]);
    action.note = joinNotes(
      action.note ?? null,
      `[Date as a range: signed in ${period.place}, where the treaty was open for signature only from ${period.from} to ${period.until}; no source gives the day, so the date is ${date}, counted from ${period.until}.]`,
    );
    ranged.push(action.id);
  }
  return ranged.sort();
}
