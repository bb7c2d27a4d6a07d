import { Claim, Conflict } from './claim/claim.type.js';
import type { Props } from './common/props.js';
import { Document } from './document/document.type.js';
import { Event } from './event/event.type.js';
import { Organization } from './organization/organization.type.js';
import { Person, Position } from './person/person.type.js';
import { Process } from './process/process.type.js';
import { State } from './state/state.type.js';
import { Statement } from './statement/statement.type.js';
import { TreatyAction } from './treaty-action/treaty-action.type.js';
import { Treaty } from './treaty/treaty.type.js';

/** Every node label of the graph, with the GraphQL type that shows it. */
export const ENTITY_TYPES = {
  Treaty,
  State,
  Organization,
  Person,
  Position,
  Statement,
  TreatyAction,
  Event,
  Process,
  Document,
  Claim,
  Conflict,
} as const;

export type EntityLabel = keyof typeof ENTITY_TYPES;
export type Entity = InstanceType<(typeof ENTITY_TYPES)[EntityLabel]>;

export const ENTITY_LABELS = Object.keys(ENTITY_TYPES) as EntityLabel[];

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
};

export function labelOfId(id: string): EntityLabel | undefined {
  return LABEL_OF_ID_PREFIX[id.slice(0, id.indexOf(':'))];
}

export function isEntityLabel(label: string): label is EntityLabel {
  return Object.hasOwn(ENTITY_TYPES, label);
}

/** Builds the GraphQL object for a node from its labels and properties. */
export function toEntity(labels: readonly string[], props: Props): Entity {
  const label = labels.find(isEntityLabel);
  if (label === undefined) throw new Error(`node ${String(props.id)} has no known label (${labels.join(', ')})`);
  return ENTITY_TYPES[label].fromProps(props);
}
