/**
 * The users' words for the API's names: a journalist reads "signature", not "SIGNATURE", and
 * "act on the treaty", not "TreatyAction".
 */
const ENTITY: Record<string, string> = {
  Treaty: 'Treaty',
  Organization: 'Organization',
  Person: 'Person',
  State: 'State',
  Event: 'Event',
  Process: 'Negotiation',
  Statement: 'Quote',
  Document: 'Document',
  TreatyAction: 'Act on the treaty',
  Position: 'Office held',
  Claim: 'Claim by a source',
  Conflict: 'Sources disagree',
};

export const entityWord = (typename: string): string => ENTITY[typename] ?? typename;

const RELATIONSHIP: Record<string, string> = {
  ABOUT: 'is about',
  ADOPTED: 'adopted',
  ADOPTED_BY_RESOLUTION: 'adopted by resolution',
  CITES: 'cites',
  CONVENED: 'convened',
  ESTABLISHED: 'established',
  HELD: 'held',
  HOSTED: 'hosted',
  IN: 'in',
  IN_CONFLICT: 'disputed in',
  MEMBER_OF: 'member of',
  NATIONAL_OF: 'national of',
  NEGOTIATES: 'negotiates',
  ON: 'on',
  ORGANIZED: 'organized',
  PARTICIPATED_IN: 'took part in',
  PART_OF: 'part of',
  PRODUCED: 'produced',
  SAID: 'said',
  SAID_AT: 'said at',
  SECRETARIAT_OF: 'secretariat of',
  SIGNED_BY: 'signed by',
  SUBSIDIARY_OF: 'subsidiary of',
  SUPPLEMENTS: 'supplements',
  TOOK: 'took',
};

export const relationshipWord = (type: string): string => RELATIONSHIP[type] ?? type.toLowerCase().replaceAll('_', ' ');

const ACTION: Record<string, string> = {
  SIGNATURE: 'signature',
  RATIFICATION: 'ratification',
  ACCEPTANCE: 'acceptance',
  APPROVAL: 'approval',
  ACCESSION: 'accession',
  SUCCESSION: 'succession',
  DECLARATION: 'declaration',
  RESERVATION: 'reservation',
  OBJECTION: 'objection',
  WITHDRAWAL: 'withdrawal',
};

export const actionWord = (kind: string): string => ACTION[kind] ?? kind.toLowerCase().replaceAll('_', ' ');

/** How a fact follows from its sources; null when the relationship records none of its own. */
export const confidenceWord = (confidence: string | null | undefined): string =>
  confidence === 'STATED' ? 'stated by a source' : confidence === 'INFERRED' ? 'inferred from the sources' : 'see the entity’s sources';
