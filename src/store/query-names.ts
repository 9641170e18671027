/**
 * Every query the application runs, by the name of its file in cypher/ (without `.cypher`).
 * A name resolves to `cypher/<dialect>/<name>.cypher` when that variant exists, else to the
 * shared `cypher/<name>.cypher`; start-up fails naming any name that resolves to nothing.
 */
export const QUERY_NAMES = [
  'health',
  'entities-by-ids',
  'passages-by-ids',
  'linked-out',
  'linked-in',
  'linked-via-collaboration',
  'passages-of-documents',
  'facts-citing-passages',
  'statements-of-subjects',
  'statements-by-ids',
  'list-statement-keys',
  'weak-statements',
  'dated-entities',
  'count-statements-by-type',
  'list-entity-keys',
  'collaboration-ids',
  'search-documents',
  'count-entities',
  'count-entities-by-kind',
  'count-links-by-type',
  'entity-degrees',
  'graph-links',
  'entities-lacking-link',
  'sectors-without-partner',
  'weak-entities',
  'weak-links',
  'common-neighbours',
  'shortest-paths',
  'graph-meta',
  'graph-ids',
  'claim-graph',
  'mark-graph-loaded',
  'upsert-entities',
  'upsert-passages',
  'upsert-links',
  'upsert-statements',
  'delete-all-links',
  'delete-all-entities',
  'delete-all-passages',
  'delete-all-statements',
] as const;

/**
 * The most hops a path search goes (`connections`' maxHops): the bound the shortest-paths files
 * are written with.
 */
export const MAX_PATH_HOPS = 6;

/**
 * The shortest-paths search bounded at `hops`. Why a query of its own per bound: Cypher takes a
 * variable-length bound only as a literal, and a search bounded at 6 then filtered does the work
 * of 6 hops for `maxHops: 1`. The registry derives each text from the shortest-paths file
 * (query-registry.ts, `hopBoundedVariants`).
 */
export type BoundedPathQuery = `shortest-paths-within-${number}`;

export function shortestPathsWithin(hops: number): BoundedPathQuery {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_PATH_HOPS)
    throw new RangeError(`A path search goes 1 to ${MAX_PATH_HOPS} hops, not ${hops}`);
  return `shortest-paths-within-${hops}`;
}

/** Every bounded path query the registry derives, 1..MAX_PATH_HOPS hops. */
export const BOUNDED_PATH_QUERIES: readonly BoundedPathQuery[] = Array.from(
  { length: MAX_PATH_HOPS },
  (_, i) => shortestPathsWithin(i + 1),
);

export type QueryName = (typeof QUERY_NAMES)[number] | BoundedPathQuery;

/**
 * Queries only one dialect has (the other answers the same need another way, e.g. the
 * embedded store searches an in-process index instead of running `search-entities`).
 */
export const DIALECT_ONLY_QUERIES = {
  neo4j: ['search-entities', 'short-acronyms', 'match-candidates', 'search-passages'],
  // Point-lookup variants the embedded store runs once per id on large graphs (kuzu-point-lookups.ts).
  kuzu: [
    'entity-by-id',
    'linked-out-by-id',
    'linked-in-by-id',
    'linked-via-collaboration-by-id',
    // Its two steps when every role and kind is asked (kuzu-collaboration-pages.ts).
    'first-collaborations-by-id',
    'collaboration-rows-by-id',
    // Match candidates found in the in-process index, read by id (Neo4j finds and reads them in one query).
    'candidates-by-ids',
    // The passages the in-process passage index is built from (Neo4j searches its full-text index).
    'passage-search-documents',
  ],
} as const;
