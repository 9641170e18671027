import 'reflect-metadata';

import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import { CollaborationsResolver } from './resolvers/collaborations.resolver.js';
import { ENTITY_LIST_RESOLVERS } from './resolvers/entity-lists.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import {
  CitationResolver,
  DocumentPassagesResolver,
  NeighbourCollaborationResolver,
  NeighboursResolver,
} from './resolvers/provenance.resolver.js';
import { CitingFactResolver, PassageResolver } from './resolvers/passage.resolver.js';
import { RELATIONSHIP_RESOLVERS } from './resolvers/relationship-resolvers.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { MatchResolver } from './resolvers/match.resolver.js';
import { PassageSearchResolver } from './resolvers/passage-search.resolver.js';
import { EntityStatementsResolver, StatementResolver } from './resolvers/statements.resolver.js';
import { STATEMENT_VALUE_TYPES } from './types/statement.type.js';
import { CrossCuttingResolvers } from './resolvers/cross-cutting.js';
import { Collaboration } from './types/collaboration.type.js';
import { ENTITY_TYPES } from './types/kinds.types.js';

/** Every resolver class of the API. */
export const RESOLVERS = [
  NodeResolver,
  ...ENTITY_LIST_RESOLVERS,
  SearchResolver,
  MatchResolver,
  PassageSearchResolver,
  CollaborationsResolver,
  ...CrossCuttingResolvers,
  CitationResolver,
  DocumentPassagesResolver,
  PassageResolver,
  CitingFactResolver,
  EntityStatementsResolver,
  StatementResolver,
  NeighboursResolver,
  NeighbourCollaborationResolver,
  ...RELATIONSHIP_RESOLVERS,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The GraphQL schema, built once per process from the type-graphql classes. The emitted SDL
 * (schema/schema.graphql) is written by `npm run emit-schema`, and a test fails when it is stale.
 */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<new () => object>,
    orphanedTypes: [...ENTITY_TYPES, Collaboration, ...STATEMENT_VALUE_TYPES],
    validate: false,
  }).then((built) => {
    // type-graphql has no option for the root type's description.
    built.getQueryType()!.description =
      'The ILO knowledge graph: who cooperates with whom, on what, and on what evidence.';
    return built;
  });
  return schema;
}
