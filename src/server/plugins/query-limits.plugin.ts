import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';

import { ErrorCode } from '../../api/shared/errors.js';

// Why require: the package's ESM build imports graphql's `.mjs` files, a second graphql instance
// beside the CommonJS one type-graphql builds the schema with ("Cannot use GraphQLObjectType from
// another module or realm"). Its CommonJS build shares the one instance.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;
type ComplexityEstimator = QueryComplexity.ComplexityEstimator;

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Items assumed for a list without `first` (relationship fields): a sector has a handful of
 * instruments or programmes, so 5 keeps honest nested queries well under the limit while a deep
 * nest of lists still multiplies past it (5^6 = 15,625).
 */
const UNBOUNDED_LIST_ITEMS = 5;

/** A list field costs its children times the number of items it may return. */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  // A connection's `first` already counted its items: its edges list adds no factor of its own.
  if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  const typeName = field.type.toString();
  const isList = typeName.includes('[');
  if (!isList && !typeName.endsWith('Connection') && !typeName.endsWith('Connection!')) return undefined;
  const first = typeof args.first === 'number' ? args.first : UNBOUNDED_LIST_ITEMS;
  return 1 + Math.max(1, childComplexity) * Math.max(1, first);
};

/** The deepest field nesting in an operation, fragments followed (each fragment counted once per path). */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) {
        max = Math.max(
          max,
          depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])),
        );
      }
    }
    return max;
  };
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  return operation && operation.kind === Kind.OPERATION_DEFINITION
    ? depthOf(operation.selectionSet, new Set())
    : 0;
}

const tooComplex = (message: string, extra: Record<string, number>) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 }, ...extra },
  });

/**
 * Refuses, before execution, an operation nested deeper than `maxDepth` or costing more than
 * `maxComplexity` (per-field cost 1, lists multiplied by `first`), with QUERY_TOO_COMPLEX and
 * the measured value in the message.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const depth = queryDepth(document, operationName);
          if (depth > limits.maxDepth) {
            throw tooComplex(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT, 400)
          // before any resolver runs; getComplexity would throw a code-less error (a 500).
          const operation = getOperationAST(document, operationName);
          if (!operation) return;
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (coerced.errors) return;
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: operationName ?? undefined,
            // The raw variables: getComplexity coerces them itself (coerced ones would be coerced
            // twice, and an enum's internal value is not one of its names).
            variables: request.variables ?? {},
            estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > limits.maxComplexity) {
            throw tooComplex(`Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}.`, {
              complexity,
              maxComplexity: limits.maxComplexity,
            });
          }
        },
      };
    },
  };
}
