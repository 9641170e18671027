import type { BenchQuery } from '../queries.js';

/** The peer's document for one bench question, or why it has none. */
export type PeerQuery = { query: string; variables?: Record<string, unknown> } | { notExpressible: string };

const BY_NAME = '[{ name: ASC }, { id: ASC }]';

/**
 * The six bench questions asked of @neo4j/graphql (bench/peer/type-defs.graphql) as its users
 * would: a list filtered by id where ilo-graph has `entity(id)`, `sort` where ilo-graph orders by
 * name then id (a list ordered as people read names, whatever their case, sorts on the stored
 * folded name: the library's `sort` compares the raw strings), relationship filters (`some`, `none`) for the collaborations' sector and the gaps.
 * Both must answer the same ids in the same order (bench/lib/answer-ids.ts).
 */
export const PEER_QUERIES: Record<BenchQuery['name'], PeerQuery> = {
  point: {
    query: /* GraphQL */ `
      query Point($id: ID!) {
        sectors(where: { id: { eq: $id } }) {
          __typename
          id
          name
          kind
          description
          sources
          cluster
          instruments(sort: ${BY_NAME}) {
            id
            name
            code
            year
          }
          programmes(sort: ${BY_NAME}) {
            id
            name
          }
          guidance(sort: ${BY_NAME}) {
            id
            name
          }
          collaborations(sort: ${BY_NAME}) {
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
    `,
    variables: { id: 'sector:health-services' },
  },
  nested: {
    query: /* GraphQL */ `
      query Nested {
        sectorsConnection {
          totalCount
        }
        sectors(sort: [{ nameFolded: ASC }, { id: ASC }], limit: 100) {
          id
          name
          instruments(sort: ${BY_NAME}) {
            id
            name
            promotedBy(sort: ${BY_NAME}) {
              __typename
              id
              name
            }
          }
          programmes(sort: ${BY_NAME}) {
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
    `,
  },
  collaborations: {
    query: /* GraphQL */ `
      query Collaborations($sector: ID!) {
        collaborations(
          where: { sectors: { some: { id: { eq: $sector } } } }
          sort: [{ since: ASC }, { id: ASC }]
          limit: 50
        ) {
          id
          name
          since
          until
          partners(sort: ${BY_NAME}) {
            __typename
            id
            name
          }
          iloParties(sort: ${BY_NAME}) {
            __typename
            id
            name
          }
          sectors(sort: ${BY_NAME}) {
            id
            name
          }
          topics(sort: ${BY_NAME}) {
            id
            name
          }
          sources
        }
      }
    `,
    variables: { sector: 'sector:agriculture-plantations-other-rural-sectors' },
  },
  search: {
    notExpressible:
      'its @fulltext searches one type at a time, in Lucene order; ilo-graph ranks every kind together (exact name or acronym, then names starting with the words, typo tolerance)',
  },
  connections: {
    notExpressible:
      'shortest paths with each step, its direction and sources have no @relationship form; a @cypher field can return nodes, not paths',
  },
  gaps: {
    query: /* GraphQL */ `
      query Gaps {
        sectors(where: { instrumentsAggregate: { count: { eq: 0 } } }, sort: [{ id: ASC }]) {
          __typename
          id
          name
          kind
        }
        instruments(
          where: {
            instrumentType: { in: ["Convention", "Protocol", "Recommendation"] }
            promotedByAggregate: { count: { eq: 0 } }
          }
          sort: [{ id: ASC }]
        ) {
          __typename
          id
          name
          kind
          instrumentType
        }
      }
    `,
  },
};
