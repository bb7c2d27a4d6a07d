import type { BuildInputs, ResearchFact, ResearchSource } from './research.js';
import { ACTION_KINDS, PRESS, TREATY } from './base.js';
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
  type DocumentOut,
  type EventOut,
  type ParticipantOut,
  type PersonOut,
  type PositionOut,
  type SeedMaps,
  type StatementOut,
} from './seed-maps.js';

/**
 * The December 2026 review applied to the graph of the first passes: a reviewed grade on every
 * document, the key documents' addresses and the Convention's text, the press release verbatim and
 * whole, offices with their terms, the release's entry-into-force wording against article 65(1), and
 * what the 2026 pass found. Decisions the notes leave open are in seeds/curated/evidence.json.
 */

interface GradeDecision {
  grade: string;
  reason: string;
  publisherOrganization: string | null;
  url?: string;
  originalUrl?: string;
  originalUrlStatus?: string;
}

interface Curated {
  checkedOn: string;
  grades: Record<string, GradeDecision>;
  pressRelease: { title: string; url: string; publisher: string; publishedOn: string; gradeReason: string; note: string };
  symbolUrls: { note: string; symbols: string[] };
  convention: {
    document: DocumentOut;
    ruleSources: string[];
    signatureSources: string[];
    articleClaims: string[];
    statusCheckedOn: string;
    statusNote: string;
  };
  entryIntoForceConflict: {
    id: string;
    topic: string;
    note: string;
    pressClaim: { id: string; value: string };
    articleClaim: { id: string; sources: string[] };
  };
  pressClaims: Omit<ClaimOut, 'sources' | 'confidence' | 'conflict'>[];
  pressJoins: { id: string; continues: string; joinedBy: string }[];
  pressStatements: (Omit<StatementOut, 'sources' | 'confidence' | 'language'> & { note?: string })[];
  pressCoverage: { sentence: string; by: string[] }[];
  keyDocumentSources: Record<
    string,
    { id: string; kind: string; symbol: string | null; publishedOn: string | null; publisherOrganization: string | null; note?: string }
  >;
  offices: {
    [id: string]: unknown;
    new: PositionOut[];
    persons: PersonOut[];
  };
  y2026: {
    documentKinds: Record<string, string>;
    documentSymbols: Record<string, string>;
    publisherOrganizations: Record<string, string>;
    originals: Record<string, { original: string; status: string }>;
    sameAs: Record<string, string>;
    reportedActs: Record<string, { participant: string; consentKind: string | null }>;
    events: Record<
      string,
      { id: string; kind: string; body: string | null; partOf: string | null; participant?: string; consentKind?: string }
    >;
    roleOrganizations: Record<string, string>;
    claimAbout: Record<string, string[]>;
    conflicts: Record<string, { id: string; about: string[] }>;
    leadClaims: ClaimOut[];
    personSpeakers: string[];
    documentCitedBy: Record<string, string[]>;
    participants: ParticipantOut[];
  };
}

const GRADES = ['official', 'secondary', 'copy', 'machine', 'unverified'];
const URL_STATUSES = ['confirmed', 'inferred', 'unknown'];

export function addEvidence(maps: SeedMaps, input: BuildInputs): void {
  const curated = input.curated('evidence.json') as Curated;
  addKeyDocumentSources(maps, input, curated);
  add2026(maps, input, curated);
  addConvention(maps, curated);
  addPressRelease(maps, input, curated);
  addOffices(maps, curated);
  gradeDocuments(maps, input, curated);
}

function grade(document: DocumentOut, decision: GradeDecision): void {
  assert(GRADES.includes(decision.grade), `${document.id}: unknown grade ${decision.grade}`);
  document.grade = decision.grade.toUpperCase();
  document.gradeReason = decision.reason;
  document.publisherOrganization = decision.publisherOrganization;
}

export function documentFromSource(
  s: ResearchSource,
  id: string,
  kind: string,
  extra: Partial<DocumentOut>,
  checkedOn: string,
): DocumentOut {
  const rec: DocumentOut = {
    id,
    kind,
    title: s.title,
    symbol: extra.symbol ?? null,
    url: s.url ?? null,
    publisher: s.publisher ?? null,
    publishedOn: extra.publishedOn !== undefined ? extra.publishedOn : (s.published ?? null),
    confidence: 'stated',
  };
  withNote(rec, joinNotes(s.note ?? null, extra.note ?? null));
  assert(s.grade && s.grade_reason, `research source ${s.id} has no grade`);
  grade(rec, { grade: s.grade, reason: s.grade_reason, publisherOrganization: extra.publisherOrganization ?? null });
  rec.checkedOn = checkedOn;
  return rec;
}

