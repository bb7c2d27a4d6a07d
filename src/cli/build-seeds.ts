import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildSeeds } from '../ingest/build/build-seeds.js';
import { readBuildInputs } from '../ingest/build/research.js';
import { SeedBuildError } from '../ingest/build/seed-maps.js';
import { projectPath } from '../paths.js';

/** `npm run seeds:build`: rebuilds seeds/*.json from research/ and seeds/curated/ (nothing outside the checkout). */
function run(): void {
  const root = projectPath('.');
  const build = buildSeeds(readBuildInputs(root));
  for (const [file, text] of build.files) writeFileSync(path.join(root, 'seeds', file), text);
  for (const note of build.notes) console.log(`note: ${note}`);
  console.log('Seeds written to seeds/ from research/ and seeds/curated/:');
  const width = Math.max(...[...build.counts.keys()].map((file) => file.length));
  for (const [file, n] of [...build.counts].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${file.padEnd(width)}  ${String(n).padStart(4)}`);
  }
}

try {
  run();
} catch (error) {
  console.error(error instanceof SeedBuildError ? error.message : error);
  process.exit(1);
}
