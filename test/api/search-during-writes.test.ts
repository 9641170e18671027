import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { entityToRow } from '../../src/domain/records-to-rows.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const SEARCH = `query ($q: String!) { search(query: $q, first: 5) { entity { id name } } }`;

describe('search while the embedded store is written', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('keeps answering searches during writes and finds the new entity afterwards, server alive throughout', async () => {
    const writes = Array.from({ length: 5 }, (_, i) =>
      server.store.write([
        {
          query: 'upsert-entities',
          params: {
            rows: [
              entityToRow({
                id: `topic:zebrafish-welfare-${i}`,
                kind: 'Topic',
                name: `Zebrafish welfare ${i}`,
                sources: [
                  { passage: '002#34', quote: 'In order to strengthen cooperation', confidence: 'confirmed' },
                ],
              }),
            ],
          },
        },
      ]),
    );
    const searches = Array.from({ length: 40 }, (_, i) =>
      server.gql(SEARCH, { q: i % 2 ? 'WHO' : 'child labour' }),
    );
    const [searchResults] = await Promise.all([Promise.all(searches), Promise.all(writes)]);
    for (const result of searchResults) {
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
    }
    const after = await server.data<{ search: { entity: { id: string } }[] }>(SEARCH, {
      q: 'zebrafish welfare 3',
    });
    expect(after.search[0]?.entity.id).toBe('topic:zebrafish-welfare-3');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});
