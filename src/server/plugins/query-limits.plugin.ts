import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';

import { ErrorCode } from '../../api/shared/errors.js';
import { MAX_HOPS } from '../../api/services/connections.service.js';
import { MATCH_FEATURES } from '../../matching/features.js';

// Why require: the package's ESM build imports graphql's `.mjs` files, a second graphql instance
// beside the CommonJS one type-graphql builds the schema with ("Cannot use GraphQLObjectType from
// another module or realm"). Its CommonJS build shares the one instance.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;
type ComplexityEstimator = QueryComplexity.ComplexityEstimator;
type EstimatorArgs = Parameters<ComplexityEstimator>[0];

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Most root fields (aliases included) one operation may select. */
  maxRootFields: number;
  /** The page-size cap the resolvers enforce: a `first` above it is priced at it (see listEstimator). */
  maxPageSize: number;
  /**
   * Introspection is enabled: `__schema`/`__type` subtrees are then exempt from depth, root-field
   * count and complexity, so graphql's standard introspection query (depth 15) loads the schema
   * in the explorer. What bounds them instead: graphql-js's MaxIntrospectionDepthRule, which
   * Apollo's validation runs (nested `fields`/`interfaces`/`possibleTypes`/`inputFields` lists),
   * and INTROSPECTION_ROOT_COST per `__schema`/`__type` field. When introspection is disabled,
   * validation refuses them before this plugin runs, and nothing is exempt.
   */
  introspection: boolean;
}

/**
 * Items assumed for a list without `first` (relationship fields): a sector has a handful of
 * instruments or programmes, so 5 keeps honest nested queries well under the limit while a deep
 * nest of lists still multiplies past it (5^6 = 15,625).
 */
const UNBOUNDED_LIST_ITEMS = 5;

/**
 * What a root field costs beyond its fields when it runs store queries of its own. Why: each
 * alias of a root field runs its own store queries (DataLoaders batch within a level, not
 * across aliases of different arguments), so 780 aliased `connections` were 780 path searches
 * (8-23 s) while the list pricing saw 6 each. Measured on the embedded store with the read cache
 * off (2 cores): a search, a commonNeighbours or the stats counts ~8-13 ms an alias; a path
 * search ~10-16 ms; `gaps` ~57 ms (a dozen store queries over the whole graph); PageRank/degree
 * ranking ~30 ms; while a 19,500-point nested list query takes ~60-80 ms.
 */
const STORE_QUERY_COST = 100;
/** A root field that reads the whole graph (gaps, the PageRank/degree ranking). */
const WHOLE_GRAPH_COST = 1_000;
/**
 * A path search's frontier grows with the graph's branching to the power of the hops (the store
 * searches at most maxHops: one query text per bound), so each hop allowed triples the price:
 * maxHops 1 → 10, 4 → 270, 6 → 2,430 (plus the store query). Measured on Neo4j over the knowledge
 * base (`npm run bench -- --paths --store neo4j`): 8, 17, 35, 89, 233, 299 database hits a search
 * for 1..6 hops, ~2.1-2.6x a hop until the search has reached most of the graph; the price stays
 * above that growth, as a larger graph's would.
 */
const PATH_SEARCH_BASE = 10;
const PATH_BRANCHING = 3;

/** What a path search bounded at `hops` is priced, beyond its store query and its list of paths. */
export function pathSearchPrice(hops: number): number {
  return PATH_SEARCH_BASE * PATH_BRANCHING ** (hops - 1);
}
/**
 * `gaps` has no `first`: it returns every gap, priced as a large list of this many (151 with the
 * knowledge base of this commit; test/server/limits.test.ts fails when the real count passes it).
 */
export const GAP_ITEMS = 250;
/**
 * What a `__schema` or `__type` field costs, whatever its selection, when introspection is on.
 * Why a cost at all: the explorer sends one, but aliases of a full introspection each walk the
 * whole schema (graphql's standard query answers ~176 kB in ~100 ms here). 5,000 lets one
 * operation hold four of them at the default limit.
 */
export const INTROSPECTION_ROOT_COST = 5_000;
/** `commonNeighbours` has no `first`: priced as a list of this many shared entities. */
const COMMON_NEIGHBOUR_ITEMS = 25;