/** The review's own sources that the graph needs (offices), as documents. */
function addKeyDocumentSources(maps: SeedMaps, input: BuildInputs, curated: Curated): void {
  for (const [sourceId, cfg] of Object.entries(curated.keyDocumentSources)) {
    const s = input.keyDocuments.sources.find((x) => x.id === sourceId);
    assert(s, `key-documents source ${sourceId} not found`);
    assert(!maps.documents.has(cfg.id), `duplicate document ${cfg.id}`);
    maps.documents.set(
      cfg.id,
      documentFromSource(
        s,
        cfg.id,
        cfg.kind,
        { symbol: cfg.symbol, publishedOn: cfg.publishedOn, publisherOrganization: cfg.publisherOrganization, note: cfg.note ?? null },
        curated.checkedOn,
      ),
    );
  }
}

/** Every document gets its reviewed grade; copies point at their originals; publishers link to organizations. */
function gradeDocuments(maps: SeedMaps, input: BuildInputs, curated: Curated): void {
  for (const document of maps.documents.values()) {
    const decision = curated.grades[document.id];
    const sourceId = document.id.slice('doc:'.length);
    const note = input.grades[sourceId];
    if (document.grade) {
      assert(!decision && !note, `${document.id} is graded twice`);
    } else if (decision) {
      grade(document, decision);
      if (decision.url) document.url = decision.url;
      if (decision.originalUrl) {
        document.originalUrl = decision.originalUrl;
        document.originalUrlStatus = decision.originalUrlStatus ?? 'unknown';
      }
    } else {
      assert(note, `${document.id} has no reviewed grade (research/2026-12/source-grades.json or seeds/curated/evidence.json)`);
      grade(document, { grade: note.grade, reason: note.grade_reason, publisherOrganization: note.publisher_org });
      if (note.publisher_name) document.publisher = note.publisher_name;
      if (note.original_id) document.original = doc(note.original_id);
      if (note.original_url || note.original_url_status) {
        document.originalUrl = note.original_url;
        document.originalUrlStatus = note.original_url_status ?? 'confirmed';
      }
      if (note.original_publisher) {
        document.note = joinNotes(
          document.note ?? null,
          `Original: ${note.original_publisher}${note.original_published ? `, ${note.original_published}` : ''}.`,
        );
      }
    }
    if (document.id === PRESS) {
      Object.assign(document, {
        title: curated.pressRelease.title,
        url: curated.pressRelease.url,
        publisher: curated.pressRelease.publisher,
        publishedOn: curated.pressRelease.publishedOn,
        confidence: 'inferred' satisfies Confidence,
        note: curated.pressRelease.note,
        gradeReason: curated.pressRelease.gradeReason,
        checkedOn: curated.checkedOn,
      });
    }
    if (document.id === 'doc:untc-xviii-16') document.checkedOn = curated.checkedOn;
    if (document.symbol && document.url === null && curated.symbolUrls.symbols.includes(document.symbol)) {
      document.url = `https://undocs.org/${document.symbol}`;
      document.note = joinNotes(document.note ?? null, curated.symbolUrls.note);
    }
    // A copy whose original no pass could find says so, rather than leaving the question blank.
    if (document.grade === 'COPY' && !document.original && !document.originalUrl) document.originalUrlStatus ??= 'unknown';
    // Every document has the same fields in the same order, whatever pass made it.
    const ordered: DocumentOut = {
      id: document.id,
      kind: document.kind,
      title: document.title,
      symbol: document.symbol,
      url: document.url,
      publisher: document.publisher,
      publisherOrganization: document.publisherOrganization ?? null,
      publishedOn: document.publishedOn,
      grade: document.grade,
      gradeReason: document.gradeReason,
      original: document.original ?? null,
      originalUrl: document.originalUrl ?? null,
      originalUrlStatus: document.originalUrlStatus ? document.originalUrlStatus.toUpperCase() : null,
      checkedOn: document.checkedOn ?? null,
      ...(document.sources ? { sources: document.sources } : {}),
      confidence: document.confidence,
      ...(document.note ? { note: document.note } : {}),
    };
    assert(
      ordered.grade === 'COPY' || ordered.grade === 'MACHINE' || ordered.original === null,
      `${document.id}: only a copy or a machine rewrite has an original`,
    );
    if (ordered.originalUrlStatus) assert(URL_STATUSES.includes(ordered.originalUrlStatus.toLowerCase()), `${document.id}: bad status`);
    if (ordered.publisherOrganization) {
      assert(maps.organizations.has(ordered.publisherOrganization), `${document.id}: unknown publisher ${ordered.publisherOrganization}`);
    }
    maps.documents.set(document.id, ordered);
  }
}

