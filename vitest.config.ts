import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.neo4j.test.ts'],
        },
      },
      {
        // Tests against one real Neo4j (started by the global setup, or NEO4J_URI):
        // one file at a time, each starting from an empty database.
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/**/*.neo4j.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
    ],
  },
});
