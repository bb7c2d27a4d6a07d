import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { createSchema, printSortedSchema } from '../../src/graph/schema.js';
import { projectPath } from '../../src/paths.js';

describe('schema contract', () => {
  it('schema/schema.graphql is the SDL the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(projectPath('schema', 'schema.graphql'), 'utf8');
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });
});