function addConvention(maps: SeedMaps, curated: Curated): void {
  const c = curated.convention;
  const { grade: g, gradeReason, publisherOrganization, ...rest } = c.document;
  const textDocument: DocumentOut = { ...rest };
  grade(textDocument, { grade: g ?? '', reason: gradeReason ?? '', publisherOrganization: publisherOrganization ?? null });
  maps.documents.set(textDocument.id, textDocument);
  const treaty = maps.treaties.get(TREATY);
  assert(treaty?.entryIntoForce && treaty.signature, 'the Convention has no rule or signature periods');
  treaty.textDocument = textDocument.id;
  treaty.entryIntoForce.sources = c.ruleSources;
  for (const period of treaty.signature) period.sources = c.signatureSources;
  treaty.statusCheckedOn = c.statusCheckedOn;
  treaty.sources = uniq([...(treaty.sources ?? []), textDocument.id]);
  treaty.note = joinNotes(treaty.note ?? null, c.statusNote);
  // Key order of the treaty record: the new fields beside the ones they belong with.
  const { note, confidence, sources, supplements, statusCheckedOn, ...head } = treaty;
  maps.treaties.set(TREATY, { ...head, supplements, statusCheckedOn, sources, confidence, note });
  for (const t of maps.treaties.values()) {
    if (t.id !== TREATY) {
      const { note: n, confidence: cf, sources: s, ...h } = t;
      maps.treaties.set(t.id, { ...h, textDocument: null, statusCheckedOn: null, sources: s, confidence: cf, note: n });
    }
  }
  for (const id of c.articleClaims) {
    const claim = maps.claims.get(id);
    assert(claim, `article claim ${id} missing`);
    claim.sources = uniq([...claim.sources, textDocument.id]);
  }
  const conflict = curated.entryIntoForceConflict;
  maps.conflicts.set(conflict.id, {
    id: conflict.id,
    topic: conflict.topic,
    note: conflict.note,
    sources: uniq([PRESS, ...conflict.articleClaim.sources]),
    confidence: 'stated',
  });
  const rule = treaty.entryIntoForce;
  maps.claims.set(conflict.pressClaim.id, {
    id: conflict.pressClaim.id,
    topic: conflict.topic,
    subject: 'Entry into force, as the adoption press release words it',
    value: conflict.pressClaim.value,
    date: '2024-12-24',
    about: [TREATY],
    conflict: conflict.id,
    sources: [PRESS],
    confidence: 'stated',
  });
  maps.claims.set(conflict.articleClaim.id, {
    id: conflict.articleClaim.id,
    topic: conflict.topic,
    subject: `Article ${rule.article}`,
    value: rule.text,
    date: null,
    about: [TREATY],
    conflict: conflict.id,
    sources: conflict.articleClaim.sources,
    confidence: 'stated',
    note: "Verbatim as the UN Treaty Collection quotes it (the quotation closes without a final full stop). This is the rule the graph's status computes with.",
  });
}

