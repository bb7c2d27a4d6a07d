import { defineConfig } from 'vitest/config';

/**
 * Three layers a newcomer can run apart (`npm run test:unit`, `test:int`, `test:browser`):
 * - unit: rules, parsing, the Cypher each resolver sends; no database, no JVM, seconds;
 * - integration: GraphQL end to end on one real Neo4j (`*.int.test.ts`);
 * - browser: the dashboard and explorer in real Chromium, on the same Neo4j.
 * `npm test` runs all three.
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships index.js and index.mjs without an exports map: without this alias vite loads
    // one copy and type-graphql/Apollo another, and schema checks fail across "realms".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    setupFiles: ['tests/support/reflect.setup.ts'],
    reporters: ['default', './tests/support/summary-line.reporter.ts'],
    testTimeout: 60_000,
    // Two cores: more workers would only fight over the one Neo4j.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/support/neo4j.global.ts'],
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
