import { readFileSync } from 'node:fs';

import { QUERIES } from '../../bench/queries.js';

export interface ExampleOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const operation = (file: string) => readFileSync(`schema/operations/${file}`, 'utf8');

/**
 * What clients run: every bench query, every example operation of schema/operations with the
 * variables the README uses, and a reader's walk through neighbours and passages. Tests that
 * compare two servers (read cache on and off, Kuzu and Neo4j) run all of them.
 */
export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  ...QUERIES.map((q) => ({ name: `bench ${q.name}`, query: q.query, variables: q.variables })),
  {
    name: 'sector page',
    query: operation('sector-page.graphql'),
    variables: { id: 'sector:health-services' },
  },
  {
    name: 'partner collaborations',
    query: operation('partner-collaborations.graphql'),
    variables: { partner: 'agency:FAO' },
  },
  { name: 'search box', query: operation('search-box.graphql'), variables: { query: 'WHO' } },
  { name: 'gaps report', query: operation('gaps-report.graphql') },
  {
    name: 'link a list',
    query: operation('link-list.graphql'),
    variables: {
      inputs: [
        { name: 'Intl Labour Org.' },
        { name: 'OMS', country: 'Suisse' },
        { name: 'C182' },
        { name: 'Action programme', country: 'Maroc', kind: 'PROGRAMME' },
        { name: 'World Food Programme' },
      ],
      first: 5,
    },
  },
  {
    name: 'passage search',
    query: operation('passage-search.graphql'),
    variables: { query: 'child labour', first: 25 },
  },
  {
    name: 'entity facts',
    query: operation('entity-facts.graphql'),
    variables: { id: 'register:special-list' },
  },
  {
    name: 'connections',
    query: operation('connections.graphql'),
    variables: { from: 'agency:IMO', to: 'instrument:C182' },
  },
  {
    name: 'neighbours, passages and document passages',
    query: /* GraphQL */ `
      {
        entity(id: "programme:ipec") {
          neighbours(first: 50) {
            relation
            direction
            entity {
              id
              name
            }
            sources {
              passage
              quote
            }
          }
        }
        documents {
          edges {
            node {
              id
              passages {
                id
                text
              }
            }
          }
        }
      }
    `,
  },
];
