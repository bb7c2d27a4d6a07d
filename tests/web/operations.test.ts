import { readFileSync } from 'node:fs';

import { generate } from '@graphql-codegen/cli';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import * as generated from '../../web/src/generated/operations.js';
import { EXAMPLES } from '../../web/src/explorer/examples.js';

/** The committed contract: what the server offers (a test elsewhere checks it is current). */
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

function errorsOf(source: string): string[] {
  return validate(schema, parse(source)).map((e) => e.message);
}

const WEB_OUTPUT = 'web/src/generated/operations.ts';

// The operations the pages send: every generated document but the fragments, which travel inside them.
const operations = Object.entries(generated).filter(([name]) => name.endsWith('Document') && !name.endsWith('FragmentDoc'));

describe('the operations the dashboard sends', () => {
  it('are all typed by GraphQL Code Generator', () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
  });

  it.each(operations)('%s validates against schema/schema.graphql', (_name, document) => {
    expect(errorsOf(String(document))).toEqual([]);
  });

  it(`${WEB_OUTPUT} is what codegen makes of web/src/operations and the schema`, async () => {
    const config = parseYaml(readFileSync(new URL('../../codegen.yml', import.meta.url), 'utf8')) as {
      generates: Record<string, object>;
    };
    const [output] = await generate({ ...config, generates: { [WEB_OUTPUT]: config.generates[WEB_OUTPUT]! } }, false);
    const committed = readFileSync(new URL(`../../${WEB_OUTPUT}`, import.meta.url), 'utf8');
    expect(output?.content === committed, 'stale: run `npm run codegen` and commit web/src/generated/operations.ts').toBe(true);
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
