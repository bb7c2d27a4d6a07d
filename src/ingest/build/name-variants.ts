import { documentFromSource } from './evidence.js';
import type { BuildInputs } from './research.js';
import { assert, joinNotes, uniq, type NameVariantOut, type SeedMaps } from './seed-maps.js';

interface CuratedVariants {
  sources: Record<string, { id: string; kind: string }>;
  persons: Record<string, { name: string; source: string; document: string; note: string }[]>;
  places: Record<string, { name: string; sources: string[]; note: string }[]>;
}

/** Grades whose word alone is not taken as a fact (research/README.md). */
const TOO_WEAK = ['MACHINE', 'UNVERIFIED'];

/** "rkey-x (remark)" → the source id and the remark; "treaty-facts.json source y (remark)" → y; anything else is no source. */
function parseEvidence(evidence: string): { source: string; remark: string | null; earlierPass: boolean } | null {
  const match = /^(?:(rkey-[a-z0-9-]+)|treaty-facts\.json source ([a-z0-9-]+))(?:\s+\((.*)\))?$/.exec(evidence.trim());
  if (match === null) return null;
  return { source: match[1] ?? match[2]!, remark: match[3] ?? null, earlierPass: match[2] !== undefined };
}

/**
 * Other names of States, persons and places, as sources write them, each with the documents it was
 * seen in: searched (the full-text index covers aliasesText) and shown, never replacing the UN short
 * name. A participant's variants come from research/2026-12/key-documents.json; a variant with no
 * source graded above machine is left out, and so are the remarks that say "NOT SOURCED".
 */
export function addNameVariants(maps: SeedMaps, input: BuildInputs): { kept: number; left: string[] } {
  const curated = input.curated('name-variants.json') as CuratedVariants;
  const checkedOn = (input.curated('evidence.json') as { checkedOn: string }).checkedOn;
  const keyDocuments = input.keyDocuments;

  const documentOf = (sourceId: string, earlierPass: boolean): string | null => {
    if (earlierPass) {
      const id = `doc:${sourceId}`;
      assert(maps.documents.has(id), `name variant source ${id} is not a document`);
      return id;
    }
    const cfg = curated.sources[sourceId];
    if (cfg === undefined) return null;
    const existing = maps.documents.get(cfg.id);
    const source = keyDocuments.sources.find((s) => s.id === sourceId);
    assert(source, `key-documents source ${sourceId} not found`);
    if (existing !== undefined) {
      assert(existing.url === source.url, `${cfg.id} exists with another URL than ${sourceId}`);
    } else {
      // A publication date written with a remark, "2016-05 (government decision of 2 May 2016)", keeps its date; the remark goes to the note.
      const dated = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+\((.*)\))?$/.exec(source.published ?? '');
      const rec = documentFromSource(
        source,
        cfg.id,
        cfg.kind,
        { publishedOn: dated?.[1] ?? null, note: dated?.[2] === undefined ? null : `Published: ${dated[2]}.` },
        checkedOn,
      );
      if (rec.grade === 'COPY') Object.assign(rec, { original: null, originalUrl: null, originalUrlStatus: 'UNKNOWN' });
      maps.documents.set(cfg.id, rec);
    }
    return cfg.id;
  };

  const left: string[] = [];
  let kept = 0;
  for (const [iso3, names] of Object.entries(keyDocuments.name_variants).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const participant = maps.participants.get(`state:${iso3}`);
    assert(participant, `name variants for ${iso3}: no such participant`);
    const evidence = keyDocuments.name_variants_sources[iso3]?.evidence ?? {};
    const variants: NameVariantOut[] = [];
    for (const name of names) {
      const seen = (evidence[name] ?? []).map(parseEvidence).filter((e) => e !== null);
      const usable = seen
        .map((e) => ({ ...e, doc: documentOf(e.source, e.earlierPass) }))
        .filter((e): e is typeof e & { doc: string } => e.doc !== null && !TOO_WEAK.includes(maps.documents.get(e.doc)?.grade ?? ''));
      if (usable.length === 0 || name === participant.name) {
        left.push(`${iso3} ${name}`);
        continue;
      }
      const remarks = uniq(usable.map((e) => e.remark).filter((r): r is string => r !== null));
      variants.push({
        name,
        sources: uniq(usable.map((e) => e.doc)).sort(),
        note: joinNotes(...remarks.map((r) => `${r[0]!.toUpperCase()}${r.slice(1)}.`)),
      });
    }
    if (variants.length > 0) {
      participant.nameVariants = variants;
      kept += variants.length;
    }
  }

  for (const [personId, variants] of Object.entries(curated.persons)) {
    const person = maps.persons.get(personId);
    assert(person, `name variants for ${personId}: no such person`);
    person.nameVariants = variants.map((v) => {
      const read = keyDocuments.offices.some(
        (o) => o.sources.includes(v.source) && (o.verbatim ?? []).some((text) => text.includes(v.name)),
      );
      assert(read, `${personId}: "${v.name}" is not in the verbatim text of ${v.source}`);
      assert(maps.documents.has(v.document), `${personId}: ${v.document} is not a document`);
      return { name: v.name, sources: [v.document], note: v.note };
    });
    kept += variants.length;
  }

  for (const [place, variants] of Object.entries(curated.places)) {
    const checked = variants.map((v) => {
      for (const id of v.sources) {
        assert(maps.documents.get(id)?.title.includes(v.name), `${place}: "${v.name}" is not in the title of ${id}`);
      }
      return { name: v.name, sources: [...v.sources].sort(), note: v.note };
    });
    const events = [...maps.events.values()].filter((e) => e.place !== null && e.place.split(',')[0]!.trim() === place);
    assert(events.length > 0, `place variants for ${place}: no event there`);
    for (const event of events) event.placeVariants = checked;
  }
  return { kept, left };
}
