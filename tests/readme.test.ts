import { readFileSync } from 'node:fs';

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { projectPath } from '../src/paths.js';

/** The README's examples are what a new user pastes first: each must run against the schema as it is. */
const schema = buildSchema(readFileSync(projectPath('schema', 'schema.graphql'), 'utf8'));
const examples = [...readFileSync(projectPath('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("the README's GraphQL examples", () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((source, index) => [index + 1, source]))('example %i is valid against schema/schema.graphql', (_index, source) => {
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
  });
});
