import type { BuildInputs, ResearchFact, ResearchFile } from './research.js';
import {
  assert,
  doc,
  joinNotes,
  personId,
  plainName,
  slug,
  uniq,
  withNote,
  type ClaimOut,
  type Confidence,
  type ConflictOut,
  type DocumentOut,
  type EventOut,
  type OrganizationOut,
  type ParticipantOut,
  type PersonOut,
  type PositionOut,
  type ProcessOut,
  type RelationOut,
  type SeedMaps,
  type StatementOut,
  type TreatyActionOut,
  type TreatyOut,
} from './seed-maps.js';

/**
 * The graph as the research notes of research/shared/ and the curated tables of seeds/curated/ give
 * it: documents, participants, events, organizations, persons, positions, statements, treaty actions,
 * treaties, processes, claims, conflicts and relations. Later passes (evidence.ts) add to it.
 */

export const TREATY = 'treaty:un-cybercrime-convention';
export const PRESS = 'doc:unodc-press-release-adoption';

interface CuratedDocuments {
  defaultKind: string;
  kinds: Record<string, string[]>;
  sourceSymbols: Record<string, string>;
  documentFacts: Record<
    string,
    { id?: string; kind?: string; publisher?: string; dateIsPublication: boolean; mergeInto?: string; symbol?: string | null }
  >;
  added: DocumentOut[];
}
interface OrgPart {
  id: string;
  name: string;
  acronym?: string | null;
  kind: string;
}
interface CuratedOrganizations {
  fromFacts: Record<string, { id?: string; kind?: string; acronym?: string; mergeInto?: string; split?: OrgPart[] }>;
  roleLabels: Record<string, string>;
  roleOverrides: Record<string, { in: string }>;
  fromRoles: (OrgPart & { acronym: string | null; description: string | null; roleLabel: string })[];
  fromPressRelease: (OrgPart & { acronym: string | null; description: string | null; snippet: string })[];
  fromEvents: (OrgPart & { acronym: string | null; description: string | null; event: string })[];
}
interface CuratedEvents {
  facts: Record<string, { id: string; kind: string; body: string | null; partOf: string | null; actor?: string }>;
  sessions: { defaultPartOf: string; overrides: Record<string, { id?: string; partOf?: string; foldInto?: string }> };
}
interface CuratedStatements {
  quotes: Record<string, { about: string[]; at: string | null; saidOn?: string; saidOnFrom?: string; addSources?: string[] }>;
  speakers: Record<string, { person?: string; note?: string; placeholder?: { id: string; name: string; description: string } }>;
}
interface CuratedPress {
  statements: {
    id: string;
    speaker: string;
    text: string;
    saidOn: string;
    context: string | null;
    roleAtTime: string | null;
    about: string[];
    at: string | null;
    note?: string | null;
  }[];
  claims: { id: string; topic: string; subject: string; value: string; date: string | null; about: string[]; note: string | null }[];
  extraSources: { id: string; snippet: string }[];
}
interface CuratedTreaty {
  id: string;
  kind: string;
  title?: string;
  titleFromDocumentFact?: string;
  shortTitle: string;
  stage: string;
  adoptedOn: string | null;
  adoptedBy: string | null;
  adoptionDocument: string | null;
  depositary: string | null;
  signatureFromRule?: string;
  signature?: TreatyOut['signature'];
  entryIntoForceFromRule?: string;
  entryIntoForce?: TreatyOut['entryIntoForce'];
  supplements: string | null;
  sources: string[];
  confidence: Confidence;
  note: string | null;
}
interface CuratedCore {
  treaties: CuratedTreaty[];
  processes: (Omit<ProcessOut, 'sources'> & { sources: string[] })[];
  relations: (Omit<RelationOut, 'sources'> & { sources: string[] })[];
  conflicts: Record<string, { id: string; about: string[] }>;
  countClaimAbout: { match: string; about: string[] }[];
}
interface Member {
  iso3: string;
  name: string;
  regionalGroup: string | null;
  note?: string;
}

const REGIONAL_GROUPS = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHERS'];
export const ACTION_KINDS: Record<string, string> = {
  signature: 'SIGNATURE',
  ratification: 'RATIFICATION',
  acceptance: 'ACCEPTANCE',
  approval: 'APPROVAL',
  accession: 'ACCESSION',
  succession: 'SUCCESSION',
};

const normQuotes = (text: string): string => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

