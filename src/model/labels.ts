/** Every node label of the graph. */
export const ENTITY_LABELS = [
  'Treaty',
  'State',
  'Organization',
  'Person',
  'Position',
  'Statement',
  'TreatyAction',
  'Event',
  'Process',
  'Document',
  'Claim',
  'Conflict',
  'Vote',
] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The kind prefix of an id (kind:slug) tells its label. */
export const LABEL_OF_ID_PREFIX: Readonly<Record<string, EntityLabel>> = {
  treaty: 'Treaty',
  state: 'State',
  reio: 'State',
  org: 'Organization',
  person: 'Person',
  position: 'Position',
  statement: 'Statement',
  action: 'TreatyAction',
  event: 'Event',
  process: 'Process',
  doc: 'Document',
  claim: 'Claim',
  conflict: 'Conflict',
  vote: 'Vote',
};

export function labelOfId(id: string): EntityLabel | undefined {
  return LABEL_OF_ID_PREFIX[id.slice(0, id.indexOf(':'))];
}

export function isEntityLabel(label: string): label is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(label);
}
