import type { BuildInputs, ResearchSource } from './research.js';
import {
  assert,
  doc,
  joinNotes,
  personId,
  plainName,
  uniq,
  withNote,
  type DocumentOut,
  type EventOut,
  type RelationOut,
  type SeedMaps,
  type VoteOut,
} from './seed-maps.js';
import { Office } from '../../model/office.js';
import { roleFits } from '../../model/relation-role.js';

/**
 * Facts that lived only in prose, made data: votes on events and resolutions, who chaired or
 * presided, offices held in turn, EU membership with dates, the people a document names and in what
 * role, and event kinds that tell an intersessional consultation from a formal session. Every fact is
 * one of research/2026-12/key-documents.json (or of a record built from research/ already) and keeps
 * its sources; the decisions the notes leave open are in seeds/curated/facts.json.
 */

interface Curated {
  checkedOn: string;
  documents: Record<
    string,
    { id: string; kind: string; symbol: string | null; publishedOn: string | null; publisherOrganization: string | null; original?: string }
  >;
  sameAs: Record<string, string>;
  votes: Record<string, { id: string; at: string; on: string[] }>;
  newEvents: { id: string; kind: string; name: string; place: string | null; body: string | null; sources: string[]; note: string }[];
  decisions: Record<string, string>;
  chairRoles: Record<string, string>;
  chairOffices: Record<string, string>;
  bodies: Record<string, string>;
  chairsFromPositions: { position: string; type: string; role: string; note: string }[];
  coChairEvents: Record<string, string>;
  offices: Record<string, string>;
  namedRoles: Record<string, string>;
  namedDocument: string;
  authors: {
    document: string;
    person: { id: string; name: string; description: string };
    sources: string[];
    note: string;
  }[];
  euMembership: { to: string; formerMembers: { iso3: string; endedOn: string; sources: string[]; note: string }[] };
  eventKinds: { from: string; to: string; nameContains: string }[];
}

export function addFacts(maps: SeedMaps, input: BuildInputs): void {
  const curated = input.curated('facts.json') as Curated;
  const sourceDoc = (sourceId: string): string => {
    const id = curated.sameAs[sourceId] ?? curated.documents[sourceId]?.id;
    assert(id, `facts: research source ${sourceId} is not mapped to a document`);
    assert(maps.documents.has(id), `facts: document ${id} (for ${sourceId}) is not in the graph`);
    return id;
  };
  addDocuments(maps, input, curated);
  addVotes(maps, input, curated, sourceDoc);
  addChairs(maps, input, curated, sourceDoc);
  addOffices(maps, curated);
  addNamedPeople(maps, input, curated, sourceDoc);
  addMemberships(maps, input, curated, sourceDoc);
  reclassifyEvents(maps, curated);
}

function addRelation(maps: SeedMaps, relation: RelationOut): void {
  const key = `${relation.from}|${relation.type}|${relation.to}`;
  assert(!maps.relations.has(key), `facts: duplicate relation ${key}`);
  assert(roleFits(relation.type, relation.role), `facts: role ${relation.role} does not fit ${relation.type}`);
  for (const end of [relation.from, relation.to, relation.onBehalfOf ?? null]) {
    if (end !== null) assert(idExists(maps, end), `facts: relation ${key} points to unknown ${end}`);
  }
  maps.relations.set(key, relation);
}

function idExists(maps: SeedMaps, id: string): boolean {
  return Object.values(maps).some((records: Map<string, unknown>) => records.has(id));
}

/** The review's sources these facts rest on, as documents, with the same fields in the same order as every other. */
function addDocuments(maps: SeedMaps, input: BuildInputs, curated: Curated): void {
  for (const [sourceId, cfg] of Object.entries(curated.documents)) {
    const s: ResearchSource | undefined = input.keyDocuments.sources.find((x) => x.id === sourceId);
    assert(s?.grade && s.grade_reason, `facts: key-documents source ${sourceId} missing or ungraded`);
    assert(!maps.documents.has(cfg.id), `facts: duplicate document ${cfg.id}`);
    const grade = s.grade.toUpperCase();
    const original = cfg.original ? maps.documents.get(cfg.original) : undefined;
    if (cfg.original) assert(original, `facts: ${cfg.id}'s original ${cfg.original} is not built yet`);
    const rec: DocumentOut = {
      id: cfg.id,
      kind: cfg.kind,
      title: s.title,
      symbol: cfg.symbol,
      url: s.url ?? null,
      publisher: s.publisher ?? null,
      publisherOrganization: cfg.publisherOrganization,
      publishedOn: cfg.publishedOn,
      grade,
      gradeReason: s.grade_reason,
      original: original?.id ?? null,
      originalUrl: original?.url ?? null,
      originalUrlStatus: original ? 'CONFIRMED' : grade === 'COPY' ? 'UNKNOWN' : null,
      checkedOn: curated.checkedOn,
      confidence: 'stated',
    };
    withNote(rec, s.note ?? null);
    maps.documents.set(rec.id, rec);
  }
}

