import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Every file that reads the graph runs twice: once on the embedded store (project `kuzu`, files in
 * parallel) and once on Neo4j (project `neo4j`, files one at a time, after the first project:
 * they share the one database a Neo4j Community server has). Each project sets TEST_STORE, which
 * test/helpers/test-store.ts reads. Without NEO4J_URI the `neo4j` project runs one file that
 * skips with the reason, or fails under REQUIRE_NEO4J=1 (what .ci/run sets).
 *
 * The pages run in headless Chromium in a project of their own (`browser`, last, one file at a
 * time: a browser and a server per file, on the embedded store; test/browser/explorer.test.ts
 * says why one store). Without Chromium they skip with the reason, or fail under
 * REQUIRE_BROWSER=1 (what .ci/run sets).
 */
const GRAPH_TESTS = [
  'test/api/**/*.test.ts',
  'test/server/**/*.test.ts',
  'test/process/**/*.test.ts',
  'test/schema/operations.test.ts',
  'test/issues/**/*.test.ts',
  'test/seed/seed-load.test.ts',
  'test/store/contract/**/*.test.ts',
  'test/store/cached-store.test.ts',
  'test/reconcile/**/*.test.ts',
  'test/web/explore-*.test.ts',
  'test/clients/**/*.test.ts',
  // Attacks on the API (attacks on the embedded store's files are in test/reliability/embedded-store/, Kuzu only).
  'test/reliability/*.test.ts',
];
/** Files about Neo4j itself or comparing both stores: they run in the `neo4j` project only. */
const NEO4J_ONLY = ['test/neo4j/**/*.test.ts'];
/** Without NEO4J_URI, the one file that says why the Neo4j suites did not run. */
const NEO4J_SENTINEL = 'test/neo4j/available.test.ts';
/** The pages in headless Chromium: a project of their own. */
const BROWSER = ['test/browser/**/*.test.ts'];

const neo4j = Boolean(process.env.NEO4J_URI);

export default defineConfig({
  resolve: {
    // Why: type-graphql loads graphql's CommonJS build while vite would resolve its ESM build;
    // two copies make graphql-js throw "Cannot use GraphQLSchema from another module or realm".
    alias: { graphql: createRequire(import.meta.url).resolve('graphql') },
  },
  test: {
    // Also the totals per project, which .ci/run prints as one plain closing line and checks.
    reporters: ['default', './test/reporters/store-totals.reporter.ts'],
    // Each Kuzu Database reserves a large address range; forks keep each file's stores apart
    // and let a crash in native code fail one file instead of the run.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'kuzu',
          include: ['test/**/*.test.ts'],
          exclude: [...NEO4J_ONLY, ...BROWSER],
          env: { TEST_STORE: 'kuzu' },
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: neo4j ? [...GRAPH_TESTS, ...NEO4J_ONLY] : [NEO4J_SENTINEL],
          env: { TEST_STORE: 'neo4j' },
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          env: { TEST_STORE: 'kuzu' },
          fileParallelism: false,
          // A loaded CI machine runs a browser, a server and its store at once.
          testTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
