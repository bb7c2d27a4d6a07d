import { Claim, Conflict } from './claim/claim.type.js';
import type { Props } from '../db/values.js';
import { isEntityLabel, type EntityLabel } from '../model/labels.js';
import { Document } from './document/document.type.js';
import { Event } from './event/event.type.js';
import { Organization } from './organization/organization.type.js';
import { Person, Position } from './person/person.type.js';
import { Process } from './process/process.type.js';
import { State } from './state/state.type.js';
import { Statement } from './statement/statement.type.js';
import { TreatyAction } from './treaty-action/treaty-action.type.js';
import { Treaty } from './treaty/treaty.type.js';
import { Vote } from './vote/vote.type.js';

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
  Vote,
} as const satisfies Record<EntityLabel, unknown>;

export type Entity = InstanceType<(typeof ENTITY_TYPES)[EntityLabel]>;

/** Builds the GraphQL object for a node from its labels and properties. */
export function toEntity(labels: readonly string[], props: Props): Entity {
  const label = labels.find(isEntityLabel);
  if (label === undefined) throw new Error(`node ${String(props.id)} has no known label (${labels.join(', ')})`);
  return ENTITY_TYPES[label].fromProps(props);
}
