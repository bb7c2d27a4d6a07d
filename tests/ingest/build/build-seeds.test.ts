import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildSeeds } from '../../../src/ingest/build/build-seeds.js';
import { readBuildInputs } from '../../../src/ingest/build/research.js';
import { SeedBuildError } from '../../../src/ingest/build/seed-maps.js';
import { RECORD_FILES } from '../../../src/ingest/records.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

describe('the seed build', () => {
  const build = buildSeeds(readBuildInputs(PROJECT_ROOT));

  it('rebuilds every committed seed file byte for byte from research/ and seeds/curated/', () => {
    expect([...build.files.keys()].sort()).toEqual([...RECORD_FILES].sort());
    for (const [file, text] of build.files) {
      expect(text, `seeds/${file} differs from what npm run seeds:build makes`).toBe(
        readFileSync(path.join(PROJECT_ROOT, 'seeds', file), 'utf8'),
      );
    }
  });

  it('gives every document a reviewed grade and a reason', () => {
    const documents = JSON.parse(build.files.get('documents.json')!) as { id: string; grade: string | null; gradeReason: string | null }[];
    expect(documents.filter((d) => !d.grade || !d.gradeReason).map((d) => d.id)).toEqual([]);
  });

  it('stops on a curated decision that points nowhere', () => {
    const inputs = readBuildInputs(PROJECT_ROOT);
    const curated = inputs.curated;
    inputs.curated = (name) => {
      const value = curated(name);
      if (name !== 'evidence.json') return value;
      const evidence = structuredClone(value) as { pressJoins: { id: string; continues: string; joinedBy: string }[] };
      evidence.pressJoins[0]!.joinedBy = ' synthetic ';
      return evidence;
    };
    expect(() => buildSeeds(inputs)).toThrow(SeedBuildError);
  });
});
