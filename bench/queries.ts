/**
 * The six benchmark operations. Every target (ilo-graph, naive, in-memory limit) runs exactly
 * these documents with these variables.
 *
 * Rules the documents follow, so the in-memory limit can answer them with graphql-js's default
 * resolvers over plain objects: every selection on an abstract type (`Entity`, `Node`) asks for
 * `__typename` (the default type resolver reads it), and no field is aliased (the default field
 * resolver reads the field name, while the precomputed JSON is keyed by response name).
 * `checkQueries` (bench/lib/limit-target.ts) verifies both rules against the schema at start-up.
 */
export interface BenchQuery {
  /** Name in the table and in results.json. */
  name: 'point' | 'nested' | 'collaborations' | 'search' | 'connections' | 'gaps';
  /** What it asks, in one line. */
  description: string;
  /** GraphQL operation name (the limit target picks its precomputed data by it). */
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
  /**
   * Levels of entities the answer nests (root entities = 1, their related entities = 2, ...),
   * counting relationship fields that go to the store.
   */
  levels: number;
  /**
   * Store queries a batched request should need: the root's own queries, then one per
   * relationship field per level (DataLoader batches all parents of a field into one query).
   */
  expectedStoreQueries: number;
  /** Whether the p99 < 50 ms at 16 clients target applies (Q1-Q3). */
  latencyTarget: boolean;
}

export const QUERIES: readonly BenchQuery[] = [
  {
    name: 'point',
    description:
      'Q1: one sector with its instruments, programmes, guidance, collaborations, partners and sources',
    operationName: 'Point',
    query: /* GraphQL */ `
      query Point($id: ID!) {
        entity(id: $id) {
          __typename
          id
          name
          kind
          description
          sources {
            passage
            quote
            confidence
          }
          ... on Sector {
            cluster
            instruments {
              id
              name
              code
              year
            }
            programmes {
              id
              name
            }
            guidance {
              id
              name
            }
            collaborations {
              id
              name
              since
            }
            partners {
              id
              name
              acronym
            }
          }
        }
      }
    `,
    variables: { id: 'sector:health-services' },
    levels: 2,
    // entity (1) + instruments, programmes, guidance, collaborations, partners (1 each)
    expectedStoreQueries: 1 + 5,
    latencyTarget: true,
  },
  {
    name: 'nested',
    description: 'Q2: all sectors -> instruments (-> promotedBy) and programmes (-> partners), 3 levels',
    operationName: 'Nested',
    query: /* GraphQL */ `
      query Nested {
        sectors(first: 100) {
          totalCount
          edges {
            node {
              id
              name
              instruments {
                id
                name
                promotedBy {
                  __typename
                  id
                  name
                }
              }
              programmes {
                id
                name
                partners {
                  __typename
                  id
                  name
                }
              }
            }
          }
        }
      }
    `,
    levels: 3,
    // the list: its ids (1) and its page of nodes (1); level 2: instruments, programmes;
    // level 3: promotedBy, partners
    expectedStoreQueries: 2 + 2 + 2,
    latencyTarget: true,
  },
  {
    name: 'collaborations',
    description: 'Q3: collaborations on a sector, with partners, ILO parties, sectors, topics and sources',
    operationName: 'Collaborations',
    query: /* GraphQL */ `
      query Collaborations($sector: ID!) {
        collaborations(where: { sector: $sector }, first: 50) {
          totalCount
          edges {
            node {
              id
              name
              since
              until
              partners {
                __typename
                id
                name
              }
              iloParties {
                __typename
                id
                name
              }
              sectors {
                id
                name
              }
              topics {
                id
                name
              }
              sources {
                passage
                quote
              }
            }
          }
        }
      }
    `,
    variables: { sector: 'sector:agriculture-plantations-other-rural-sectors' },
    levels: 2,
    // the filter's sector checked to exist and be a sector (1), collaboration ids (1) + their
    // nodes (1); partners, iloParties, sectors, topics (1 each)
    expectedStoreQueries: 3 + 4,
    latencyTarget: true,
  },
  {
    name: 'search',
    description: 'Q4: full-text search "labour", 20 hits with their entities',
    operationName: 'Search',
    query: /* GraphQL */ `
      query Search($q: String!) {
        search(query: $q, first: 20) {
          score
          matchedOn
          entity {
            __typename
            id
            name
            kind
            acronym
          }
        }
      }
    `,
    variables: { q: 'labour' },
    levels: 1,
    // the in-process index (1) + the hits' entities (1)
    expectedStoreQueries: 2,
    latencyTarget: false,
  },
  {
    name: 'connections',
    description:
      'Q5: shortest paths between FAO and the health-services sector (4 hops), each step with its sources',
    operationName: 'Connections',
    query: /* GraphQL */ `
      query Connections($from: ID!, $to: ID!) {
        connections(from: $from, to: $to, maxHops: 4, first: 5) {
          length
          steps {
            relation
            reversed
            from {
              __typename
              id
              ... on Entity {
                name
              }
              ... on Collaboration {
                name
              }
            }
            to {
              __typename
              id
              ... on Entity {
                name
              }
              ... on Collaboration {
                name
              }
            }
            sources {
              passage
              quote
            }
          }
        }
      }
    `,
    variables: { from: 'agency:FAO', to: 'sector:health-services' },
    levels: 1,
    // the endpoints' existence (1) + the shortest-path query (1)
    expectedStoreQueries: 2,
    latencyTarget: false,
  },
  {
    name: 'gaps',
    description: 'Q6: sectors without instrument and instruments no programme promotes, with entity names',
    operationName: 'Gaps',
    query: /* GraphQL */ `
      query Gaps {
        gaps(kinds: [SECTOR_WITHOUT_INSTRUMENT, INSTRUMENT_NOT_PROMOTED]) {
          kind
          explanation
          entity {
            __typename
            id
            ... on Entity {
              name
              kind
            }
          }
        }
      }
    `,
    levels: 1,
    // per gap kind: its lacking-link query (1) + the entities concerned (1)
    expectedStoreQueries: 4,
    latencyTarget: false,
  },
];
