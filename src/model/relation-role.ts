import type { RelationshipType } from './relationships.js';

/**
 * The part a person plays in a relationship that has one: the office on a committee's bureau, the
 * chair of a meeting, or the way a document names someone.
 */
export enum RelationRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  RAPPORTEUR = 'RAPPORTEUR',
  CO_CHAIR = 'CO_CHAIR',
  PRESIDENT = 'PRESIDENT',
  QUOTED = 'QUOTED',
  PRESS_CONTACT = 'PRESS_CONTACT',
  AUTHOR = 'AUTHOR',
  SIGNATORY = 'SIGNATORY',
}

/** Which roles each relationship type may carry; a type not listed carries none. */
export const ROLES_OF_TYPE: Readonly<Partial<Record<RelationshipType, readonly RelationRole[]>>> = {
  CHAIRED: [RelationRole.CHAIR, RelationRole.VICE_CHAIR, RelationRole.RAPPORTEUR, RelationRole.CO_CHAIR],
  PRESIDED: [RelationRole.PRESIDENT],
  NAMES: [RelationRole.QUOTED, RelationRole.PRESS_CONTACT, RelationRole.AUTHOR, RelationRole.SIGNATORY],
};

/** The types whose relationships must say which role they record. */
export const ROLE_TYPES: readonly RelationshipType[] = Object.keys(ROLES_OF_TYPE) as RelationshipType[];

export function roleFits(type: string, role: string | null | undefined): boolean {
  const allowed = ROLES_OF_TYPE[type as RelationshipType];
  if (allowed === undefined) return role === null || role === undefined;
  return allowed.includes(role as RelationRole);
}