function addVotes(maps: SeedMaps, input: BuildInputs, curated: Curated, sourceDoc: (id: string) => string): void {
  for (const e of curated.newEvents) {
    assert(!maps.events.has(e.id), `facts: duplicate event ${e.id}`);
    const event: EventOut = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      start: null,
      end: null,
      place: e.place,
      description: null,
      partOf: null,
      body: e.body,
      treaty: null,
      participant: null,
      consentKind: null,
      sources: e.sources.map(sourceDoc),
      confidence: 'stated',
      note: e.note,
    };
    maps.events.set(event.id, event);
  }
  const seen = new Set<string>();
  for (const v of input.keyDocuments.votes) {
    const cfg = curated.votes[v.body];
    assert(cfg, `facts: no curated vote for ${v.body}`);
    seen.add(v.body);
    const event = maps.events.get(cfg.at);
    assert(event, `facts: vote ${cfg.id} at unknown event ${cfg.at}`);
    if (v.date !== null) assert(event.start === v.date, `facts: vote ${cfg.id} on ${v.date} but its event starts ${event.start}`);
    const decision = curated.decisions[v.result.split(' ')[0] ?? ''];
    assert(decision, `facts: vote result not understood: ${v.result}`);
    const withoutVote = /without a vote/.test(v.result);
    const vote: VoteOut = {
      id: cfg.id,
      at: cfg.at,
      on: cfg.on,
      subject: v.text,
      decision,
      withoutVote,
      inFavour: v.in_favour,
      against: v.against,
      abstentions: v.abstentions,
      date: v.date,
      wording: v.verbatim ?? null,
      sources: uniq(v.sources.map(sourceDoc)),
      confidence: 'stated',
    };
    withNote(vote, joinNotes(`${v.body}: ${v.result}.`, v.note ?? null));
    maps.votes.set(vote.id, vote);
    event.sources = uniq([...event.sources, ...vote.sources]);
  }
  assert(seen.size === Object.keys(curated.votes).length, 'facts: a curated vote matches no research vote');
}

function addChairs(maps: SeedMaps, input: BuildInputs, curated: Curated, sourceDoc: (id: string) => string): void {
  // The bureau elected on 10 May 2021; entries without a named person or State are notes, not facts.
  for (const c of input.keyDocuments.chairs) {
    if (!c.iso3 || !c.name) continue;
    const role = curated.chairRoles[c.role];
    const body = curated.bodies[c.body ?? ''];
    assert(role && body, `facts: chair ${c.name}: role ${c.role} or body not mapped`);
    const person = personId(c.name);
    assert(maps.persons.has(person), `facts: chair ${c.name} is not a person of the graph`);
    addRelation(maps, {
      from: person,
      type: 'CHAIRED',
      to: body,
      role,
      startedOn: c.elected ?? null,
      endedOn: null,
      onBehalfOf: `state:${c.iso3}`,
      sources: uniq(c.sources.map(sourceDoc)),
      confidence: 'stated',
      note: `Elected for ${c.state} (${c.group}), as published: ${c.name_as_published}.`,
    });
    const position = maps.positions.get(`position:${person.slice('person:'.length)}-${body.slice('org:'.length)}`);
    assert(position, `facts: no position for the bureau member ${c.name}`);
    position.office = curated.chairOffices[role] ?? null;
  }
  for (const c of curated.chairsFromPositions) {
    const position = maps.positions.get(c.position);
    assert(position, `facts: ${c.position} missing`);
    addRelation(maps, {
      from: position.person,
      type: c.type,
      to: position.in,
      role: c.role,
      startedOn: position.from,
      endedOn: position.until,
      onBehalfOf: null,
      sources: position.sources,
      confidence: position.confidence,
      note: c.note,
    });
  }
  for (const f of [...input.facts1.facts, ...input.facts2.facts]) {
    if (!f.co_chairs) continue;
    const event = curated.coChairEvents[f.name ?? ''];
    assert(event && maps.events.has(event), `facts: the co-chaired event ${f.name} is not mapped`);
    for (const written of f.co_chairs) {
      const name = plainName(written.replace(/\s*\(.*\)\s*$/, ''));
      const person = personId(name);
      assert(maps.persons.has(person), `facts: co-chair ${name} is not a person of the graph`);
      addRelation(maps, {
        from: person,
        type: 'CHAIRED',
        to: event,
        role: 'CO_CHAIR',
        startedOn: null,
        endedOn: null,
        onBehalfOf: null,
        sources: uniq(f.sources.map(doc)),
        confidence: f.confidence,
        note: `Co-chair as the research writes it: ${written}.`,
      });
    }
  }
}

