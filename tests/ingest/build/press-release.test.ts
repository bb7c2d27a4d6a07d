import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { RESEARCH_FILES } from '../../../src/ingest/build/research.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

/**
 * The adoption press release, as shipped, against the seeds: every quoted passage is in statements
 * character for character (typographic quotes kept), pieces of one quotation join as printed, and
 * every sentence outside the quotes is covered by a record that cites the release.
 */
const PRESS = 'doc:unodc-press-release-adoption';
const release = readFileSync(path.join(PROJECT_ROOT, RESEARCH_FILES.pressRelease), 'utf8');
const seeds = (file: string): Record<string, unknown>[] =>
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', file), 'utf8')) as Record<string, unknown>[];
const coverage = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds', 'curated', 'evidence.json'), 'utf8')) as {
    pressCoverage: { sentence: string; by: string[] }[];
  }
).pressCoverage;

interface Statement {
  id: string;
  text: string;
  sources: string[];
  continues?: string | null;
  joinedBy?: string | null;
}
const statements = (seeds('statements.json') as unknown as Statement[]).filter((s) => s.sources.includes(PRESS));
const byId = new Map(statements.map((s) => [s.id, s]));
const records = new Map(
  ['statements', 'claims', 'persons', 'positions', 'documents', 'organizations', 'events']
    .flatMap((kind) => seeds(`${kind}.json`))
    .map((r) => [r.id as string, r]),
);

/** The quoted passages of the release, each from its opening “ to its closing ”. */
const passages = [...release.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);

/** The release's sentences outside quotation marks: attributions, facts, the contact block. */
const sentences = release
  .replace(/“[^”]*”/g, '\n')
  .split('\n')
  .flatMap((line) => line.split(/(?<=\.)\s+(?=[A-Z])/))
  .map((sentence) => sentence.trim().replace(/^,\s*/, ''))
  .filter((sentence) => sentence.length > 0);

describe('the adoption press release in the graph', () => {
  it('has four quoted passages and sixteen sentences outside them', () => {
    expect(passages).toHaveLength(4);
    expect(sentences).toHaveLength(16);
  });

  it.each(passages.map((p) => [p.slice(0, 50), p]))('quotes “%s…” character for character', (_, passage) => {
    // The statements inside this passage, in the order they appear, must tile it exactly.
    const pieces = statements.filter((s) => passage.includes(s.text)).sort((a, b) => passage.indexOf(a.text) - passage.indexOf(b.text));
    expect(pieces.length, `no statement quotes ${passage.slice(0, 40)}`).toBeGreaterThan(0);
    let rebuilt = pieces[0]!.text;
    for (const piece of pieces.slice(1)) {
      expect(piece.continues, `${piece.id} should continue the piece before it`).toBe(pieces[pieces.indexOf(piece) - 1]!.id);
      rebuilt += piece.joinedBy! + piece.text;
    }
    expect(rebuilt).toBe(passage);
  });

  it('records how the pieces of one quotation join, as printed', () => {
    for (const piece of statements.filter((s) => s.continues)) {
      const previous = byId.get(piece.continues!);
      expect(previous, `${piece.id} continues an unknown statement`).toBeDefined();
      expect(release).toContain(previous!.text + piece.joinedBy! + piece.text);
    }
  });

  it.each(sentences.map((s) => [s]))('covers “%s” with a record citing the release', (sentence) => {
    const entry = coverage.find((c) => c.sentence === sentence);
    expect(entry, `no record covers: ${sentence}`).toBeDefined();
    for (const id of entry!.by) {
      const record = records.get(id);
      expect(record, `${id} is not in the seeds`).toBeDefined();
      expect(record!.sources as string[], `${id} does not cite the release`).toContain(PRESS);
    }
    // At least one covering record states the sentence (a claim's value or a statement's text) as printed.
    const stated = entry!.by.some((id) => {
      const record = records.get(id)!;
      const words = (record.value ?? record.text) as string | undefined;
      return (
        words !== undefined &&
        release.includes(words) &&
        (words.includes(sentence) || sentence.includes(words) || id.startsWith('statement:'))
      );
    });
    const other = entry!.by.every((id) => !/^(claim|statement):/.test(id));
    expect(stated || other, `no claim or statement words: ${sentence}`).toBe(true);
  });
});
