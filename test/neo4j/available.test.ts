import { describe, expect, it } from 'vitest';

import { createTestStore, neo4jTestUri } from '../helpers/test-store.js';

/**
 * The `neo4j` project's sentinel (vitest.config.ts). With NEO4J_URI set it checks that the
 * database answers, so an unreachable Neo4j fails the run once, at the top, with its reason. Without
 * NEO4J_URI every Neo4j suite is left out of the run and this file says why, once, as a skip; under
 * REQUIRE_NEO4J=1 (set by .ci/run) that skip is a failure instead.
 */
const REASON =
  'Neo4j suites skipped: NEO4J_URI is not set. Start Neo4j (npm run neo4j:local, or docker compose up -d neo4j) and run NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=ilo-graph-dev npm test';
const uri = neo4jTestUri();
const required = /^(1|true|yes|on)$/i.test(process.env.REQUIRE_NEO4J ?? '');

describe('Neo4j for the suite', () => {
  if (uri) {
    it(`answers at ${uri}`, async () => {
      const store = createTestStore({ kind: 'neo4j' });
      try {
        await store.health();
      } finally {
        await store.close();
      }
    });
  } else if (required) {
    it('is required (REQUIRE_NEO4J is set) but NEO4J_URI is not', () => {
      expect.fail(REASON);
    });
  } else {
    console.warn(REASON);
    it.skip(REASON, () => undefined);
  }
});
