#!/usr/bin/env node
// Builds seeds/*.json from the research in ../shared/data (or the directory given as the first argument)
// plus the curated tables in seeds/curated/. Deterministic: records sorted by id, 2-space JSON, trailing
// newline. Throws on duplicate ids, dangling references, missing sources, bad enumerations or date shapes.
// Format: seeds/README.md. Plain Node 20 ESM, no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'data'));
const SEEDS = path.join(ROOT, 'seeds');
const CURATED = path.join(SEEDS, 'curated');

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const curated = (name) => readJson(path.join(CURATED, name));

function fail(msg) {
  throw new Error(`build-seeds: ${msg}`);
}
function assert(cond, msg) {
  if (!cond) fail(msg);
}

// ---------------------------------------------------------------------------------------------------------
// Inputs
const F1 = readJson(path.join(DATA, 'treaty-facts.json'));
const F2 = readJson(path.join(DATA, 'treaty-facts-2.json'));
const PRESS_RELEASE_TEXT = fs.readFileSync(path.join(DATA, 'sources', 'unodc-press-release-adoption.txt'), 'utf8');
const PRESS = 'doc:unodc-press-release-adoption';

const C_DOCS = curated('documents.json');
const C_ORGS = curated('organizations.json');
const C_EVENTS = curated('events.json');
const C_STATEMENTS = curated('statements.json');
const C_PRESS = curated('press-release.json');
const C_CORE = curated('core.json');
const C_SIGNERS = curated('signers.json');
const C_MEMBERS = curated('member-states.json');

const facts = [...F1.facts, ...F2.facts];
const factsOf = (kind, file = null) => (file ? file.facts : facts).filter((f) => f.kind === kind);

