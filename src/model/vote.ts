/** What a body decided on a text it voted on (or took without a vote). */
export enum VoteDecision {
  /** A plenary adopted a resolution. */
  ADOPTED = 'ADOPTED',
  /** A main committee approved a draft for the plenary. */
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * A vote record is either counted (in favour, against, abstentions, as the sources give them) or a
 * decision taken without a vote, which has no counts at all, never zeros.
 */
export function voteCountsFit(withoutVote: boolean, counts: readonly (number | null | undefined)[]): boolean {
  return withoutVote ? counts.every((count) => count === null || count === undefined) : counts.some((count) => typeof count === 'number');
}
