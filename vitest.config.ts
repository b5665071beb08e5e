// Two projects: `unit` (no database, runs in parallel) and `integration`
// (files named *.int.test.ts or *.browser.test.ts: a real Neo4j provisioned once by
// tests/setup/neo4j.ts, files run one after another because they share the database).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.browser.test.ts', '**/node_modules/**'],
          // The first extraction in a file loads the parser model and the knowledge base (a few seconds on a busy 2-core machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
