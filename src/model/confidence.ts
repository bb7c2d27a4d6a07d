export enum Confidence {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
}

/** How records and nodes store a confidence. */
export type StoredConfidence = 'stated' | 'inferred';

/** The confidence a stored value states, or null when none is stored. */
export function confidenceOf(value: unknown): Confidence | null {
  if (value === 'inferred' || value === Confidence.INFERRED) return Confidence.INFERRED;
  return value === 'stated' || value === Confidence.STATED ? Confidence.STATED : null;
}

/** The stored word for a confidence; a fact with none given is stated. */
export function storedConfidence(value: unknown): StoredConfidence {
  return confidenceOf(value) === Confidence.INFERRED ? 'inferred' : 'stated';
}
