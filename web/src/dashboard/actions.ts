/** Instruments by which a participant consents to be bound, as opposed to a signature or a declaration. */
export const CONSENT_KINDS = new Set(['RATIFICATION', 'ACCEPTANCE', 'APPROVAL', 'ACCESSION', 'SUCCESSION']);

export type ActionGroup = 'signature' | 'consent' | 'other';

export function actionGroup(kind: string): ActionGroup {
  if (kind === 'SIGNATURE') return 'signature';
  return CONSENT_KINDS.has(kind) ? 'consent' : 'other';
}

export const ACTION_SEGMENTS = [
  { key: 'signature', label: 'Signatures', className: 'bar-signature' },
  { key: 'consent', label: 'Ratifications, acceptances, approvals, accessions', className: 'bar-party' },
  { key: 'other', label: 'Other acts (declarations, withdrawals…)', className: 'bar-other' },
];
