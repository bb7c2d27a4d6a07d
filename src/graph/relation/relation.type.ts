import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { Node } from '../common/node.type.js';
import { PartialDate } from '../common/partial-date.type.js';
import type { StoredKeys } from '../common/projection.js';
import { RelationRole } from '../../model/relation-role.js';
import { Confidence, confidenceOf } from '../../model/confidence.js';
import { strList, strOrNull, type Props } from '../../db/values.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/relationships.js';

/** The GraphQL enum mirrors the allow-list, so a relationship type from a client is always one of ours. */
export const RelationshipTypeEnum = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, type])) as {
  [K in RelationshipType]: K;
};

const RELATIONSHIP_DESCRIPTIONS: Record<RelationshipType, string> = {
  CITES: 'A fact cites a document: its evidence.',
  SAID: 'A person said a statement.',
  ABOUT: 'A statement or claim is about a treaty, event, process, organization or State.',
  SAID_AT: 'A statement was made at an event.',
  HELD: 'A person held a position.',
  IN: 'A position is held in an organization or a State.',
  NATIONAL_OF: 'A person is a national of a State.',
  TOOK: 'A State (or the EU) took a treaty action.',
  ON: 'A treaty action is on a treaty.',
  SIGNED_BY: 'A treaty action was signed by a person.',
  ADOPTED: 'An organization adopted a treaty.',
  ADOPTED_BY_RESOLUTION: 'A treaty was adopted by a resolution (a document).',
  SECRETARIAT_OF: 'An organization serves as the secretariat of another.',
  NEGOTIATES: 'An organization conducts a negotiation process.',
  PRODUCED: 'A process produced a treaty.',
  SUPPLEMENTS: 'A protocol supplements a treaty.',
  PART_OF: 'An event is part of a process, or a body is part of an organization or a State.',
  CONVENED: 'An organization convened (held) an event.',
  SUBSIDIARY_OF: 'An organization is a subsidiary body of another.',
  ESTABLISHED: 'A document (a resolution) established an organization.',
  HOSTED: 'A State or an organization hosted an event.',
  ORGANIZED: 'A State or an organization organized an event.',
  PARTICIPATED_IN: 'A State or an organization participated in an event or a process.',
  MEMBER_OF: 'A State or an organization is a member of an organization.',
  IN_CONFLICT: 'A claim belongs to a conflict: a question on which sources disagree.',
  CHAIRED: 'A person chaired a body or an event, or sat on its bureau (its role: Chair, Vice-Chair, Rapporteur, co-chair).',
  PRESIDED: 'A person presided over a body (e.g. the President of a General Assembly session), with the term.',
  NAMES: 'A document names a person, in a role: quoted, press contact, author, signatory.',
  TAKEN_AT: 'A vote was taken at an event.',
  VOTED_ON: 'A vote was on a document (a resolution or a draft).',
};

registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'The kinds of relationship between entities of the graph, each stored in one direction.',
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, { description: RELATIONSHIP_DESCRIPTIONS[type] }])),
});

registerEnumType(RelationRole, {
  name: 'RelationRole',
  description: 'The part a person plays in a CHAIRED, PRESIDED or NAMES relationship.',
  valuesConfig: {
    CHAIR: { description: 'Chair of a body or its bureau.' },
    VICE_CHAIR: { description: 'Vice-Chair on a bureau, elected for a State (see onBehalfOf).' },
    RAPPORTEUR: { description: 'Rapporteur on a bureau.' },
    CO_CHAIR: { description: 'Co-chair of a meeting or a ceremony.' },
    PRESIDENT: { description: 'President of a body for a session (the President of the General Assembly).' },
    QUOTED: { description: 'A document quotes the person.' },
    PRESS_CONTACT: { description: 'A document gives the person as its press contact.' },
    AUTHOR: { description: 'The person wrote the document (its byline).' },
    SIGNATORY: { description: 'The person signed the document.' },
  },
});

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a relationship is stored, seen from one of its ends.',
  valuesConfig: {
    OUT: { description: 'Stored from this entity to the other (e.g. UNODC SECRETARIAT_OF the Ad Hoc Committee, seen from UNODC).' },
    IN: { description: 'Stored from the other entity to this one (the same relationship seen from the Ad Hoc Committee).' },
  },
});

