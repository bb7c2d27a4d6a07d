import { CONSENT_KINDS, TreatyActionKind } from '../../../src/model/treaty-action.js';

const CONSENT = new Set<string>(CONSENT_KINDS);

export type ActionGroup = 'signature' | 'consent' | 'other';

export function actionGroup(kind: string): ActionGroup {
  if (kind === TreatyActionKind.SIGNATURE) return 'signature';
  return CONSENT.has(kind) ? 'consent' : 'other';
}

export const ACTION_SEGMENTS = [
  { key: 'signature', label: 'Signatures', className: 'bar-signature' },
  { key: 'consent', label: 'Ratifications, acceptances, approvals, accessions', className: 'bar-party' },
  { key: 'other', label: 'Other acts (declarations, withdrawals…)', className: 'bar-other' },
];