/** Statements as the release prints them, the joins between pieces of one quotation, and a claim for each factual sentence. */
function addPressRelease(maps: SeedMaps, input: BuildInputs, curated: Curated): void {
  const release = input.pressRelease;
  const plain = (text: string): string => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const plainRelease = plain(release);
  for (const s of curated.pressStatements) {
    const { note, ...rest } = s;
    const rec: StatementOut = { ...rest, language: 'en', about: uniq([TREATY, ...s.about]), sources: [PRESS], confidence: 'stated' };
    withNote(rec, note ?? null);
    assert(!maps.statements.has(rec.id), `duplicate statement ${rec.id}`);
    maps.statements.set(rec.id, rec);
  }
  // A statement citing the release takes the release's characters: typographic quotes, and the comma
  // that ends a quoted sentence before "said".
  for (const statement of maps.statements.values()) {
    if (!statement.sources.includes(PRESS)) continue;
    const core = plain(statement.text).replace(/[.,]$/, '');
    const at = plainRelease.indexOf(core);
    assert(at >= 0, `${statement.id} cites the press release but is not in it`);
    let end = at + core.length;
    if (/[.,]/.test(release[end] ?? '')) end += 1;
    const printed = release.slice(at, end);
    if (printed !== statement.text) {
      statement.note = joinNotes(
        statement.note ?? null,
        `Text as the press release prints it; the research note had ${JSON.stringify(statement.text)}.`,
      );
      statement.text = printed;
    }
  }
  for (const join of curated.pressJoins) {
    const statement = maps.statements.get(join.id);
    const previous = maps.statements.get(join.continues);
    assert(statement && previous, `press join ${join.id} → ${join.continues}: unknown statement`);
    assert(release.includes(previous.text + join.joinedBy + statement.text), `press join ${join.id} does not reproduce the release`);
  }
  for (const statement of maps.statements.values()) {
    const join = curated.pressJoins.find((j) => j.id === statement.id);
    const { note, confidence, sources, ...head } = statement;
    maps.statements.set(statement.id, {
      ...head,
      continues: join?.continues ?? null,
      joinedBy: join?.joinedBy ?? null,
      sources,
      confidence,
      ...(note ? { note } : {}),
    });
  }
  for (const c of curated.pressClaims) {
    assert(release.includes(c.value), `press-release claim not verbatim: ${c.id}`);
    assert(!maps.claims.has(c.id), `duplicate claim ${c.id}`);
    maps.claims.set(c.id, { ...c, about: c.about, conflict: null, sources: [PRESS], confidence: 'stated' });
  }
  for (const entry of curated.pressCoverage) {
    assert(release.includes(entry.sentence), `coverage: sentence not in the release: ${entry.sentence}`);
  }
}

function addOffices(maps: SeedMaps, curated: Curated): void {
  const yang = curated.offices['position:philemon-yang-unga'] as { from: string; until: string; addSources: string[]; note: string };
  const position = maps.positions.get('position:philemon-yang-unga');
  assert(position, 'position:philemon-yang-unga missing');
  position.from = yang.from;
  position.until = yang.until;
  position.sources = uniq([...position.sources, ...yang.addSources]);
  position.note = joinNotes(position.note ?? null, yang.note);
  for (const person of curated.offices.persons) {
    assert(!maps.persons.has(person.id), `duplicate person ${person.id}`);
    maps.persons.set(person.id, { ...person });
  }
  for (const p of curated.offices.new) {
    assert(!maps.positions.has(p.id), `duplicate position ${p.id}`);
    maps.positions.set(p.id, { ...p });
  }
}