// ---------------------------------------------------------------------------------------------------------
// Helpers
const FOLD = { ı: 'i', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L' };
function ascii(s) {
  return s
    .replace(/[ıøØđĐßæÆœŒłŁ]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
function slug(s, max = 80) {
  let out = ascii(s)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (out.length > max) out = out.slice(0, max).replace(/-[^-]*$/, '');
  assert(out.length > 0, `empty slug for ${JSON.stringify(s)}`);
  return out;
}
const HONORIFICS = /^(?:H\.E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Amb\.)\s+/;
function plainName(name) {
  let n = name.trim();
  while (HONORIFICS.test(n)) n = n.replace(HONORIFICS, '');
  return n;
}
const personId = (name) => `person:${slug(plainName(name))}`;
const doc = (sourceId) => `doc:${sourceId}`;
const uniq = (arr) => [...new Set(arr)];
const normQuotes = (s) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const inPressRelease = (text) => normQuotes(PRESS_RELEASE_TEXT).includes(normQuotes(text));
function joinNotes(...parts) {
  const p = parts.filter((x) => x !== null && x !== undefined && String(x).trim() !== '');
  return p.length ? p.join(' ') : null;
}
function withNote(rec, note) {
  if (note !== null && note !== undefined && note !== '') rec.note = note;
  return rec;
}
const ISO_PARTICIPANT = (iso3) => (iso3 ? `state:${iso3}` : 'reio:eu');

// ---------------------------------------------------------------------------------------------------------
// Documents
const documents = new Map();
const sourceIds = [...F1.sources, ...F2.sources].map((s) => s.id);
assert(new Set(sourceIds).size === sourceIds.length, 'source ids collide between the two research files');

const kindOfSource = new Map();
for (const [kind, ids] of Object.entries(C_DOCS.kinds))
  for (const id of ids) {
    assert(!kindOfSource.has(id), `document kind given twice for ${id}`);
    kindOfSource.set(id, kind);
  }
for (const id of kindOfSource.keys()) assert(sourceIds.includes(id), `curated kind for unknown source ${id}`);

for (const s of [...F1.sources, ...F2.sources]) {
  const symbol = C_DOCS.sourceSymbols[s.id] ?? null;
  if (symbol) assert(s.title.includes(symbol), `symbol ${symbol} not in the title of ${s.id}`);
  const rec = {
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
  const cfg = C_DOCS.documentFacts[f.symbol];
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
    const rec = {
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

// ---------------------------------------------------------------------------------------------------------
// Participants
const participants = new Map();
const REGIONAL_GROUPS = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHERS'];
for (const m of C_MEMBERS) {
  assert(/^[A-Z]{3}$/.test(m.iso3), `bad iso3 ${m.iso3}`);
  assert(m.regionalGroup === null || REGIONAL_GROUPS.includes(m.regionalGroup), `bad regional group for ${m.iso3}`);
  const rec = {
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
const memberCount = [...participants.values()].filter((p) => p.kind === 'MEMBER_STATE').length;
if (memberCount !== 193) fail(`expected exactly 193 UN Member States, got ${memberCount}`);
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
// every state named in the research must be a member state
for (const f of facts) {
  for (const iso of [f.iso3, f.state_iso3, f.country_iso3].flat()) {
    if (iso) assert(participants.has(`state:${iso}`), `research names unknown state ${iso}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Events (needed early: organizations created from events take their sources)
const events = new Map();
const eventIdByName = new Map();
for (const f of factsOf('event')) {
  const cfg = C_EVENTS.facts[f.name];
  assert(cfg, `no curated mapping for event ${JSON.stringify(f.name)}`);
  const extras = [
    f.vote ? `Vote: ${f.vote}.` : null,
    f.session ? `Session: ${f.session}.` : null,
    f.presiding ? `Presiding: ${f.presiding}.` : null,
    f.venue ? `Venue: ${f.venue}.` : null,
    f.theme ? `Theme: ${f.theme}.` : null,
    f.co_chairs ? `Co-chairs: ${f.co_chairs.join('; ')}.` : null,
  ];
  const rec = {
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
  eventIdByName.set(f.name, rec.id);
}
const foldedSessions = [];
for (const f of factsOf('negotiation_session')) {
  const ov = C_EVENTS.sessions.overrides[f.name] ?? {};
  if (ov.foldInto) {
    foldedSessions.push({ fact: f, into: ov.foldInto });
    continue;
  }
  const intersessional = /intersessional/i.test(f.body);
  assert(/^Ad Hoc Committee/.test(f.body), `unexpected session body ${f.body}`);
  const rec = {
    id: ov.id ?? `event:ahc-${slug(f.name)}`,
    kind: 'COMMITTEE_SESSION',
    name: `Ad Hoc Committee: ${f.name}${intersessional ? ' (with multi-stakeholders)' : ''}`,
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

// ---------------------------------------------------------------------------------------------------------
// Organizations
const organizations = new Map();
function addOrg(rec) {
  assert(!organizations.has(rec.id), `duplicate organization ${rec.id}`);
  organizations.set(rec.id, rec);
}
const orgMerges = [];
for (const f of factsOf('organization')) {
  const cfg = C_ORGS.fromFacts[f.name];
  assert(cfg, `no curated mapping for organization ${JSON.stringify(f.name)}`);
  if (cfg.mergeInto) {
    orgMerges.push({ f, into: cfg.mergeInto });
    continue;
  }
  const parts = cfg.split ?? [{ id: cfg.id, name: f.name, acronym: f.abbreviation ?? cfg.acronym ?? null, kind: cfg.kind }];
  for (const p of parts) {
    const rec = {
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
      joinNotes(f.note ?? null, cfg.split ? `The research records '${f.name}' as one entry; split into one organization each.` : null),
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
  addOrg({ id: o.id, name: o.name, acronym: o.acronym, kind: o.kind, description: o.description, sources: [PRESS], confidence: 'stated' });
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

// ---------------------------------------------------------------------------------------------------------
// Persons
const persons = new Map();
function touchPerson(rawName, sources, confidence, extra = {}) {
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
}
for (const f of factsOf('person')) {
  touchPerson(f.name, f.sources, f.confidence, {
    aliases: f.aliases ?? [],
    nationality: f.iso3 ?? null,
    description: f.description ?? null,
  });
}
for (const r of roleFacts) touchPerson(r.person, r.sources, r.confidence);
const speakerMap = C_STATEMENTS.speakers;
function speakerOf(q) {
  const cfg = speakerMap[q.speaker];
  if (!cfg) return touchPerson(q.speaker, q.sources, q.confidence);
  if (cfg.placeholder) {
    let p = persons.get(cfg.placeholder.id);
    if (!p) {
      p = {
        id: cfg.placeholder.id,
        name: cfg.placeholder.name,
        aliases: [q.speaker],
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
  return touchPerson(cfg.person, q.sources, q.confidence);
}
for (const q of factsOf('quote')) speakerOf(q);
for (const x of C_PRESS.extraSources) {
  assert(inPressRelease(x.snippet), `press-release snippet not found: ${x.snippet}`);
}

// ---------------------------------------------------------------------------------------------------------
// Positions
const positions = new Map();
for (const r of roleFacts) {
  const person = personId(r.person);
  const inId = C_ORGS.roleOverrides[plainName(r.person)]?.in ?? C_ORGS.roleLabels[r.organization];
  assert(inId, `no curated mapping for role organization ${JSON.stringify(r.organization)}`);
  const base = `position:${person.slice('person:'.length)}-${slug(inId.split(':')[1])}`;
  let id = base;
  for (let n = 2; positions.has(id); n++) id = `${base}-${n}`;
  const elected = inId === 'org:ahc-cybercrime' && r.date ? r.date : null;
  // an undated role is observed on the dated quotes whose role_at_time names that same office
  let observedOn = r.date ?? null;
  let observedNote = null;
  if (!observedOn) {
    const office = `${r.role}, ${r.organization}`;
    const dated = factsOf('quote')
      .filter((q) => q.date && q.role_at_time === office && speakerOf(q).id === person)
      .map((q) => q.date)
      .sort();
    if (dated.length) {
      observedOn = dated[0];
      observedNote = `observedOn: earliest dated quote whose role at the time is '${office}'.`;
    }
  }
  const rec = {
    id,
    person,
    in: inId,
    title: r.role,
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

// ---------------------------------------------------------------------------------------------------------
// Statements
const statements = new Map();
const TREATY = 'treaty:un-cybercrime-convention';
const perSpeakerDay = new Map();
for (const q of factsOf('quote')) {
  const key = q.text.slice(0, 30);
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
    assert(inPressRelease(q.text.replace(/[.,]$/, '')), `quote cites the press release but is not in it: ${key}`);
  }
  const rec = {
    id: `statement:${speaker.slice('person:'.length)}-${saidOn ?? 'undated'}-${n}`,
    speaker,
    text: q.text,
    language: 'en',
    saidOn,
    context: q.context ?? null,
    roleAtTime: q.role_at_time ?? null,
    about: uniq([TREATY, ...cfg.about]),
    at: cfg.at,
    sources: sources.map(doc),
    confidence: q.confidence,
  };
  const speakerNote = speakerMap[q.speaker]?.note ?? null;
  withNote(
    rec,
    joinNotes(
      q.note ?? null,
      speakerNote,
      q.speaker !== plainName(q.speaker) || speakerMap[q.speaker] ? `Speaker as written in the research: '${q.speaker}'.` : null,
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
  const rec = {
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

// ---------------------------------------------------------------------------------------------------------
// Treaty actions: file 1, with file 2 applied (a "supersedes" record replaces that state's record)
const ACTION_KINDS = {
  signature: 'SIGNATURE',
  ratification: 'RATIFICATION',
  acceptance: 'ACCEPTANCE',
  approval: 'APPROVAL',
  accession: 'ACCESSION',
  succession: 'SUCCESSION',
};
const actionByKey = new Map();
const actionKey = (f) => `${f.iso3 ?? 'EU'}|${f.action}`;
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
const treatyActions = new Map();
for (const { fact: f, superseded } of actionByKey.values()) {
  const kind = ACTION_KINDS[f.action];
  assert(kind, `unknown treaty action ${f.action}`);
  const participant = ISO_PARTICIPANT(f.iso3);
  const signer = f.iso3 ? C_SIGNERS[f.iso3] : null;
  let signedBy = null;
  if (signer) {
    assert((f.note ?? '').includes(signer.asWritten), `signer ${signer.asWritten} not named in the note for ${f.iso3}`);
    signedBy = personId(signer.person);
    assert(persons.has(signedBy), `signer ${signedBy} is not a Person`);
    if (signer.asWritten !== signer.person) touchPerson(signer.person, [], 'stated', { aliases: [signer.asWritten] });
  }
  let supersedeNote = null;
  if (superseded) {
    const kept = superseded.sources.every((s) => f.sources.includes(s));
    supersedeNote =
      `[Second research pass: this record supersedes the first pass's record (date ${superseded.date ?? 'null'}; ` +
      `sources ${superseded.sources.join(', ')}${superseded.note ? `; note: "${superseded.note}"` : ''}). ` +
      `Sources are the new record's${kept ? ", which include all of the old record's" : ''}.]`;
  }
  const rec = {
    id: `action:uncc:${(f.iso3 ?? 'eu').toLowerCase()}:${f.action}`,
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
  if (signers.size !== 67) fail(`expected 67 participants with a signature record, got ${signers.size}`);
  assert(signers.has('reio:eu'), 'the EU signature is missing');
}

// ---------------------------------------------------------------------------------------------------------
// Treaties and processes
const rules = factsOf('treaty_rule');
const ruleByArticle = (a) => {
  const r = rules.find((x) => x.article === a);
  assert(r, `treaty rule ${a} not found`);
  return r;
};
const treaties = new Map();
const processes = new Map();
for (const t of C_CORE.treaties) {
  const rec = { id: t.id, kind: t.kind };
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
  let sources = [...t.sources];
  if (t.signatureFromRule) {
    const r = ruleByArticle(t.signatureFromRule);
    const e = r.essentials;
    rec.signature = [
      { from: e.hanoi[0], until: e.hanoi[1], place: 'Hanoi' },
      { from: null, until: e.new_york_until, place: 'United Nations Headquarters in New York' },
    ];
    sources.push(...r.sources);
  } else rec.signature = t.signature;
  if (t.entryIntoForceFromRule) {
    const r = ruleByArticle(t.entryIntoForceFromRule);
    const e = r.essentials;
    assert(
      e.threshold_instruments === 40 && e.delay_days === 90 && e.reio_instruments_counted_additionally === false,
      'unexpected art. 65(1) essentials',
    );
    rec.entryIntoForce = {
      article: r.article,
      instrumentsRequired: e.threshold_instruments,
      countedKinds: e.instrument_types.map((k) => ACTION_KINDS[k]),
      daysAfterThreshold: e.delay_days,
      reioCountedAdditionally: e.reio_instruments_counted_additionally,
      laterPartiesDays: null,
      text: r.text,
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
  const rec = {
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

// ---------------------------------------------------------------------------------------------------------
// Claims and conflicts
const claims = new Map();
const conflicts = new Map();
function addClaim(rec) {
  assert(!claims.has(rec.id), `duplicate claim ${rec.id}`);
  claims.set(rec.id, rec);
}
for (const f of factsOf('state')) {
  const isos = [f.iso3].flat();
  const rec = {
    id: `claim:status-${isos.length === 1 ? isos[0].toLowerCase() : slug(f.name, 60)}`,
    topic: 'status',
    subject: f.name,
    value: f.status,
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
  const rec = {
    id: `claim:count-${slug(f.subject, 60)}`,
    topic: 'count',
    subject: f.subject,
    value: f.value,
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
const RULE_ABOUT = { 'review mechanism': ['org:cosp-cybercrime'], 'ratification threshold debate': ['process:uncc-negotiations'] };
for (const r of rules) {
  if (RULES_IN_TREATY.has(r.article)) continue;
  const rec = {
    id: `claim:rule-${slug(r.topic, 60)}`,
    topic: r.topic,
    subject: r.article ? `Article ${r.article}` : 'United Nations Convention against Cybercrime',
    value: r.text,
    date: null,
    about: uniq([TREATY, ...(RULE_ABOUT[r.topic] ?? [])]),
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
  const rec = {
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
  const rec = {
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
const ALL = { organizations, persons, treaties, processes, events, statements, claims };
for (const x of C_PRESS.extraSources) {
  const rec = Object.values(ALL)
    .map((m) => m.get(x.id))
    .find(Boolean);
  assert(rec, `extraSources: unknown id ${x.id}`);
  rec.sources = uniq([...rec.sources, PRESS]);
}

// ---------------------------------------------------------------------------------------------------------
// Relations
const relations = new Map();
function addRelation(r) {
  const key = `${r.from}|${r.type}|${r.to}`;
  assert(!relations.has(key), `duplicate relation ${key}`);
  const rec = { from: r.from, type: r.type, to: r.to, sources: r.sources.map(doc), confidence: r.confidence };
  withNote(rec, r.note ?? null);
  relations.set(key, rec);
}
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

// ---------------------------------------------------------------------------------------------------------
// Validation
const ENUMS = {
  documentKind: [
    'PRESS_RELEASE',
    'RESOLUTION',
    'DECISION',
    'TREATY_TEXT',
    'DEPOSITARY_NOTIFICATION',
    'TREATY_STATUS',
    'MEETING_COVERAGE',
    'OFFICIAL_STATEMENT',
    'UN_DOCUMENT',
    'NEWS_ARTICLE',
    'WEB_PAGE',
    'NGO_PUBLICATION',
    'OTHER',
  ],
  orgKind: [
    'UN_ORGAN',
    'UN_SUBSIDIARY_BODY',
    'UN_SECRETARIAT',
    'TREATY_BODY',
    'INTERGOVERNMENTAL',
    'GOVERNMENT_BODY',
    'NGO',
    'COMPANY',
    'OTHER',
  ],
  participantKind: ['MEMBER_STATE', 'NON_MEMBER_STATE', 'REIO'],
  treatyKind: ['CONVENTION', 'PROTOCOL'],
  stage: ['DRAFT', 'ADOPTED'],
  eventKind: [
    'ADOPTION',
    'SIGNING_CEREMONY',
    'COMMITTEE_SESSION',
    'MEETING',
    'DECISION',
    'ANNOUNCEMENT',
    'DOMESTIC_ACT',
    'ENTRY_INTO_FORCE',
    'OTHER',
  ],
  actionKind: [
    'SIGNATURE',
    'RATIFICATION',
    'ACCEPTANCE',
    'APPROVAL',
    'ACCESSION',
    'SUCCESSION',
    'DECLARATION',
    'RESERVATION',
    'OBJECTION',
    'WITHDRAWAL',
  ],
  relationType: [
    'ADOPTED',
    'SECRETARIAT_OF',
    'NEGOTIATES',
    'PRODUCED',
    'SUPPLEMENTS',
    'PART_OF',
    'SUBSIDIARY_OF',
    'ESTABLISHED',
    'HOSTED',
    'ORGANIZED',
    'PARTICIPATED_IN',
    'MEMBER_OF',
  ],
  confidence: ['stated', 'inferred'],
};
const FILES = {
  'documents.json': documents,
  'organizations.json': organizations,
  'persons.json': persons,
  'positions.json': positions,
  'participants.json': participants,
  'treaties.json': treaties,
  'processes.json': processes,
  'events.json': events,
  'statements.json': statements,
  'treaty-actions.json': treatyActions,
  'claims.json': claims,
  'conflicts.json': conflicts,
};
const PREFIX = {
  'documents.json': 'doc',
  'organizations.json': 'org',
  'persons.json': 'person',
  'positions.json': 'position',
  'participants.json': null,
  'treaties.json': 'treaty',
  'processes.json': 'process',
  'events.json': 'event',
  'statements.json': 'statement',
  'treaty-actions.json': 'action',
  'claims.json': 'claim',
  'conflicts.json': 'conflict',
};
const ID_RE = /^[a-z]+:[a-z0-9]+(?:[-:][a-z0-9]+)*$/;
const STATE_RE = /^state:[A-Z]{3}$/;
const allIds = new Map();
for (const [file, map] of Object.entries(FILES)) {
  for (const [id, rec] of map) {
    assert(rec.id === id, `${file}: key/id mismatch ${id}`);
    assert(ID_RE.test(id) || (file === 'participants.json' && STATE_RE.test(id)), `${file}: bad id ${id}`);
    if (PREFIX[file]) assert(id.startsWith(`${PREFIX[file]}:`), `${file}: id ${id} has the wrong kind prefix`);
    else assert(STATE_RE.test(id) || id === 'reio:eu', `${file}: bad participant id ${id}`);
    assert(!allIds.has(id), `id ${id} used in both ${allIds.get(id)} and ${file}`);
    allIds.set(id, file);
  }
}
function isValidDate(v) {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (+mo < 1 || +mo > 12)) return false;
  if (d !== undefined) {
    const dt = new Date(Date.UTC(+y, +mo - 1, +d));
    if (dt.getUTCMonth() !== +mo - 1 || dt.getUTCDate() !== +d) return false;
  }
  return true;
}
function checkDate(where, v) {
  assert(isValidDate(v), `${where}: bad date ${JSON.stringify(v)}`);
}
function checkRef(where, id, prefixes) {
  assert(typeof id === 'string', `${where}: reference missing`);
  assert(allIds.has(id), `${where}: dangling reference ${id}`);
  if (prefixes)
    assert(
      prefixes.some((p) => id.startsWith(`${p}:`)),
      `${where}: ${id} is not one of ${prefixes.join('/')}`,
    );
}
const checkOptRef = (where, id, prefixes) => id === null || checkRef(where, id, prefixes);
function checkEnum(where, v, list) {
  assert(list.includes(v), `${where}: ${JSON.stringify(v)} is not one of ${list.join(', ')}`);
}
function checkSources(where, rec, required) {
  if (rec.sources === undefined) {
    assert(!required, `${where}: no sources`);
    return;
  }
  assert(Array.isArray(rec.sources) && (rec.sources.length > 0 || !required), `${where}: sources must be a non-empty array`);
  for (const s of rec.sources) checkRef(`${where}.sources`, s, ['doc']);
  assert(new Set(rec.sources).size === rec.sources.length, `${where}: duplicate sources`);
}
for (const [file, map] of Object.entries(FILES)) {
  for (const rec of map.values()) {
    const w = `${file} ${rec.id}`;
    checkSources(w, rec, file !== 'documents.json');
    checkEnum(`${w}.confidence`, rec.confidence, ENUMS.confidence);
    if ('note' in rec)
      assert(rec.note === null ? file === 'conflicts.json' : typeof rec.note === 'string' && rec.note.length > 0, `${w}: bad note`);
  }
}
for (const d of documents.values()) {
  checkEnum(`${d.id}.kind`, d.kind, ENUMS.documentKind);
  checkDate(`${d.id}.publishedOn`, d.publishedOn);
  assert(typeof d.title === 'string' && d.title, `${d.id}: no title`);
  assert(!(d.sources ?? []).includes(d.id), `${d.id} cites itself`);
}
for (const o of organizations.values()) checkEnum(`${o.id}.kind`, o.kind, ENUMS.orgKind);
for (const p of persons.values()) {
  if (p.nationality) checkRef(`${p.id}.nationality`, `state:${p.nationality}`, ['state']);
  assert(Array.isArray(p.aliases) && !p.aliases.includes(p.name), `${p.id}: bad aliases`);
}
for (const p of positions.values()) {
  checkRef(`${p.id}.person`, p.person, ['person']);
  checkRef(`${p.id}.in`, p.in, ['org', 'state', 'reio']);
  for (const k of ['from', 'until', 'observedOn']) checkDate(`${p.id}.${k}`, p[k]);
}
for (const p of participants.values()) {
  checkEnum(`${p.id}.kind`, p.kind, ENUMS.participantKind);
  assert(p.regionalGroup === null || REGIONAL_GROUPS.includes(p.regionalGroup), `${p.id}: bad regionalGroup`);
}
for (const t of treaties.values()) {
  checkEnum(`${t.id}.kind`, t.kind, ENUMS.treatyKind);
  checkEnum(`${t.id}.stage`, t.stage, ENUMS.stage);
  checkDate(`${t.id}.adoptedOn`, t.adoptedOn);
  checkOptRef(`${t.id}.adoptedBy`, t.adoptedBy, ['org']);
  checkOptRef(`${t.id}.adoptionDocument`, t.adoptionDocument, ['doc']);
  checkOptRef(`${t.id}.supplements`, t.supplements, ['treaty']);
  for (const s of t.signature) {
    checkDate(`${t.id}.signature.from`, s.from);
    checkDate(`${t.id}.signature.until`, s.until);
  }
  if (t.entryIntoForce) for (const k of t.entryIntoForce.countedKinds) checkEnum(`${t.id}.countedKinds`, k, ENUMS.actionKind);
}
for (const p of processes.values()) {
  checkDate(`${p.id}.start`, p.start);
  checkDate(`${p.id}.end`, p.end);
  checkRef(`${p.id}.conductedBy`, p.conductedBy, ['org']);
  checkOptRef(`${p.id}.produced`, p.produced, ['treaty']);
}
for (const e of events.values()) {
  checkEnum(`${e.id}.kind`, e.kind, ENUMS.eventKind);
  checkDate(`${e.id}.start`, e.start);
  checkDate(`${e.id}.end`, e.end);
  checkOptRef(`${e.id}.partOf`, e.partOf, ['process']);
  checkOptRef(`${e.id}.body`, e.body, ['org']);
}
for (const s of statements.values()) {
  checkRef(`${s.id}.speaker`, s.speaker, ['person']);
  checkDate(`${s.id}.saidOn`, s.saidOn);
  assert(s.about.includes(TREATY), `${s.id}: about must include the treaty`);
  for (const a of s.about) checkRef(`${s.id}.about`, a, ['treaty', 'event', 'process', 'org']);
  checkOptRef(`${s.id}.at`, s.at, ['event']);
}
for (const a of treatyActions.values()) {
  checkRef(`${a.id}.treaty`, a.treaty, ['treaty']);
  checkRef(`${a.id}.participant`, a.participant, ['state', 'reio']);
  checkEnum(`${a.id}.kind`, a.kind, ENUMS.actionKind);
  checkDate(`${a.id}.date`, a.date);
  checkOptRef(`${a.id}.signedBy`, a.signedBy, ['person']);
}
for (const c of claims.values()) {
  checkDate(`${c.id}.date`, c.date);
  assert(c.about.length > 0, `${c.id}: about is empty`);
  for (const a of c.about) checkRef(`${c.id}.about`, a);
  checkOptRef(`${c.id}.conflict`, c.conflict, ['conflict']);
}
for (const r of relations.values()) {
  const w = `relation ${r.from} ${r.type} ${r.to}`;
  checkEnum(`${w}.type`, r.type, ENUMS.relationType);
  checkRef(`${w}.from`, r.from);
  checkRef(`${w}.to`, r.to);
  checkSources(w, r, true);
  checkEnum(`${w}.confidence`, r.confidence, ENUMS.confidence);
}
// required ids
for (const id of [
  'treaty:un-cybercrime-convention',
  'treaty:uncc-draft-protocol',
  'org:unga',
  'org:unodc',
  'org:ahc-cybercrime',
  'org:cosp-cybercrime',
  'person:ghada-waly',
  'person:philemon-yang',
  'person:sonya-yee',
  'reio:eu',
  'doc:unodc-press-release-adoption',
  'event:ga-adoption-uncc',
  'event:hanoi-signing-ceremony',
  'process:uncc-negotiations',
  'process:uncc-protocol-negotiations',
])
  assert(allIds.has(id), `required id ${id} missing`);
// every Document is cited or is a document fact
{
  const cited = new Set();
  for (const map of Object.values(FILES)) for (const rec of map.values()) for (const s of rec.sources ?? []) cited.add(s);
  for (const r of relations.values()) for (const s of r.sources) cited.add(s);
  for (const t of treaties.values()) if (t.adoptionDocument) cited.add(t.adoptionDocument);
  const uncited = [...documents.keys()].filter((d) => !cited.has(d));
  if (uncited.length) process.stdout.write(`note: ${uncited.length} documents are not cited by any record: ${uncited.join(', ')}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Output
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function write(file, records) {
  fs.writeFileSync(path.join(SEEDS, file), `${JSON.stringify(records, null, 2)}\n`);
  return records.length;
}
const counts = {};
for (const [file, map] of Object.entries(FILES)) counts[file] = write(file, [...map.values()].sort(byId));
const relKey = (r) => `${r.from}|${r.type}|${r.to}`;
counts['relations.json'] = write(
  'relations.json',
  [...relations.values()].sort((a, b) => (relKey(a) < relKey(b) ? -1 : relKey(a) > relKey(b) ? 1 : 0)),
);

const width = Math.max(...Object.keys(counts).map((k) => k.length));
process.stdout.write(`Seeds written to ${path.relative(process.cwd(), SEEDS) || '.'} from ${DATA}\n`);
for (const [file, n] of Object.entries(counts).sort()) process.stdout.write(`  ${file.padEnd(width)}  ${String(n).padStart(4)}\n`);
