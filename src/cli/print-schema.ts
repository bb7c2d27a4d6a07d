import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createSchema, printSortedSchema } from '../graph/schema.js';

/** `npm run schema`: writes the emitted SDL to schema/schema.graphql, the committed API contract. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');
writeFileSync(target, printSortedSchema(await createSchema()));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