/** Properties a relationship can carry; CITES carries none, every other one its sources. */
export interface RelationshipRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: Props;
}

/**
 * The stored keys each field of a relationship reads, for queries that read only what is selected
 * (see projection.ts): its type and ends come from the relationship itself, a CITES relationship's
 * source from its end.
 */
export const RELATIONSHIP_KEYS = {
  type: [],
  from: [],
  to: [],
  confidence: ['confidence'],
  note: ['note'],
  role: ['role'],
  startedOn: ['startedOn'],
  endedOn: ['endedOn'],
  sources: ['sourceIds'],
  onBehalfOf: ['onBehalfOf'],
} as const satisfies StoredKeys;

/** A CITES relationship is itself the citation: its source is the document it points to. */
function sourceIdsOf(row: RelationshipRow): string[] {
  return row.type === 'CITES' ? [row.to] : strList(row.props, 'sourceIds');
}

/** What a relationship states and its evidence, however it is seen. */
@ObjectType()
abstract class RelationshipFacts {
  @Field(() => RelationshipTypeEnum, { description: 'What the relationship states.' })
  type!: RelationshipType;

  @Field(() => Confidence, {
    nullable: true,
    description:
      'Whether the sources state the relationship or it is inferred from them; null when it records none because it ' +
      'belongs to the fact at one of its ends (a statement, a position, an event), whose confidence applies.',
  })
  confidence!: Confidence | null;

  @Field(() => String, { nullable: true, description: "The researchers' note on the relationship, if any." })
  note!: string | null;

  @Field(() => RelationRole, {
    nullable: true,
    description: 'The part played, for CHAIRED, PRESIDED and NAMES: Chair, Vice-Chair, President, quoted, press contact, author...',
  })
  role!: RelationRole | null;

  @Field(() => PartialDate, { nullable: true, description: 'When the relationship began, where a source says (a membership, a term).' })
  startedOn!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, where a source says.' })
  endedOn!: PartialDate | null;

  /** Resolved to Documents by the relationship and relation resolvers. */
  sourceIds!: string[];

  /** The State a bureau member was elected for; resolved to a State. */
  onBehalfOfId!: string | null;
}

/** The fields every view of a stored relationship shares. */
function factsOf(
  row: RelationshipRow,
): Pick<RelationshipFacts, 'type' | 'confidence' | 'note' | 'sourceIds' | 'role' | 'startedOn' | 'endedOn' | 'onBehalfOfId'> {
  return {
    type: row.type,
    confidence: confidenceOf(row.props.confidence),
    note: strOrNull(row.props, 'note'),
    sourceIds: sourceIdsOf(row),
    role: strOrNull(row.props, 'role') as RelationRole | null,
    startedOn: PartialDate.from(row.props.startedOn),
    endedOn: PartialDate.from(row.props.endedOn),
    onBehalfOfId: strOrNull(row.props, 'onBehalfOf'),
  };
}

@ObjectType({ description: 'A relationship between two entities, in its stored direction, with its evidence.' })
export class Relationship extends RelationshipFacts {
  @Field(() => ID, { description: 'Id of the entity the relationship starts from (its stored direction).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the entity the relationship points to.' })
  to!: string;

  static fromRow(row: RelationshipRow): Relationship {
    return Object.assign(new Relationship(), { ...factsOf(row), from: row.from, to: row.to });
  }
}

@ObjectType({ description: 'A relationship seen from one entity: its type, its direction and the entity at the other end.' })
export class Relation extends RelationshipFacts {
  @Field(() => Direction, { description: 'OUT when the relationship is stored from this entity, IN when it points to it.' })
  direction!: Direction;

  @Field(() => Node, { description: 'The entity at the other end.' })
  node!: Node;

  static of(row: RelationshipRow, direction: Direction, node: Node): Relation {
    return Object.assign(new Relation(), { ...factsOf(row), direction, node });
  }
}
