import neo4j from 'neo4j-driver';

import { nameKey } from '../model/names.js';
import { parsePartialDate } from '../model/partial-date.js';
import type { EntityLabel } from '../model/labels.js';
import type { RelationshipType } from '../model/relationships.js';
import { RECORD_CLASSES, type FactRecord, type NameVariantRecord, type RecordBundle, type RecordKind } from './records.js';

export type PropValue = string | number | boolean | string[] | InstanceType<typeof neo4j.types.Date> | null;

export interface NodeRow {
  label: EntityLabel;
  id: string;
  props: Record<string, PropValue>;
}

export interface RelRow {
  from: string;
  type: RelationshipType;
  to: string;
  props: Record<string, PropValue>;
}

export interface GraphPlan {
  nodes: NodeRow[];
  rels: RelRow[];
}

const DATE_FIELDS = [
  'publishedOn',
  'from',
  'until',
  'observedOn',
  'adoptedOn',
  'start',
  'end',
  'saidOn',
  'date',
  'checkedOn',
  'statusCheckedOn',
  'startedOn',
  'endedOn',
];

function toNeo4jDate(day: string): InstanceType<typeof neo4j.types.Date> {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, date);
}

/**
 * A partial date is stored as its string (with the precision in its shape) plus its first and last
 * possible days as Neo4j dates, which range filters and keyset ordering use.
 */
export function dateProps(field: string, value: string | null | undefined): Record<string, PropValue> {
  const parsed = value === null || value === undefined ? undefined : parsePartialDate(value);
  if (parsed === undefined) return { [field]: null, [`${field}First`]: null, [`${field}Last`]: null };
  return { [field]: parsed.value, [`${field}First`]: toNeo4jDate(parsed.first), [`${field}Last`]: toNeo4jDate(parsed.last) };
}

function factProps(record: FactRecord): Record<string, PropValue> {
  return { confidence: record.confidence ?? 'stated', note: record.note ?? null, sourceIds: [...record.sources].sort() };
}

/** Plain properties of a record: its scalar fields, dates expanded, references left to relationships. */
function scalarProps(record: object, references: readonly string[]): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(record)) {
    if (references.includes(key) || key === 'sources' || key === 'id') continue;
    if (DATE_FIELDS.includes(key)) Object.assign(props, dateProps(key, value as string | null));
    else props[key] = (value ?? null) as PropValue;
  }
  return props;
}

/**
 * Name variants kept as JSON (a property cannot hold a list of maps), their names searchable through
 * aliasesText (schema/003-search.cypher) and, whole, through searchKeys.
 */
function variantProps(
  field: string,
  variants: readonly NameVariantRecord[] | undefined,
  aliases: readonly string[] = [],
): Record<string, PropValue> {
  const names = [...aliases, ...(variants ?? []).map((v) => v.name)];
  return {
    [field]:
      variants === undefined ? null : JSON.stringify(variants.map((v) => ({ name: v.name, sources: v.sources, note: v.note ?? null }))),
    aliasesText: names.length === 0 ? null : names.join(' | '),
  };
}

const truncate = (text: string, length: number): string => (text.length <= length ? text : `${text.slice(0, length - 1)}…`);

/**
 * Turns validated seed records into the nodes and relationships to MERGE, each fact citing its sources.
 * A partial bundle (an import, a single write) plans only its own records; `names` gives the display
 * names of nodes it points to that are already in the graph.
 */
