import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { createSchema, printSortedSchema } from '../graph/schema.js';
import { projectPath } from '../paths.js';

/** `npm run schema`: writes the emitted SDL to schema/schema.graphql, the committed API contract. */
const target = projectPath('schema', 'schema.graphql');
writeFileSync(target, printSortedSchema(await createSchema()));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
