import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXAMPLE_OPERATIONS, type ExampleOperation } from '../helpers/example-operations.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The two stores must be interchangeable behind the API: the same operation answers the same
 * JSON on the embedded store and on Neo4j (same ids, same order, same totals, same sources).
 * Runs in the `neo4j` project only (it needs both). Search included: each engine only finds the
 * candidates (MiniSearch in process, Lucene on Neo4j) and one ranking orders and scores them
 * (src/search/rank-hits.ts), so hits, their order and their scores are the same too.
 */
const LIST_QUERIES = [
  'sectors',
  'instruments',
  'guidance',
  'departments',
  'programmes',
  'partnerAgencies',
  'ngos',
  'socialPartners',
  'topics',
  'countries',
  'regions',
  'objectives',
  'meetings',
  'documents',
];
const ORDERS = ['ID_ASC', 'NAME_ASC', 'NAME_DESC', 'YEAR_ASC', 'YEAR_DESC'];

/** Beyond the examples: every list in every order, and each cross-cutting query. */
const MORE_OPERATIONS: ExampleOperation[] = [
  ...ORDERS.flatMap((order) =>
    [0, 4, 8, 12]
      .map((start) => LIST_QUERIES.slice(start, start + 4))
      .map((lists, part) => ({
        name: `every list ordered ${order} (part ${part + 1})`,
        query: `{ ${lists
          .map(
            (q) =>
              `${q}(first: 100, orderBy: ${order}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind acronym aliases description sources { passage quote confidence } } } }`,
          )
          .join(' ')} }`,
      })),
  ),
  {
    name: 'second pages',
    query: `{ ${LIST_QUERIES.map(
      (q) => `${q}: ${q}(first: 3, after: "${'$'}{cursor:${q}}") { edges { node { id } } }`,
    ).join(' ')} }`,
  },
  {
    name: 'filtered lists',
    query: /* GraphQL */ `
      {
        instruments(first: 100, where: { nameContains: "labour" }) {
          totalCount
          edges {
            node {
              id
              code
              year
              category
            }
          }
        }
        meetings(first: 100, orderBy: YEAR_DESC) {
          edges {
            node {
              id
              year
            }
          }
        }
      }
    `,
  },
  {
    name: 'stats',
    query: /* GraphQL */ `
      {
        stats {
          totalEntities
          totalRelationships
          entitiesByKind {
            name
            count
          }
          relationshipsByType {
            name
            count
          }
          byDegree: mostConnected(first: 25) {
            rankedBy
            entities {
              entity {
                id
              }
              degree
            }
          }
          byRank: mostConnected(first: 25, by: PAGE_RANK) {
            rankedBy
            entities {
              entity {
                id
              }
              degree
            }
          }
        }
      }
    `,
  },
  {
    name: 'every gap',
    query: `{ gaps { kind entity { id } explanation } }`,
  },
  ...[
    ['agency:WHO', 'programme:ipec'],
    ['agency:FAO', 'instrument:C184'],
    ['agency:UNESCO', 'sector:education'],
    ['instrument:C182', 'country:MA'],
  ].map(([from, to]) => ({
    name: `connections ${from} → ${to}`,
    query: `{ connections(from: "${from}", to: "${to}", maxHops: 6, first: 20) { length steps { from { id } to { id } relation reversed sources { passage quote } } } }`,
  })),
  ...['agency:WHO', 'agency:FAO', 'department:sector', 'sector:health-services', 'topic:child-labour'].map(
    (id) => ({
      name: `neighbours of ${id} in every direction`,
      query: `{ entity(id: "${id}") { all: neighbours(first: 100) { relation direction collaboration { id } entity { id } sources { passage quote confidence } }
        out: neighbours(direction: OUT, first: 100) { relation entity { id } }
        in: neighbours(direction: IN, first: 100) { relation entity { id } }
        viaCollaboration: neighbours(direction: VIA_COLLABORATION, first: 100) { relation collaboration { id } entity { id } } } }`,
    }),
  ),
  {
    name: 'collaborations by each filter',
    query: /* GraphQL */ `
      {
        all: collaborations(first: 100) {
          totalCount
          edges {
            node {
              id
              since
              until
              partners {
                id
              }
              sectors {
                id
              }
              topics {
                id
              }
              iloParties {
                id
              }
            }
          }
        }
        bySector: collaborations(where: { sector: "sector:agriculture-plantations-other-rural-sectors" }) {
          edges {
            node {
              id
            }
          }
        }
        byDepartment: collaborations(where: { department: "department:sector" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
  },
  {
    name: 'common neighbours',
    query: `{ commonNeighbours(ids: ["agency:WHO", "agency:FAO"]) { id kind } }`,
  },
  {
    name: 'passages and the facts citing them',
    query: `{ documents(first: 100) { edges { node { id passages { id label ordinal citedBy { subject { id } relation object { id } quote confidence } } } } } }`,
  },
];

/** Search queries of every sort: acronyms, prefixes, typos, abbreviations, accents, phrases. */
const SEARCHES = [
  'WHO',
  'who',
  'child labour',
  'Agricul',
  'UNESKO',
  'Intl Labour Org',
  'sécurité sociale',
  'maritime',
  'FAO',
  'health',
  'labour inspection',
  'décent work',
  'the',
];

describe('store parity: the same answers on the embedded store and on Neo4j', () => {
  let kuzu: TestServer;
  let neo4j: TestServer;
  beforeAll(async () => {
    kuzu = await startTestServer({}, { store: 'kuzu' });
    neo4j = await startTestServer({}, { store: 'neo4j' });
  });
  afterAll(async () => {
    await Promise.all([kuzu?.close(), neo4j?.close()]);
  });

  /** Second pages need a cursor from the first page: taken from the embedded store's answer. */
  async function resolveCursors(query: string): Promise<string> {
    const wanted = [...query.matchAll(/\$\{cursor:(\w+)\}/g)].map((m) => m[1]!);
    let resolved = query;
    for (const list of wanted) {
      const page = await kuzu.data<Record<string, { pageInfo: { endCursor: string } }>>(
        `{ ${list}(first: 3) { pageInfo { endCursor } } }`,
      );
      resolved = resolved.replace(`\${cursor:${list}}`, page[list]!.pageInfo.endCursor);
    }
    return resolved;
  }

  it.each([...EXAMPLE_OPERATIONS, ...MORE_OPERATIONS])(
    '$name answers the same JSON on both stores',
    async (op) => {
      const query = await resolveCursors(op.query);
      const [fromKuzu, fromNeo4j] = await Promise.all([
        kuzu.gql(query, op.variables),
        neo4j.gql(query, op.variables),
      ]);
      expect(fromKuzu.errors).toBeUndefined();
      expect(fromNeo4j).toEqual(fromKuzu);
    },
  );

  it.each(SEARCHES)('search "%s" answers the same hits, order and scores on both stores', async (text) => {
    const query = `query ($q: String!) { search(query: $q, first: 20) { entity { id } score matchedOn } }`;
    type Hits = { search: { entity: { id: string }; score: number; matchedOn: string[] }[] };
    const [a, b] = await Promise.all([
      kuzu.data<Hits>(query, { q: text }),
      neo4j.data<Hits>(query, { q: text }),
    ]);
    expect(a.search.length).toBeGreaterThan(0);
    expect(b.search).toEqual(a.search);
  });
});