/** Every position names its office (null when it is no office held in turn), in one place in the record. */
function addOffices(maps: SeedMaps, curated: Curated): void {
  for (const [id, office] of Object.entries(curated.offices)) {
    const position = maps.positions.get(id);
    assert(position, `facts: office for unknown position ${id}`);
    position.office = office;
  }
  const offices = Object.values(Office) as string[];
  for (const position of maps.positions.values()) {
    const { sources, confidence, note, office, ...head } = position;
    assert(office === undefined || office === null || offices.includes(office), `facts: unknown office ${office}`);
    maps.positions.set(position.id, { ...head, office: office ?? null, sources, confidence, ...(note ? { note } : {}) });
  }
}

function addNamedPeople(maps: SeedMaps, input: BuildInputs, curated: Curated, sourceDoc: (id: string) => string): void {
  for (const n of input.keyDocuments.press_release_people) {
    const role = curated.namedRoles[n.kind];
    assert(role, `facts: named-person kind not mapped: ${n.kind}`);
    const sources = uniq(n.sources.map(sourceDoc));
    assert(sources.includes(curated.namedDocument), `facts: ${n.name} is not named by ${curated.namedDocument}`);
    const person = personId(n.name);
    assert(maps.persons.has(person), `facts: ${n.name} is not a person of the graph`);
    addRelation(maps, {
      from: curated.namedDocument,
      type: 'NAMES',
      to: person,
      role,
      sources,
      confidence: 'stated',
      note: joinNotes(`Named as ${n.role_in_release} (${n.kind}).`, n.note ?? null),
    });
  }
  for (const a of curated.authors) {
    const sources = a.sources.map(sourceDoc);
    assert(!maps.persons.has(a.person.id), `facts: duplicate person ${a.person.id}`);
    maps.persons.set(a.person.id, { ...a.person, aliases: [], nationality: null, sources, confidence: 'stated' });
    // Move the description after nationality, as every person record has it.
    const { description, sources: s, confidence, ...head } = maps.persons.get(a.person.id)!;
    maps.persons.set(a.person.id, { ...head, description, sources: s, confidence });
    addRelation(maps, { from: a.document, type: 'NAMES', to: a.person.id, role: 'AUTHOR', sources, confidence: 'stated', note: a.note });
  }
}

function addMemberships(maps: SeedMaps, input: BuildInputs, curated: Curated, sourceDoc: (id: string) => string): void {
  const to = curated.euMembership.to;
  for (const m of input.keyDocuments.eu_members) {
    addRelation(maps, {
      from: `state:${m.iso3}`,
      type: 'MEMBER_OF',
      to,
      startedOn: m.member_since,
      endedOn: null,
      sources: uniq(m.sources.map(sourceDoc)),
      confidence: 'stated',
    });
  }
  for (const m of curated.euMembership.formerMembers) {
    addRelation(maps, {
      from: `state:${m.iso3}`,
      type: 'MEMBER_OF',
      to,
      startedOn: null,
      endedOn: m.endedOn,
      sources: uniq(m.sources.map(sourceDoc)),
      confidence: 'stated',
      note: m.note,
    });
  }
}

/** Kinds the sources' own names give: "Fifth intersessional consultation" is no formal session. */
function reclassifyEvents(maps: SeedMaps, curated: Curated): void {
  for (const event of maps.events.values()) {
    const rule = curated.eventKinds.find((r) => r.from === event.kind && event.name.toLowerCase().includes(r.nameContains));
    if (rule) event.kind = rule.to;
  }
}