export function buildBase(input: BuildInputs): SeedMaps {
  const F1 = input.facts1;
  const F2 = input.facts2;
  const inPressRelease = (text: string): boolean => normQuotes(input.pressRelease).includes(normQuotes(text));
  const C_DOCS = input.curated('documents.json') as CuratedDocuments;
  const C_ORGS = input.curated('organizations.json') as CuratedOrganizations;
  const C_EVENTS = input.curated('events.json') as CuratedEvents;
  const C_STATEMENTS = input.curated('statements.json') as CuratedStatements;
  const C_PRESS = input.curated('press-release.json') as CuratedPress;
  const C_CORE = input.curated('core.json') as CuratedCore;
  const C_SIGNERS = input.curated('signers.json') as Record<string, { person: string; asWritten: string } | string>;
  const C_MEMBERS = input.curated('member-states.json') as Member[];

  const facts = [...F1.facts, ...F2.facts];
  const factsOf = (kind: string, file: ResearchFile | null = null): ResearchFact[] =>
    (file ? file.facts : facts).filter((f) => f.kind === kind);

  // Documents
  const documents = new Map<string, DocumentOut>();
  const sourceIds = [...F1.sources, ...F2.sources].map((s) => s.id);
  assert(new Set(sourceIds).size === sourceIds.length, 'source ids collide between the two research files');
  const kindOfSource = new Map<string, string>();
  for (const [kind, ids] of Object.entries(C_DOCS.kinds))
    for (const id of ids) {
      assert(!kindOfSource.has(id), `document kind given twice for ${id}`);
      kindOfSource.set(id, kind);
    }
  for (const id of kindOfSource.keys()) assert(sourceIds.includes(id), `curated kind for unknown source ${id}`);

  for (const s of [...F1.sources, ...F2.sources]) {
    const symbol = C_DOCS.sourceSymbols[s.id] ?? null;
    if (symbol) assert(s.title.includes(symbol), `symbol ${symbol} not in the title of ${s.id}`);
    const rec: DocumentOut = {
      id: doc(s.id),
      kind: kindOfSource.get(s.id) ?? C_DOCS.defaultKind,
      title: s.title,
      symbol,
      // Only web addresses are URLs; a research locator that is not one stays out of the graph.
      url: typeof s.url === 'string' && /^https?:\/\//.test(s.url) ? s.url : null,
      publisher: s.publisher ?? null,
      publishedOn: s.published ?? null,
      confidence: 'stated',
    };
    withNote(rec, s.note ?? null);
    documents.set(rec.id, rec);
  }
  assert(documents.size === 166, `expected 166 source documents, got ${documents.size}`);

  for (const f of factsOf('document')) {
    const cfg = C_DOCS.documentFacts[f.symbol ?? ''];
    assert(cfg, `no curated mapping for document fact ${f.symbol}`);
    const factNote = joinNotes(f.description ?? null, f.note ?? null);
    if (cfg.mergeInto) {
      const target = documents.get(doc(cfg.mergeInto));
      assert(target, `merge target ${cfg.mergeInto} missing`);
      const symbol = 'symbol' in cfg ? cfg.symbol : f.symbol;
      if (symbol) target.symbol = symbol;
      if (cfg.dateIsPublication && target.publishedOn === null && f.date) target.publishedOn = f.date;
      const extraSources = f.sources.filter((id) => id !== cfg.mergeInto).map(doc);
      if (extraSources.length) target.sources = uniq([...(target.sources ?? []), ...extraSources]);
      const recordNote =
        target.title === f.title
          ? factNote
          : joinNotes(`Research record for this document: '${f.title}'${f.date ? ` (${f.date})` : ''}.`, factNote);
      target.note = joinNotes(target.note ?? null, recordNote);
      if (target.note === null) delete target.note;
    } else {
      assert(cfg.id && cfg.kind && f.title && f.symbol, `document fact ${f.symbol} needs an id, kind and title`);
      const rec: DocumentOut = {
        id: cfg.id,
        kind: cfg.kind,
        title: f.title,
        symbol: f.symbol,
        url: null,
        publisher: cfg.publisher ?? null,
        publishedOn: cfg.dateIsPublication ? (f.date ?? null) : null,
        sources: f.sources.map(doc),
        confidence: f.confidence,
      };
      const dateNote =
        !cfg.dateIsPublication && f.date ? `Date in the research: ${f.date} (the day the General Assembly acted on it).` : null;
      withNote(rec, joinNotes(factNote, dateNote));
      assert(!documents.has(rec.id), `duplicate document ${rec.id}`);
      documents.set(rec.id, rec);
    }
  }
  for (const d of C_DOCS.added) {
    assert(!documents.has(d.id), `duplicate document ${d.id}`);
    documents.set(d.id, { ...d });
  }

  // Participants
  const participants = new Map<string, ParticipantOut>();
  for (const m of C_MEMBERS) {
    assert(/^[A-Z]{3}$/.test(m.iso3), `bad iso3 ${m.iso3}`);
    assert(m.regionalGroup === null || REGIONAL_GROUPS.includes(m.regionalGroup), `bad regional group for ${m.iso3}`);
    const rec: ParticipantOut = {
      id: `state:${m.iso3}`,
      kind: 'MEMBER_STATE',
      iso3: m.iso3,
      name: m.name,
      regionalGroup: m.regionalGroup,
      sources: ['doc:un-member-states', 'doc:un-dgacm-regional-groups'],
      confidence: 'stated',
    };
    withNote(rec, m.note ?? null);
    assert(!participants.has(rec.id), `duplicate member state ${rec.id}`);
    participants.set(rec.id, rec);
  }
  assert(participants.size === 193, `expected exactly 193 UN Member States, got ${participants.size}`);
  {
    const euAction = factsOf('treaty_action', F1).find((f) => f.iso3 === null && f.state === 'European Union');
    assert(euAction, 'EU signature record not found');
    participants.set('reio:eu', {
      id: 'reio:eu',
      kind: 'REIO',
      iso3: null,
      name: 'European Union',
      regionalGroup: null,
      sources: uniq(['untc-xviii-16', 'eubusiness-eu-signs', 'agensir-eu'].map(doc)),
      confidence: 'stated',
      note: 'Regional economic integration organization, not a state, so it has no ISO 3166-1 code. Article 65(1) does not count its instrument in addition to those of its member States.',
    });
  }
  for (const f of facts) {
    for (const iso of [f.iso3, f.state_iso3, f.country_iso3].flat()) {
      if (iso) assert(participants.has(`state:${iso}`), `research names unknown state ${iso}`);
    }
  }

  // Events (needed early: organizations created from events take their sources)
  const events = new Map<string, EventOut>();
  for (const f of factsOf('event')) {
    const cfg = C_EVENTS.facts[f.name ?? ''];
    assert(cfg && f.name, `no curated mapping for event ${JSON.stringify(f.name)}`);
    const extras = [
      f.vote ? `Vote: ${f.vote}.` : null,
      f.session ? `Session: ${f.session}.` : null,
      f.presiding ? `Presiding: ${f.presiding}.` : null,
      f.venue ? `Venue: ${f.venue}.` : null,
      f.theme ? `Theme: ${f.theme}.` : null,
      f.co_chairs ? `Co-chairs: ${f.co_chairs.join('; ')}.` : null,
    ];
    const rec: EventOut = {
      id: cfg.id,
      kind: cfg.kind,
      name: f.name,
      start: f.date ?? f.date_start ?? null,
      end: f.date_end ?? null,
      place: f.location ?? null,
      description: joinNotes(f.description ?? null, ...extras),
      partOf: cfg.partOf,
      body: cfg.body,
      sources: f.sources.map(doc),
      confidence: f.confidence,
    };
    const undated = rec.start === null ? 'The date is not given in the sources.' : null;
    withNote(rec, joinNotes(f.note ?? null, f.note ? null : undated));
    assert(!events.has(rec.id), `duplicate event ${rec.id}`);
    events.set(rec.id, rec);
  }
  const foldedSessions: { fact: ResearchFact; into: string }[] = [];
  for (const f of factsOf('negotiation_session')) {
    const name = f.name ?? '';
    const ov = C_EVENTS.sessions.overrides[name] ?? {};
    if (ov.foldInto) {
      foldedSessions.push({ fact: f, into: ov.foldInto });
      continue;
    }
    const body = f.body ?? '';
    const intersessional = /intersessional/i.test(body);
    assert(/^Ad Hoc Committee/.test(body), `unexpected session body ${body}`);
    const rec: EventOut = {
      id: ov.id ?? `event:ahc-${slug(name)}`,
      kind: 'COMMITTEE_SESSION',
      name: `Ad Hoc Committee: ${name}${intersessional ? ' (with multi-stakeholders)' : ''}`,
      start: f.date_start ?? null,
      end: f.date_end ?? null,
      place: f.city ?? null,
      description: intersessional ? 'Intersessional consultation of the Ad Hoc Committee with multi-stakeholders.' : null,
      partOf: ov.partOf ?? C_EVENTS.sessions.defaultPartOf,
      body: 'org:ahc-cybercrime',
      sources: f.sources.map(doc),
      confidence: f.confidence,
    };
    withNote(rec, f.note ?? null);
    assert(!events.has(rec.id), `duplicate event ${rec.id}`);
    events.set(rec.id, rec);
  }

  // Organizations
  const organizations = new Map<string, OrganizationOut>();
  const addOrg = (rec: OrganizationOut): void => {
    assert(!organizations.has(rec.id), `duplicate organization ${rec.id}`);
    organizations.set(rec.id, rec);
  };
  const orgMerges: { f: ResearchFact; into: string }[] = [];
  for (const f of factsOf('organization')) {
    const name = f.name ?? '';
    const cfg = C_ORGS.fromFacts[name];
    assert(cfg, `no curated mapping for organization ${JSON.stringify(name)}`);
    if (cfg.mergeInto) {
      orgMerges.push({ f, into: cfg.mergeInto });
      continue;
    }
    const parts: OrgPart[] = cfg.split ?? [
      { id: cfg.id ?? '', name, acronym: f.abbreviation ?? cfg.acronym ?? null, kind: cfg.kind ?? '' },
    ];
    for (const p of parts) {
      const rec: OrganizationOut = {
        id: p.id,
        name: p.name,
        acronym: p.acronym ?? null,
        kind: p.kind,
        description: f.description ?? null,
        sources: f.sources.map(doc),
        confidence: f.confidence,
      };
      withNote(
        rec,
        joinNotes(f.note ?? null, cfg.split ? `The research records '${name}' as one entry; split into one organization each.` : null),
      );
      addOrg(rec);
    }
  }
  for (const { f, into } of orgMerges) {
    const t = organizations.get(into);
    assert(t, `organization merge target ${into} missing`);
    t.description = joinNotes(t.description, f.description ?? null);
    t.sources = uniq([...t.sources, ...f.sources.map(doc)]);
    t.note = joinNotes(t.note ?? null, `Merged with the research entry '${f.name}'.`);
  }
  const roleFacts = factsOf('role');
  for (const o of C_ORGS.fromRoles) {
    const rf = roleFacts.filter((r) => r.organization === o.roleLabel);
    assert(rf.length > 0, `no role fact names ${o.roleLabel}`);
    addOrg({
      id: o.id,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      description: o.description,
      sources: uniq(rf.flatMap((r) => r.sources).map(doc)),
      confidence: 'stated',
      note: `Named in the research as the organization of a role ('${o.roleLabel}').`,
    });
  }
  for (const o of C_ORGS.fromPressRelease) {
    assert(inPressRelease(o.snippet), `press-release snippet not found: ${o.snippet}`);
    addOrg({
      id: o.id,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      description: o.description,
      sources: [PRESS],
      confidence: 'stated',
    });
  }
  for (const o of C_ORGS.fromEvents) {
    const ev = events.get(o.event);
    assert(ev, `event ${o.event} missing for organization ${o.id}`);
    addOrg({
      id: o.id,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      description: o.description,
      sources: [...ev.sources],
      confidence: ev.confidence,
      note: `Named in the research event '${ev.name}'.`,
    });
  }

  // Persons
  const persons = new Map<string, PersonOut>();
  const touchPerson = (
    rawName: string,
    sources: string[],
    confidence: Confidence,
    extra: { aliases?: string[]; nationality?: string | null; description?: string | null } = {},
  ): PersonOut => {
    const name = plainName(rawName).replace(/\s+/g, ' ');
    const id = personId(rawName);
    let p = persons.get(id);
    if (!p) {
      p = { id, name, aliases: [], nationality: null, description: null, sources: [], confidence };
      persons.set(id, p);
    }
    if (rawName !== p.name && !p.aliases.includes(rawName)) p.aliases.push(rawName);
    for (const a of extra.aliases ?? []) if (a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
    if (extra.nationality) p.nationality = extra.nationality;
    if (extra.description) p.description = extra.description;
    p.sources = uniq([...p.sources, ...sources.map(doc)]);
    if (confidence === 'stated') p.confidence = 'stated';
    return p;
  };
  for (const f of factsOf('person')) {
    touchPerson(f.name ?? '', f.sources, f.confidence, {
      aliases: f.aliases ?? [],
      nationality: typeof f.iso3 === 'string' ? f.iso3 : null,
      description: f.description ?? null,
    });
  }
  for (const r of roleFacts) touchPerson(r.person ?? '', r.sources, r.confidence);
  const speakerMap = C_STATEMENTS.speakers;
  const speakerOf = (q: ResearchFact): PersonOut => {
    const speaker = q.speaker ?? '';
    const cfg = speakerMap[speaker];
    if (!cfg) return touchPerson(speaker, q.sources, q.confidence);
    if (cfg.placeholder) {
      let p = persons.get(cfg.placeholder.id);
      if (!p) {
        p = {
          id: cfg.placeholder.id,
          name: cfg.placeholder.name,
          aliases: [speaker],
          nationality: null,
          description: cfg.placeholder.description,
          sources: [],
          confidence: q.confidence,
        };
        persons.set(p.id, p);
      }
      p.sources = uniq([...p.sources, ...q.sources.map(doc)]);
      return p;
    }
    return touchPerson(cfg.person ?? speaker, q.sources, q.confidence);
  };
  for (const q of factsOf('quote')) speakerOf(q);
  for (const x of C_PRESS.extraSources) {
    assert(inPressRelease(x.snippet), `press-release snippet not found: ${x.snippet}`);
  }

  // Positions
  const positions = new Map<string, PositionOut>();
  for (const r of roleFacts) {
    const person = personId(r.person ?? '');
    const inId = C_ORGS.roleOverrides[plainName(r.person ?? '')]?.in ?? C_ORGS.roleLabels[r.organization ?? ''];
    assert(inId, `no curated mapping for role organization ${JSON.stringify(r.organization)}`);
    const base = `position:${person.slice('person:'.length)}-${slug(inId.split(':')[1] ?? '')}`;
    let id = base;
    for (let n = 2; positions.has(id); n++) id = `${base}-${n}`;
    const elected = inId === 'org:ahc-cybercrime' && r.date ? r.date : null;
    // an undated role is observed on the dated quotes whose role_at_time names that same office
    let observedOn = r.date ?? null;
    let observedNote: string | null = null;
    if (!observedOn) {
      const office = `${r.role}, ${r.organization}`;
      const dated = factsOf('quote')
        .filter((q) => q.date && q.role_at_time === office && speakerOf(q).id === person)
        .map((q) => q.date as string)
        .sort();
      if (dated.length) {
        observedOn = dated[0] ?? null;
        observedNote = `observedOn: earliest dated quote whose role at the time is '${office}'.`;
      }
    }
    const rec: PositionOut = {
      id,
      person,
      in: inId,
      title: r.role ?? '',
      from: elected,
      until: null,
      observedOn,
      sources: r.sources.map(doc),
      confidence: r.confidence,
    };
    withNote(
      rec,
      joinNotes(
        r.note ?? null,
        elected ? 'from: the Bureau was elected at the first meeting of the organizational session (10 May 2021).' : null,
        observedNote,
      ),
    );
    positions.set(id, rec);
  }

  // Statements
  const statements = new Map<string, StatementOut>();
  const perSpeakerDay = new Map<string, number>();
  for (const q of factsOf('quote')) {
    const text = q.text ?? '';
    const key = text.slice(0, 30);
    const cfg = C_STATEMENTS.quotes[key];
    assert(cfg, `no curated entry for quote starting ${JSON.stringify(key)}`);
    const speaker = speakerOf(q).id;
    const saidOn = q.date ?? cfg.saidOn ?? null;
    const k = `${speaker}|${saidOn ?? 'undated'}`;
    const n = (perSpeakerDay.get(k) ?? 0) + 1;
    perSpeakerDay.set(k, n);
    const sources = uniq([...q.sources, ...(cfg.addSources ?? [])]);
    if (sources.includes('unodc-press-release-adoption')) {
      // the release ends a quoted sentence with ',' before 'said ...' where the research has '.'
      assert(inPressRelease(text.replace(/[.,]$/, '')), `quote cites the press release but is not in it: ${key}`);
    }
    const rec: StatementOut = {
      id: `statement:${speaker.slice('person:'.length)}-${saidOn ?? 'undated'}-${n}`,
      speaker,
      text,
      language: 'en',
      saidOn,
      context: q.context ?? null,
      roleAtTime: q.role_at_time ?? null,
      about: uniq([TREATY, ...cfg.about]),
      at: cfg.at,
      sources: sources.map(doc),
      confidence: q.confidence,
    };
    const speakerNote = speakerMap[q.speaker ?? '']?.note ?? null;
    withNote(
      rec,
      joinNotes(
        q.note ?? null,
        speakerNote,
        q.speaker !== plainName(q.speaker ?? '') || speakerMap[q.speaker ?? '']
          ? `Speaker as written in the research: '${q.speaker}'.`
          : null,
        cfg.saidOn && !q.date ? `saidOn at reduced precision from the research ${cfg.saidOnFrom}; the day is not given.` : null,
        (cfg.addSources ?? []).includes('unodc-press-release-adoption')
          ? 'The press release is added as a source: the sentence appears verbatim in it (within the same quotation as the previous sentence).'
          : null,
      ),
    );
    assert(!statements.has(rec.id), `duplicate statement ${rec.id}`);
    statements.set(rec.id, rec);
  }
  assert(statements.size === 35, `expected 35 quote statements, got ${statements.size}`);
  for (const s of C_PRESS.statements) {
    assert(inPressRelease(s.text), `press-release statement not found verbatim: ${s.text.slice(0, 40)}`);
    const rec: StatementOut = {
      id: s.id,
      speaker: s.speaker,
      text: s.text,
      language: 'en',
      saidOn: s.saidOn,
      context: s.context,
      roleAtTime: s.roleAtTime,
      about: uniq([TREATY, ...s.about]),
      at: s.at,
      sources: [PRESS],
      confidence: 'stated',
    };
    withNote(rec, s.note ?? null);
    assert(!statements.has(rec.id), `duplicate statement ${rec.id}`);
    statements.set(rec.id, rec);
  }

  // Treaty actions: file 1, with file 2 applied (a "supersedes" record replaces that state's record)
  const actionByKey = new Map<string, { fact: ResearchFact; superseded: ResearchFact | null }>();
  const actionKey = (f: ResearchFact): string => `${typeof f.iso3 === 'string' ? f.iso3 : 'EU'}|${f.action}`;
  for (const f of factsOf('treaty_action', F1)) {
    assert(!actionByKey.has(actionKey(f)), `duplicate action in file 1: ${actionKey(f)}`);
    actionByKey.set(actionKey(f), { fact: f, superseded: null });
  }
  assert(actionByKey.size === 48, `expected 48 actions in file 1, got ${actionByKey.size}`);
  for (const f of factsOf('treaty_action', F2)) {
    if (f.supersedes) {
      const old = [...actionByKey.values()].find((a) => `${a.fact.state} ${a.fact.action}` === f.supersedes);
      assert(old, `superseded record not found: ${f.supersedes}`);
      assert(actionKey(old.fact) === actionKey(f), `superseding record changes state/action: ${f.supersedes}`);
      actionByKey.set(actionKey(f), { fact: f, superseded: old.fact });
    } else {
      assert(!actionByKey.has(actionKey(f)), `file 2 adds a second record for ${actionKey(f)} without "supersedes"`);
      actionByKey.set(actionKey(f), { fact: f, superseded: null });
    }
  }
  const treatyActions = new Map<string, TreatyActionOut>();
  for (const { fact: f, superseded } of actionByKey.values()) {
    const kind = ACTION_KINDS[f.action ?? ''];
    assert(kind, `unknown treaty action ${f.action}`);
    const iso3 = typeof f.iso3 === 'string' ? f.iso3 : null;
    const participant = iso3 ? `state:${iso3}` : 'reio:eu';
    const signer = iso3 ? C_SIGNERS[iso3] : undefined;
    let signedBy: string | null = null;
    if (signer && typeof signer !== 'string') {
      assert((f.note ?? '').includes(signer.asWritten), `signer ${signer.asWritten} not named in the note for ${iso3}`);
      signedBy = personId(signer.person);
      assert(persons.has(signedBy), `signer ${signedBy} is not a Person`);
      if (signer.asWritten !== signer.person) touchPerson(signer.person, [], 'stated', { aliases: [signer.asWritten] });
    }
    let supersedeNote: string | null = null;
    if (superseded) {
      const kept = superseded.sources.every((s) => f.sources.includes(s));
      supersedeNote =
        `[Second research pass: this record supersedes the first pass's record (date ${superseded.date ?? 'null'}; ` +
        `sources ${superseded.sources.join(', ')}${superseded.note ? `; note: "${superseded.note}"` : ''}). ` +
        `Sources are the new record's${kept ? ", which include all of the old record's" : ''}.]`;
    }
    const rec: TreatyActionOut = {
      id: `action:uncc:${(iso3 ?? 'eu').toLowerCase()}:${f.action}`,
      treaty: TREATY,
      participant,
      kind,
      date: f.date ?? null,
      place: f.place ?? null,
      notification: null,
      signedBy,
      sources: f.sources.map(doc),
      confidence: f.confidence,
    };
    withNote(rec, joinNotes(f.note ?? null, supersedeNote));
    if (rec.date === null) assert(rec.note, `undated action ${rec.id} has no note`);
    assert(!treatyActions.has(rec.id), `duplicate treaty action ${rec.id}`);
    treatyActions.set(rec.id, rec);
  }
  {
    const signers = new Set([...treatyActions.values()].filter((a) => a.kind === 'SIGNATURE').map((a) => a.participant));
    assert(signers.size === 67, `expected 67 participants with a signature record, got ${signers.size}`);
    assert(signers.has('reio:eu'), 'the EU signature is missing');
  }

  // Treaties and processes
  const rules = factsOf('treaty_rule');
  const ruleByArticle = (article: string): ResearchFact => {
    const r = rules.find((x) => x.article === article);
    assert(r, `treaty rule ${article} not found`);
    return r;
  };
  const treaties = new Map<string, TreatyOut>();
  const processes = new Map<string, ProcessOut>();
  for (const t of C_CORE.treaties) {
    const rec: TreatyOut = { id: t.id, kind: t.kind };
    if (t.titleFromDocumentFact) {
      const d = factsOf('document').find((f) => f.symbol === t.titleFromDocumentFact);
      assert(d, `document fact ${t.titleFromDocumentFact} missing`);
      rec.title = d.title;
    } else rec.title = t.title;
    Object.assign(rec, {
      shortTitle: t.shortTitle,
      stage: t.stage,
      adoptedOn: t.adoptedOn,
      adoptedBy: t.adoptedBy,
      adoptionDocument: t.adoptionDocument,
      depositary: t.depositary,
    });
    const sources = [...t.sources];
    if (t.signatureFromRule) {
      const r = ruleByArticle(t.signatureFromRule);
      const e = r.essentials ?? {};
      assert(e.hanoi && e.new_york_until, `art. ${t.signatureFromRule}: no signature periods`);
      rec.signature = [
        { from: e.hanoi[0], until: e.hanoi[1], place: 'Hanoi' },
        { from: null, until: e.new_york_until, place: 'United Nations Headquarters in New York' },
      ];
      sources.push(...r.sources);
    } else rec.signature = t.signature;
    if (t.entryIntoForceFromRule) {
      const r = ruleByArticle(t.entryIntoForceFromRule);
      const e = r.essentials ?? {};
      assert(
        e.threshold_instruments === 40 && e.delay_days === 90 && e.reio_instruments_counted_additionally === false,
        'unexpected art. 65(1) essentials',
      );
      rec.entryIntoForce = {
        article: r.article ?? '',
        instrumentsRequired: e.threshold_instruments,
        countedKinds: (e.instrument_types ?? []).map((k) => ACTION_KINDS[k] ?? k),
        daysAfterThreshold: e.delay_days,
        reioCountedAdditionally: e.reio_instruments_counted_additionally,
        laterPartiesDays: null,
        text: r.text ?? '',
      };
      sources.push(...r.sources);
    } else rec.entryIntoForce = t.entryIntoForce;
    rec.supplements = t.supplements;
    rec.sources = uniq(sources).map(doc);
    rec.confidence = t.confidence;
    withNote(rec, t.note);
    treaties.set(rec.id, rec);
  }
  for (const p of C_CORE.processes) {
    const rec: ProcessOut = {
      id: p.id,
      name: p.name,
      mandate: p.mandate,
      start: p.start,
      end: p.end,
      conductedBy: p.conductedBy,
      produced: p.produced,
      sources: p.sources.map(doc),
      confidence: p.confidence,
    };
    withNote(rec, p.note);
    processes.set(rec.id, rec);
  }
  for (const { fact, into } of foldedSessions) {
    const p = processes.get(into);
    assert(p, `process ${into} missing`);
    p.sources = uniq([...p.sources, ...fact.sources.map(doc)]);
    p.note = joinNotes(
      p.note ?? null,
      `Research record '${fact.name}' (a negotiation_session without dates or place) is represented by this process, not by a session event.`,
    );
  }

  // Claims and conflicts
  const claims = new Map<string, ClaimOut>();
  const conflicts = new Map<string, ConflictOut>();
  const addClaim = (rec: ClaimOut): void => {
    assert(!claims.has(rec.id), `duplicate claim ${rec.id}`);
    claims.set(rec.id, rec);
  };
  for (const f of factsOf('state')) {
    const isos = [f.iso3 ?? []].flat();
    const rec: ClaimOut = {
      id: `claim:status-${isos.length === 1 ? (isos[0] ?? '').toLowerCase() : slug(f.name ?? '', 60)}`,
      topic: 'status',
      subject: f.name ?? '',
      value: f.status ?? '',
      date: null,
      about: isos.map((i) => `state:${i}`),
      conflict: null,
      sources: f.sources.map(doc),
      confidence: f.confidence,
    };
    withNote(rec, f.note ?? null);
    addClaim(rec);
  }
  for (const f of factsOf('count_claim')) {
    const rule = C_CORE.countClaimAbout.find((r) => `${f.subject} ${f.value}`.includes(r.match));
    assert(rule, `no curated 'about' for count claim ${f.subject}`);
    const rec: ClaimOut = {
      id: `claim:count-${slug(f.subject ?? '', 60)}`,
      topic: 'count',
      subject: f.subject ?? '',
      value: f.value ?? '',
      date: f.date ?? null,
      about: uniq([TREATY, ...rule.about]),
      conflict: null,
      sources: f.sources.map(doc),
      confidence: f.confidence,
    };
    withNote(rec, f.note ?? null);
    addClaim(rec);
  }
  const RULES_IN_TREATY = new Set(['64', '65(1)']);
  const RULE_ABOUT: Record<string, string[]> = {
    'review mechanism': ['org:cosp-cybercrime'],
    'ratification threshold debate': ['process:uncc-negotiations'],
  };
  for (const r of rules) {
    if (r.article && RULES_IN_TREATY.has(r.article)) continue;
    const topic = r.topic ?? '';
    const rec: ClaimOut = {
      id: `claim:rule-${slug(topic, 60)}`,
      topic,
      subject: r.article ? `Article ${r.article}` : 'United Nations Convention against Cybercrime',
      value: r.text ?? '',
      date: null,
      about: uniq([TREATY, ...(RULE_ABOUT[topic] ?? [])]),
      conflict: null,
      sources: r.sources.map(doc),
      confidence: r.confidence,
    };
    withNote(rec, r.note ?? null);
    addClaim(rec);
  }
  for (const c of [...F1.conflicts, ...F2.conflicts]) {
    const cfg = C_CORE.conflicts[c.topic];
    assert(cfg, `no curated mapping for conflict ${JSON.stringify(c.topic)}`);
    const rec: ConflictOut = {
      id: cfg.id,
      topic: c.topic,
      note: c.note ?? null,
      sources: uniq(c.claims.map((x) => doc(x.source))),
      confidence: 'stated',
    };
    assert(!conflicts.has(rec.id), `duplicate conflict ${rec.id}`);
    conflicts.set(rec.id, rec);
    c.claims.forEach((x, i) => {
      addClaim({
        id: `claim:${cfg.id.slice('conflict:'.length)}-${i + 1}`,
        topic: c.topic,
        subject: c.topic,
        value: x.value,
        date: null,
        about: cfg.about,
        conflict: cfg.id,
        sources: [doc(x.source)],
        confidence: 'stated',
      });
    });
  }
  for (const c of C_PRESS.claims) {
    assert(inPressRelease(c.value), `press-release claim not found verbatim: ${c.id}`);
    const rec: ClaimOut = {
      id: c.id,
      topic: c.topic,
      subject: c.subject,
      value: c.value,
      date: c.date,
      about: c.about,
      conflict: null,
      sources: [PRESS],
      confidence: 'stated',
    };
    withNote(rec, c.note);
    addClaim(rec);
  }

  // press-release extra sources (entities whose press-release fact is not among their research sources)
  const withSources: Map<string, { sources?: string[] }>[] = [organizations, persons, treaties, processes, events, statements, claims];
  for (const x of C_PRESS.extraSources) {
    const rec = withSources.map((m) => m.get(x.id)).find(Boolean);
    assert(rec, `extraSources: unknown id ${x.id}`);
    rec.sources = uniq([...(rec.sources ?? []), PRESS]);
  }

  // Relations
  const relations = new Map<string, RelationOut>();
  const addRelation = (r: {
    from: string;
    type: string;
    to: string;
    sources: string[];
    confidence: Confidence;
    note?: string | null;
  }): void => {
    const key = `${r.from}|${r.type}|${r.to}`;
    assert(!relations.has(key), `duplicate relation ${key}`);
    const rec: RelationOut = { from: r.from, type: r.type, to: r.to, sources: r.sources.map(doc), confidence: r.confidence };
    withNote(rec, r.note ?? null);
    relations.set(key, rec);
  };
  for (const r of C_CORE.relations) addRelation(r);
  for (const [name, cfg] of Object.entries(C_EVENTS.facts)) {
    if (!cfg.actor) continue;
    const ev = events.get(cfg.id);
    assert(ev, `event ${cfg.id} missing`);
    addRelation({
      from: cfg.actor,
      type: 'PARTICIPATED_IN',
      to: cfg.id,
      sources: ev.sources.map((s) => s.slice('doc:'.length)),
      confidence: ev.confidence,
      note: `The state is the actor of this ${ev.kind === 'DOMESTIC_ACT' ? 'domestic act' : 'announcement'} ('${name}').`,
    });
  }

  return {
    documents,
    organizations,
    persons,
    positions,
    participants,
    treaties,
    processes,
    events,
    votes: new Map(),
    statements,
    treatyActions,
    claims,
    conflicts,
    relations,
  };
}