/** What the 2026 pass found: signatures read in a copy of the depositary's table, claims, conflicts, reported domestic acts. */
function add2026(maps: SeedMaps, input: BuildInputs, curated: Curated): void {
  const y = curated.y2026;
  const F = input.facts2026;
  const idOf = (sourceId: string): string => y.sameAs[sourceId] ?? doc(sourceId.replace(/^r2026-/, ''));
  for (const s of F.sources) {
    const id = idOf(s.id);
    if (maps.documents.has(id)) continue;
    const rec = documentFromSource(
      s,
      id,
      y.documentKinds[s.id] ?? 'NEWS_ARTICLE',
      { symbol: y.documentSymbols[s.id] ?? null, publisherOrganization: y.publisherOrganizations[s.id] ?? null },
      curated.checkedOn,
    );
    const original = y.originals[s.id];
    if (original) {
      rec.original = null;
      rec.originalUrl = maps.documents.get(original.original)?.url ?? null;
      rec.originalUrlStatus = original.status;
    }
    maps.documents.set(id, rec);
  }
  const sources = (f: { sources: string[] }): string[] => uniq(f.sources.map((s) => (s.startsWith('r2026-') ? idOf(s) : doc(s))));
  const of = (kind: string): ResearchFact[] => F.facts.filter((f) => f.kind === kind);

  for (const p of y.participants) {
    assert(!maps.participants.has(p.id), `duplicate participant ${p.id}`);
    maps.participants.set(p.id, { ...p });
  }
  // Signatures: corroborated, superseding an undated or inferred record, or new.
  for (const f of of('treaty_action')) {
    const kind = ACTION_KINDS[f.action ?? ''];
    const iso3 = typeof f.iso3 === 'string' ? f.iso3 : f.state === 'European Union' ? null : undefined;
    assert(kind && iso3 !== undefined, `2026 action without kind or participant: ${f.state}`);
    const id = `action:uncc:${(iso3 ?? 'eu').toLowerCase()}:${f.action}`;
    const existing = maps.treatyActions.get(id);
    if (f.corroborates || f.supersedes) {
      assert(existing, `2026 record for ${f.state} names no earlier record`);
      if (f.corroborates) assert(existing.date === f.date, `${id}: the 2026 record corroborates but dates differ`);
      const before = { date: existing.date, confidence: existing.confidence };
      existing.date = f.date ?? existing.date;
      existing.place = existing.place ?? f.place ?? null;
      existing.confidence = f.confidence;
      existing.sources = uniq([...existing.sources, ...sources(f)]);
      existing.note = joinNotes(
        existing.note ?? null,
        `[December 2026 pass, the Netherlands' treaty database (a copy of the depositary's table)${
          f.supersedes ? `, replacing the earlier record's ${before.date ?? 'missing date'} (${before.confidence})` : ''
        }:] ${f.note ?? ''}`.trim(),
      );
    } else {
      assert(!existing, `${id}: a new 2026 record for a participant already recorded`);
      maps.treatyActions.set(id, {
        id,
        treaty: TREATY,
        participant: iso3 ? `state:${iso3}` : 'reio:eu',
        kind,
        date: f.date ?? null,
        place: f.place ?? null,
        notification: null,
        signedBy: null,
        sources: sources(f),
        confidence: f.confidence,
        note: `[December 2026 pass] ${f.note ?? ''}`.trim(),
      });
    }
  }

  for (const f of of('count_claim')) {
    const about = y.claimAbout[f.subject ?? ''];
    assert(about, `no curated 'about' for 2026 count claim ${f.subject}`);
    const rec: ClaimOut = {
      id: `claim:count-${slug(f.subject ?? '', 60)}`,
      topic: 'count',
      subject: f.subject ?? '',
      value: f.value ?? '',
      date: f.date ?? null,
      about: uniq([TREATY, ...about]),
      conflict: null,
      sources: sources(f),
      confidence: f.confidence,
    };
    withNote(rec, f.note ?? null);
    assert(!maps.claims.has(rec.id), `duplicate claim ${rec.id}`);
    maps.claims.set(rec.id, rec);
  }
  for (const f of of('state')) {
    const iso3 = typeof f.iso3 === 'string' ? f.iso3 : '';
    const rec: ClaimOut = {
      id: `claim:status-${iso3.toLowerCase()}-2026-12`,
      topic: 'status',
      subject: f.name ?? '',
      value: f.status ?? '',
      date: null,
      about: [`state:${iso3}`, TREATY],
      conflict: null,
      sources: sources(f),
      confidence: f.confidence,
    };
    withNote(rec, joinNotes(f.note ?? null, 'As of the December 2026 pass.'));
    maps.claims.set(rec.id, rec);
  }
  for (const c of F.conflicts) {
    const cfg = y.conflicts[c.topic];
    assert(cfg, `no curated mapping for 2026 conflict ${c.topic}`);
    maps.conflicts.set(cfg.id, {
      id: cfg.id,
      topic: c.topic,
      note: c.note ?? null,
      sources: uniq(c.claims.map((x) => (x.source.startsWith('r2026-') ? idOf(x.source) : doc(x.source)))),
      confidence: 'stated',
    });
    c.claims.forEach((x, i) => {
      maps.claims.set(`claim:${cfg.id.slice('conflict:'.length)}-${i + 1}`, {
        id: `claim:${cfg.id.slice('conflict:'.length)}-${i + 1}`,
        topic: c.topic,
        subject: c.topic,
        value: x.value,
        date: null,
        about: cfg.about,
        conflict: cfg.id,
        sources: [x.source.startsWith('r2026-') ? idOf(x.source) : doc(x.source)],
        confidence: 'stated',
      });
    });
  }
  for (const c of y.leadClaims) maps.claims.set(c.id, { ...c });

  // Events: a domestic act towards consent names its participant and treaty, so the status can show it
  // as reported, not deposited.
  for (const [id, act] of Object.entries(y.reportedActs)) {
    const event = maps.events.get(id);
    assert(event, `reported act ${id}: no such event`);
    Object.assign(event, reportedFields(event, act.participant, act.consentKind));
  }
  for (const f of of('event')) {
    const cfg = y.events[f.name ?? ''];
    assert(cfg, `no curated mapping for 2026 event ${f.name}`);
    const rec: EventOut = {
      id: cfg.id,
      kind: cfg.kind,
      name: f.name ?? '',
      start: f.date ?? null,
      end: null,
      place: f.location ?? null,
      description: null,
      partOf: cfg.partOf,
      body: cfg.body,
      sources: sources(f),
      confidence: f.confidence,
    };
    withNote(rec, joinNotes(f.note ?? null, rec.start === null ? 'The date is not given in the sources.' : null));
    maps.events.set(rec.id, cfg.participant ? reportedFields(rec, cfg.participant, cfg.consentKind ?? null) : rec);
  }
  for (const event of maps.events.values()) {
    if (event.treaty === undefined) maps.events.set(event.id, reportedFields(event, null, null));
  }

  // Persons and positions named in 2026 sources.
  for (const f of of('role')) {
    const name = plainName(f.person ?? '');
    const pid = personId(name);
    if (!maps.persons.has(pid)) {
      maps.persons.set(pid, {
        id: pid,
        name,
        aliases: [],
        nationality: null,
        description: null,
        sources: sources(f),
        confidence: f.confidence,
      });
    }
    const inId = y.roleOrganizations[f.organization ?? ''];
    assert(inId, `no curated organization for 2026 role ${f.organization}`);
    const base = `position:${pid.slice('person:'.length)}-${slug(inId.split(':')[1] ?? '')}`;
    maps.positions.set(base, {
      id: base,
      person: pid,
      in: inId,
      title: f.role ?? '',
      from: null,
      until: null,
      observedOn: '2026-01-26',
      sources: sources(f),
      confidence: f.confidence,
      note: 'observedOn: the EU statement of 26 January 2026 that names the office.',
    });
  }
  // Quotes of persons become statements; words of a State, the EU or an institution stay claims.
  const perDay = new Map<string, number>();
  for (const q of of('quote')) {
    const speaker = q.speaker ?? '';
    const pid = personId(speaker);
    const person = maps.persons.get(pid) ?? (y.personSpeakers.includes(speaker) ? null : undefined);
    if (person === undefined) {
      const id = `claim:words-${slug(speaker, 30)}-${q.date ?? 'undated'}-${slug((q.text ?? '').slice(0, 40), 30)}`;
      maps.claims.set(id, {
        id,
        topic: 'statement',
        subject: speaker,
        value: q.text ?? '',
        date: q.date ?? null,
        about: [TREATY],
        conflict: null,
        sources: sources(q),
        confidence: q.confidence,
        note: joinNotes(q.context ?? null, 'Words of an institution or a State, not of a named person: kept as a claim.'),
      });
      continue;
    }
    if (person === null) {
      maps.persons.set(pid, {
        id: pid,
        name: plainName(speaker),
        aliases: [],
        nationality: null,
        description: q.role ?? null,
        sources: sources(q),
        confidence: q.confidence,
      });
    } else {
      person.sources = uniq([...person.sources, ...sources(q)]);
    }
    const key = `${pid}|${q.date ?? 'undated'}`;
    const n = (perDay.get(key) ?? 0) + 1;
    perDay.set(key, n);
    const id = `statement:${pid.slice('person:'.length)}-${q.date ?? 'undated'}-${n}`;
    assert(!maps.statements.has(id), `duplicate statement ${id}`);
    const language = /[а-яё]/i.test(q.text ?? '') ? 'ru' : 'en';
    maps.statements.set(id, {
      id,
      speaker: pid,
      text: q.text ?? '',
      language,
      saidOn: q.date ?? null,
      context: q.context ?? null,
      roleAtTime: q.role ?? null,
      about: [TREATY],
      at: null,
      sources: sources(q),
      confidence: q.confidence,
    });
  }
  for (const [sourceId, ids] of Object.entries(y.documentCitedBy)) {
    for (const id of ids) {
      const event = maps.events.get(id);
      assert(event, `documentCitedBy: no event ${id}`);
      event.sources = uniq([...event.sources, idOf(sourceId)]);
    }
  }
  for (const d of of('document'))
    assert(
      d.sources.every((s) => maps.documents.has(idOf(s))),
      `2026 document fact ${d.symbol}: no source`,
    );
}

function reportedFields(event: EventOut, participant: string | null, consentKind: string | null): EventOut {
  const { sources, confidence, note, ...head } = event;
  return {
    ...head,
    treaty: participant ? TREATY : null,
    participant,
    consentKind,
    sources,
    confidence,
    ...(note ? { note } : {}),
  };
}
