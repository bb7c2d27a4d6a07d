import { readFileSync } from 'node:fs';

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import * as queries from '../../web/src/dashboard/queries.js';
import { EXAMPLES } from '../../web/src/explorer/examples.js';

/** The committed contract: what the server offers (a test elsewhere checks it is current). */
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

function errorsOf(source: string): string[] {
  return validate(schema, parse(source)).map((e) => e.message);
}

// The fragment is sent only inside the operations that spread it.
const operations = Object.entries(queries).filter(([name]) => name !== 'QUOTE_PAGE');

describe('the operations the dashboard sends', () => {
  it.each(operations)('%s validates against schema/schema.graphql', (_name, source) => {
    expect(errorsOf(source)).toEqual([]);
  });
});

describe("the explorer's example operations", () => {
  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s validates against the schema', (_title, example) => {
    expect(errorsOf(example.query)).toEqual([]);
  });

  it('each declares exactly the variables it is given', () => {
    for (const example of EXAMPLES) {
      const declared = [...example.query.matchAll(/\$(\w+):/g)].map((m) => m[1]).sort();
      expect(Object.keys(example.variables).sort(), example.title).toEqual(declared);
    }
  });
});