const intArg = (args: Record<string, unknown>, name: string, fallback: number): number => {
  const v = args[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
};
const listArgLength = (args: Record<string, unknown>, name: string): number => {
  const v = args[name];
  return Array.isArray(v) ? v.length : 0;
};

/**
 * The estimators, in the order tried: introspection (a flat cost when enabled), the priced root
 * fields, lists by their `first`, then 1 per field.
 */
export function queryComplexityEstimators(limits: QueryLimits): ComplexityEstimator[] {
  // A `first` out of range is the resolver's to refuse (BAD_USER_INPUT, naming the argument):
  // pricing it at the cap keeps an out-of-range `first` from being reported as QUERY_TOO_COMPLEX.
  const items = (args: Record<string, unknown>, fallback: number) =>
    Math.min(Math.max(1, intArg(args, 'first', fallback)), limits.maxPageSize);
  const list = (count: number, child: number) => 1 + Math.max(1, child) * count;

  /** Root fields (and GraphStats.mostConnected) priced by the work they really do, keyed by type and field. */
  const priced: Record<string, (e: EstimatorArgs) => number> = {
    'Query.connections': ({ args, childComplexity }) => {
      const hops = Math.min(Math.max(1, intArg(args, 'maxHops', 4)), MAX_HOPS);
      return STORE_QUERY_COST + pathSearchPrice(hops) + list(items(args, 5), childComplexity);
    },
    'Query.gaps': ({ childComplexity }) => WHOLE_GRAPH_COST + list(GAP_ITEMS, childComplexity),
    'Query.search': ({ args, childComplexity }) => STORE_QUERY_COST + list(items(args, 10), childComplexity),
    'Query.passages': ({ args, childComplexity }) =>
      STORE_QUERY_COST + list(items(args, 10), childComplexity),
    'Query.commonNeighbours': ({ args, childComplexity }) =>
      STORE_QUERY_COST * Math.max(2, listArgLength(args, 'ids')) +
      list(COMMON_NEIGHBOUR_ITEMS, childComplexity),
    // The list is exactly as long as its ids (the resolver refuses more than the page size).
    'Query.nodes': ({ args, childComplexity }) =>
      list(Math.min(listArgLength(args, 'ids'), limits.maxPageSize), childComplexity),
    'Query.stats': ({ childComplexity }) => STORE_QUERY_COST + 1 + childComplexity,
    // One store query for the whole batch; each input's result holds up to `first` candidates,
    // priced here (its candidates list adds no factor of its own), with every feature of each.
    'Query.match': ({ args, childComplexity }) =>
      STORE_QUERY_COST + list(Math.max(1, listArgLength(args, 'inputs')) * items(args, 3), childComplexity),
    'MatchResult.candidates': ({ childComplexity }) => 1 + childComplexity,
    'MatchCandidate.features': ({ childComplexity }) => list(MATCH_FEATURES.length, childComplexity),
    // Its `first` counts the ranked entities, as a connection's does: its list adds no factor.
    'GraphStats.mostConnected': ({ args, childComplexity }) =>
      WHOLE_GRAPH_COST + list(items(args, 10), childComplexity),
    'MostConnected.entities': ({ childComplexity }) => 1 + childComplexity,
  };

  const introspectionEstimator: ComplexityEstimator = ({ field }) =>
    limits.introspection && isIntrospectionField(field.name)
      ? // Even a very low MAX_QUERY_COMPLEXITY lets the explorer load the schema.
        Math.min(INTROSPECTION_ROOT_COST, limits.maxComplexity)
      : undefined;

  const pricedEstimator: ComplexityEstimator = (e) => priced[`${e.type.name}.${e.field.name}`]?.(e);

  /** A list field costs its children times the number of items it may return. */
  const listEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
    // A connection's `first` already counted its items: its edges list adds no factor of its own.
    if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
    const typeName = field.type.toString();
    const isList = typeName.includes('[');
    if (!isList && !typeName.endsWith('Connection') && !typeName.endsWith('Connection!')) return undefined;
    return list(items(args, UNBOUNDED_LIST_ITEMS), childComplexity);
  };

  return [introspectionEstimator, pricedEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })];
}

const isIntrospectionField = (name: string) => name === '__schema' || name === '__type';
const isIntrospectionRoot = (s: SelectionNode) => s.kind === Kind.FIELD && isIntrospectionField(s.name.value);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

function selectedOperation(
  document: DocumentNode,
  operationName?: string | null,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
}

/**
 * The deepest field nesting in an operation, fragments followed. Each fragment's depth is
 * computed once (memoised), so fragments that spread each other several times cannot make the
 * measurement itself exponential. `exemptIntrospection`: `__schema`/`__type` subtrees count 0.
 */
