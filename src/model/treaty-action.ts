export enum TreatyActionKind {
  SIGNATURE = 'SIGNATURE',
  RATIFICATION = 'RATIFICATION',
  ACCEPTANCE = 'ACCEPTANCE',
  APPROVAL = 'APPROVAL',
  ACCESSION = 'ACCESSION',
  SUCCESSION = 'SUCCESSION',
  DECLARATION = 'DECLARATION',
  RESERVATION = 'RESERVATION',
  OBJECTION = 'OBJECTION',
  WITHDRAWAL = 'WITHDRAWAL',
}

/** The kinds that make a participant bound by a treaty (a party). */
export const CONSENT_KINDS: readonly TreatyActionKind[] = [
  TreatyActionKind.RATIFICATION,
  TreatyActionKind.ACCEPTANCE,
  TreatyActionKind.APPROVAL,
  TreatyActionKind.ACCESSION,
  TreatyActionKind.SUCCESSION,
];
