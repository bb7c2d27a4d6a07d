import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { createSchema, printSortedSchema } from '../graph/schema.js';
import { projectPath } from '../paths.js';
import { exitOnUsageError, parseCommandLine } from './args.js';

const USAGE = 'usage: npm run schema\n  writes the emitted SDL to schema/schema.graphql';

/** `npm run schema`: writes the emitted SDL to schema/schema.graphql, the committed API contract. */
try {
  if (parseCommandLine({ options: { help: { type: 'boolean', default: false } } }, USAGE).values.help) {
    console.error(USAGE);
    process.exit(0);
  }
} catch (error) {
  exitOnUsageError('schema', error);
  throw error;
}
const target = projectPath('schema', 'schema.graphql');
writeFileSync(target, printSortedSchema(await createSchema()));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
