import { expect } from 'vitest';

export type Evidence = { id: string; url?: string | null; symbol?: string | null };

/**
 * Every fact has at least one source a reader can open (a URL) or look up (a document symbol).
 * `what` names a fact in the failure message; by default its id.
 */
export function expectCitable<F extends { id?: string; sources: readonly Evidence[] }>(
  facts: readonly F[],
  what: (index: number, fact: F) => string = (index, fact) => fact.id ?? `fact ${index}`,
): void {
  facts.forEach((fact, index) => {
    expect(
      fact.sources.some((s) => Boolean(s.url) || Boolean(s.symbol)),
      `${what(index, fact)} has a source with a URL or a symbol`,
    ).toBe(true);
  });
}
