import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships index.js and index.mjs without an exports map: without this alias vite loads
    // one copy and type-graphql/Apollo another, and schema checks fail across "realms".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/neo4j.global.ts'],
    setupFiles: ['tests/support/reflect.setup.ts'],
    reporters: ['default', './tests/support/summary-line.reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: more workers would only fight over the one Neo4j.
    maxWorkers: 2,
  },
});
