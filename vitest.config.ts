import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Why: type-graphql loads graphql's CommonJS build while vite would resolve its ESM build;
    // two copies make graphql-js throw "Cannot use GraphQLSchema from another module or realm".
    alias: { graphql: createRequire(import.meta.url).resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // In CI, also a JSON report: .ci/run prints its totals as one plain closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'tmp/vitest-report.json' }]] : ['default'],
    // Each Kuzu Database reserves a large address range; forks keep each file's stores apart
    // and let a crash in native code fail one file instead of the run.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
