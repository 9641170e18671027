import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';

/**
 * Refuses an operation type the schema has no root for (this API has queries only), before
 * execution. Why: graphql-js validation lets `mutation { x }` through when there is no Mutation
 * type at all, and execution then fails with an internal error (HTTP 200, masked in production).
 */
export function operationTypePlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          // No operation: Apollo reports OPERATION_RESOLUTION_FAILURE itself.
          if (operation && !schema.getRootType(operation.operation)) {
            throw new GraphQLError(`This API has no ${operation.operation} operations; send a query.`, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
