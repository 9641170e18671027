import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Regression: enum values passed as variables (`$kinds: [EntityKind!]` = ["SECTOR"]) were
 * refused with INTERNAL_SERVER_ERROR, because the complexity check coerced the variables a
 * second time and found the internal value "Sector" where it expected the name "SECTOR".
 */
describe('enum values passed as variables', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('are accepted by search, neighbours, commonNeighbours and mostConnected', async () => {
    const data = await server.data<{
      search: { entity: { kind: string } }[];
      node: { neighbours: { entity: { kind: string } }[] };
      stats: { mostConnected: { entities: { entity: { kind: string } }[] } };
    }>(
      `query ($kinds: [EntityKind!], $kind: EntityKind) {
        search(query: "agriculture", kinds: $kinds) { entity { kind } }
        node(id: "agency:FAO") { ... on Entity { neighbours(kinds: $kinds) { entity { kind } } } }
        stats { mostConnected(kind: $kind, first: 3) { entities { entity { kind } } } }
      }`,
      { kinds: ['SECTOR'], kind: 'SECTOR' },
    );
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search.every((h) => h.entity.kind === 'SECTOR')).toBe(true);
    expect(data.stats.mostConnected.entities.every((r) => r.entity.kind === 'SECTOR')).toBe(true);
  });

  it('with a wrong value are refused as bad input (400), not as an internal error', async () => {
    const result = await server.gql(
      `query ($kinds: [EntityKind!]) { search(query: "x", kinds: $kinds) { score } }`,
      {
        kinds: ['NOT_A_KIND'],
      },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
