import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as generated from '../../web/explore/generated/graphql.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Every operation the explorer sends (web/explore/operations), run through the server on each
 * store with the variables a page would send, so a page cannot ask for something the API refuses
 * (a limit, a renamed field) without a test failing. What each answer means is checked by the
 * graph-model test and the browser test.
 */
const VARIABLES: Record<string, Record<string, unknown>> = {
  ExploreSearch: { query: 'WHO', first: 8 },
  ExploreEntity: { id: 'programme:sectoral-activities-programme' },
  ExploreNeighbours: { id: 'sector:health-services' },
  ExplorePassage: { id: '002#fn4' },
  ExploreCollaborations: { where: { partner: 'agency:WHO' }, first: 50 },
  ExploreNodeName: { id: 'agency:FAO' },
  ExploreConnections: { from: 'agency:FAO', to: 'instrument:C184', maxHops: 6, first: 5 },
  ExploreGaps: { kinds: null },
  ExploreDocument: { id: 'document:002' },
  ExploreDocuments: {},
  ExploreHome: {},
};

const documents = Object.entries(generated)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString)
  .map(([name, value]) => [name.replace(/Document$/, ''), String(value)] as const)
  .filter(([, text]) => /^\s*query /.test(text));

describe('the explorer’s operations, as its pages send them', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('has variables here for every operation (a new operation must be added)', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  for (const [name, text] of documents) {
    it(`${name} answers without an error, within the server's limits`, async () => {
      const result = await server.gql(text, VARIABLES[name]);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.status).toBe(200);
      const values = Object.values(result.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).not.toBeNull();
    });
  }
});