export function queryDepth(
  document: DocumentNode,
  operationName?: string | null,
  exemptIntrospection = false,
): number {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (exemptIntrospection && isIntrospectionRoot(s)) continue;
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet));
      else {
        const name = s.name.value;
        if (!memo.has(name)) {
          memo.set(name, 0); // a cycle (refused by validation anyway) ends here
          memo.set(name, depthOf(fragments.get(name)?.selectionSet));
        }
        max = Math.max(max, memo.get(name)!);
      }
    }
    return max;
  };
  const operation = selectedOperation(document, operationName);
  return operation ? depthOf(operation.selectionSet) : 0;
}

/**
 * The root fields an operation executes: distinct response names (alias or field name), inline
 * fragments and fragment spreads followed, fields that `@skip`/`@include` leave out not counted
 * (as graphql-js collects them for execution). `exemptIntrospection`: `__schema`/`__type` not counted.
 */
export function rootFieldCount(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  exemptIntrospection = false,
): number {
  const fragments = fragmentsOf(document);
  const keys = new Set<string>();
  const visited = new Set<string>();
  const included = (s: SelectionNode): boolean => {
    const skip = getDirectiveValues(GraphQLSkipDirective, s, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, s, variables);
    return include?.if !== false;
  };
  const collect = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (!included(s) || (exemptIntrospection && isIntrospectionRoot(s))) continue;
      if (s.kind === Kind.FIELD) keys.add(s.alias?.value ?? s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
      else if (!visited.has(s.name.value)) {
        visited.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return keys.size;
}

/**
 * Refuses an `@include`/`@skip` whose `if` is null (a nullable variable sent as null, even one
 * with a default): BAD_USER_INPUT, 400, naming the directive. Why here: graphql-js throws it
 * while collecting fields, a code-less error (INTERNAL_SERVER_ERROR, a 500 from this plugin's
 * own field walks), though it is the client's input. Walks the operation and the fragments it
 * spreads, each once.
 */
export function checkDirectiveConditions(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const fragments = fragmentsOf(document);
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      for (const directive of [GraphQLSkipDirective, GraphQLIncludeDirective]) {
        try {
          getDirectiveValues(directive, s, variables);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new GraphQLError(`@${directive.name}: ${message}`, {
            nodes: [s],
            extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
          });
        }
      }
      if (s.kind !== Kind.FRAGMENT_SPREAD) walk(s.selectionSet);
      else if (!visited.has(s.name.value)) {
        visited.add(s.name.value);
        walk(fragments.get(s.name.value)?.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
}

const tooComplex = (message: string, extra: Record<string, number>) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 }, ...extra },
  });

/** Fields getComplexity evaluates at most (fragments expanded) before it gives up. */
const MAX_EVALUATED_FIELDS = 10_000;

/**
 * The operation's cost under `estimators` (see `queryComplexityEstimators`); QUERY_TOO_COMPLEX
 * when it has more fields than getComplexity evaluates (fragments spread many times).
 */
export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  estimators: ComplexityEstimator[],
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      // The raw variables: getComplexity coerces them itself (coerced ones would be coerced
      // twice, and an enum's internal value is not one of its names).
      variables: variables ?? {},
      estimators,
      maxQueryNodes: MAX_EVALUATED_FIELDS,
    });
  } catch (error) {
    // Its one refusal of its own, a code-less error (a 500 if let through).
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw tooComplex(
        `Query has more than ${MAX_EVALUATED_FIELDS} fields once its fragments are expanded.`,
        { maxFields: MAX_EVALUATED_FIELDS },
      );
    }
    throw error;
  }
}

/**
 * Refuses, before execution, an operation nested deeper than `maxDepth`, selecting more than
 * `maxRootFields` root fields, or costing more than `maxComplexity` (1 per field, lists times
 * their `first`, the cross-cutting root fields priced by the work they do), with
 * QUERY_TOO_COMPLEX and the measured value in the message and extensions.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  const priceBy = queryComplexityEstimators(limits);
  const exempt = limits.introspection;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const depth = queryDepth(document, operationName, exempt);
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
          checkDirectiveConditions(document, operation, coerced.coerced);
          const rootFields = rootFieldCount(document, operation, coerced.coerced, exempt);
          if (rootFields > limits.maxRootFields) {
            throw tooComplex(
              `Query selects ${rootFields} root fields (aliases included); the limit is ${limits.maxRootFields}.`,
              { rootFields, maxRootFields: limits.maxRootFields },
            );
          }
          const complexity = queryComplexity(schema, document, operationName, request.variables, priceBy);
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