export function planGraph(input: Partial<RecordBundle>, names: ReadonlyMap<string, string> = new Map()): GraphPlan {
  const bundle = completeBundle(input);
  const nodes: NodeRow[] = [];
  const rels: RelRow[] = [];
  const nameOf = new Map<string, string>(names);
  const cite = (id: string, sources: readonly string[]): void => {
    for (const doc of sources) rels.push({ from: id, type: 'CITES', to: doc, props: {} });
  };
  const link = (from: string, type: RelationshipType, to: string | null | undefined, sources: readonly string[]): void => {
    if (to) rels.push({ from, type, to, props: { sourceIds: [...sources].sort() } });
  };
  const add = (
    label: EntityLabel,
    record: FactRecord & { id: string },
    name: string,
    props: Record<string, PropValue>,
    otherNames: readonly string[] = [],
  ): void => {
    nameOf.set(record.id, name);
    const searchKeys = [...new Set([name, ...otherNames].map(nameKey))];
    nodes.push({ label, id: record.id, props: { ...factProps(record), ...props, name, searchKeys } });
    cite(record.id, record.sources);
  };

  for (const r of bundle.documents) add('Document', { ...r, sources: r.sources ?? [] }, r.title, scalarProps(r, []));
  for (const r of bundle.organizations) add('Organization', r, r.name, scalarProps(r, []));
  for (const r of bundle.participants) {
    const variants = r.nameVariants?.map((v) => v.name) ?? [];
    add(
      'State',
      r,
      r.name,
      { ...scalarProps(r, ['nameVariants']), ...variantProps('nameVariants', r.nameVariants), aliases: variants },
      variants,
    );
  }
  for (const r of bundle.persons) {
    const variants = r.nameVariants?.map((v) => v.name) ?? [];
    add('Person', r, r.name, { ...scalarProps(r, ['nameVariants']), ...variantProps('nameVariants', r.nameVariants, r.aliases) }, [
      ...r.aliases,
      ...variants,
    ]);
    if (r.nationality) link(r.id, 'NATIONAL_OF', `state:${r.nationality}`, r.sources);
  }
  for (const r of bundle.positions) {
    add('Position', r, r.title, scalarProps(r, ['person', 'in']));
    link(r.person, 'HELD', r.id, r.sources);
    link(r.id, 'IN', r.in, r.sources);
  }
  for (const r of bundle.treaties) {
    const rule = r.entryIntoForce;
    add('Treaty', r, r.shortTitle, {
      ...scalarProps(r, ['adoptedBy', 'adoptionDocument', 'supplements', 'signature', 'entryIntoForce']),
      signaturePeriods: JSON.stringify(r.signature),
      eifArticle: rule?.article ?? null,
      eifInstrumentsRequired: rule?.instrumentsRequired ?? null,
      eifCountedKinds: rule?.countedKinds ?? null,
      eifDaysAfterThreshold: rule?.daysAfterThreshold ?? null,
      eifReioCountedAdditionally: rule?.reioCountedAdditionally ?? null,
      eifLaterPartiesDays: rule?.laterPartiesDays ?? null,
      eifText: rule?.text ?? null,
      eifSources: rule?.sources ?? null,
    });
    if (r.adoptedBy) link(r.adoptedBy, 'ADOPTED', r.id, r.sources);
    link(r.id, 'ADOPTED_BY_RESOLUTION', r.adoptionDocument, r.sources);
    link(r.id, 'SUPPLEMENTS', r.supplements, r.sources);
  }
  for (const r of bundle.processes) {
    add('Process', r, r.name, scalarProps(r, ['conductedBy', 'produced']));
    if (r.conductedBy) link(r.conductedBy, 'NEGOTIATES', r.id, r.sources);
    link(r.id, 'PRODUCED', r.produced, r.sources);
  }
  for (const r of bundle.events) {
    add('Event', r, r.name, { ...scalarProps(r, ['partOf', 'body', 'placeVariants']), ...variantProps('placeVariants', r.placeVariants) });
    link(r.id, 'PART_OF', r.partOf, r.sources);
    if (r.body) link(r.body, 'CONVENED', r.id, r.sources);
  }
  for (const r of bundle.votes) {
    const outcome = r.withoutVote
      ? `${r.decision.toLowerCase()} without a vote`
      : `${r.decision.toLowerCase()}, ${r.inFavour ?? '?'}-${r.against ?? '?'}-${r.abstentions ?? '?'}`;
    add('Vote', r, `${truncate(r.subject, 80)}: ${outcome}`, scalarProps(r, ['at', 'on']));
    link(r.id, 'TAKEN_AT', r.at, r.sources);
    for (const on of r.on) link(r.id, 'VOTED_ON', on, r.sources);
  }
  for (const r of bundle.statements) {
    const speaker = nameOf.get(r.speaker) ?? r.speaker;
    add('Statement', r, `${speaker}: “${truncate(r.text, 60)}”`, scalarProps(r, ['speaker', 'about', 'at']));
    link(r.speaker, 'SAID', r.id, r.sources);
    for (const about of r.about) link(r.id, 'ABOUT', about, r.sources);
    link(r.id, 'SAID_AT', r.at, r.sources);
  }
  for (const r of bundle.treatyActions) {
    const who = nameOf.get(r.participant) ?? r.participant;
    add(
      'TreatyAction',
      r,
      `${who}: ${r.kind.toLowerCase()}${r.date ? ` (${r.date})` : ''}`,
      scalarProps(r, ['treaty', 'participant', 'signedBy']),
    );
    link(r.participant, 'TOOK', r.id, r.sources);
    link(r.id, 'ON', r.treaty, r.sources);
    link(r.id, 'SIGNED_BY', r.signedBy, r.sources);
  }
  for (const r of bundle.conflicts) add('Conflict', r, r.topic, scalarProps(r, []));
  for (const r of bundle.claims) {
    add('Claim', r, `${truncate(r.subject, 60)}: ${truncate(r.value, 80)}`, scalarProps(r, ['about', 'conflict']));
    for (const about of r.about) link(r.id, 'ABOUT', about, r.sources);
    link(r.id, 'IN_CONFLICT', r.conflict, r.sources);
  }
  for (const r of bundle.relations) {
    rels.push({
      from: r.from,
      type: r.type as RelationshipType,
      to: r.to,
      props: {
        sourceIds: [...r.sources].sort(),
        confidence: r.confidence ?? 'stated',
        note: r.note ?? null,
        ...(r.role ? { role: r.role } : {}),
        ...(r.startedOn ? dateProps('startedOn', r.startedOn) : {}),
        ...(r.endedOn ? dateProps('endedOn', r.endedOn) : {}),
        ...(r.onBehalfOf ? { onBehalfOf: r.onBehalfOf } : {}),
      },
    });
  }
  return { nodes, rels: dedupeRels(rels) };
}

/** A bundle with every seed file present, those not given empty. */
export function completeBundle(input: Partial<RecordBundle>): RecordBundle {
  const bundle = {} as Record<RecordKind, unknown[]>;
  for (const file of Object.keys(RECORD_CLASSES) as RecordKind[]) bundle[file] = input[file] ?? [];
  return bundle as RecordBundle;
}

/** The same (from, type, to) stated twice keeps one relationship citing the union of sources. */
function dedupeRels(rels: RelRow[]): RelRow[] {
  const byKey = new Map<string, RelRow>();
  for (const rel of rels) {
    const key = `${rel.from}|${rel.type}|${rel.to}`;
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, rel);
      continue;
    }
    const merged = new Set([
      ...((seen.props.sourceIds as string[] | undefined) ?? []),
      ...((rel.props.sourceIds as string[] | undefined) ?? []),
    ]);
    seen.props = { ...rel.props, ...seen.props, ...(merged.size > 0 ? { sourceIds: [...merged].sort() } : {}) };
  }
  return [...byKey.values()];
}
