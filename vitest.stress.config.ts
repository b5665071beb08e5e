// `npm run test:stress`: load tests (tests/stress/*.stress.ts), kept out of `npm test`
// because they take minutes. They get the same real Neo4j as the integration tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'stress',
    include: ['tests/stress/**/*.stress.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 600_000,
  },
});
