import { z } from 'zod';

import { isEntityKind, type EntityKind } from '../domain/entity-kind.js';
import type { HintValue, MatchHint, MatchRequest, MatchResult } from '../matching/match-request.js';
import {
  MatchInputError,
  MAX_MATCH_CANDIDATES,
  MAX_MATCH_INPUTS,
  type MatchService,
} from '../matching/match.service.js';
import { ErrorCode } from '../api/shared/errors.js';
import { reconcileProperty } from './properties.js';
import { badParameter, ReconcileError } from './reconcile-error.js';
import { typeOf } from './types.js';

/** Candidates returned for a query that gives no `limit`. */
export const DEFAULT_LIMIT = 5;

/**
 * A reconciliation query batch, as the spec's JSON Schema (reconciliation-query-batch.json)
 * describes it: each query gives `query` or at least one property, and nothing the spec does not
 * name (a misspelt key such as `props` is refused, not ignored).
 */
const propertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.object({ id: z.string(), name: z.string().optional() }).passthrough(),
]);
const querySchema = z
  .object({
    query: z.string().optional(),
    type: z.union([z.string(), z.array(z.string())]).optional(),
    limit: z.number().optional(),
    properties: z
      .array(z.object({ pid: z.string(), v: z.union([propertyValue, z.array(propertyValue)]) }).passthrough())
      .optional(),
    type_strict: z.enum(['any', 'should', 'all']).optional(),
  })
  .strict()
  .refine((q) => q.query !== undefined || (q.properties?.length ?? 0) > 0, {
    message: 'give a query, or at least one property',
  });
const batchSchema = z.record(z.string(), z.unknown());

type Query = z.infer<typeof querySchema>;

/** A zod issue as a sentence naming the parameter: `queries.q1.limit: Expected number, received string`. */
function issueOf(error: z.ZodError, prefix: string): ReconcileError {
  const issue = error.issues[0]!;
  const path = [prefix, ...issue.path].join('.');
  const message =
    issue.code === 'unrecognized_keys'
      ? `${path}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (a query has query, type, limit, properties, type_strict)`
      : `${path}: ${issue.message}`;
  return badParameter(message, path);
}

/** One query of the batch, checked and ready: its key, and its request or why it has none. */
interface ReadQuery {
  key: string;
  request: MatchRequest | null;
}

/**
 * How a query becomes a matching request:
 * - `query` is the name; `limit` caps the candidates (1 to 10, default 5);
 * - `type` restricts the kinds (`type_strict` `any`, the default, or `all`), or, with
 *   `type_strict: "should"` (what OpenRefine sends), only lowers other kinds (kind_agreement);
 *   a type the service does not know is no entity's, so it constrains `any`/`all` to nothing
 *   and changes nothing under `should`;
 * - each property the service knows as a hint (acronym, country, year, a kind-specific field)
 *   is compared with the candidates (hint_agreement); a property it does not know, or one it can
 *   only fetch (a relationship such as `sectors`), changes nothing.
 * A query with neither a name nor an acronym has nothing to match: its result is empty.
 */
function requestOf(key: string, query: Query): ReadQuery {
  const path = `queries.${key}`;
  let limit = DEFAULT_LIMIT;
  if (query.limit !== undefined) {
    if (!Number.isInteger(query.limit) || query.limit < 1)
      throw badParameter(`${path}.limit: a positive whole number, got ${query.limit}`, `${path}.limit`);
    limit = Math.min(query.limit, MAX_MATCH_CANDIDATES);
  }
  const types = query.type === undefined ? [] : Array.isArray(query.type) ? query.type : [query.type];
  const known = types.filter(isEntityKind);
  const strict = query.type_strict ?? 'any';
  let kinds: EntityKind[] = [];
  let expectedKinds: EntityKind[] = [];
  if (types.length > 0 && strict === 'should') expectedKinds = known;
  else if (types.length > 0) {
    // `all`: an entity has one kind, so it bears every type asked for only when they are one.
    const possible = strict === 'all' && new Set(types).size > 1 ? [] : known;
    if (possible.length === 0) return { key, request: null };
    kinds = possible;
  }

  const hints: MatchHint[] = [];
  for (const { pid, v } of query.properties ?? []) {
    const property = reconcileProperty(pid);
    if (!property?.hint) continue;
    const values = (Array.isArray(v) ? v : [v]) as HintValue[];
    hints.push(
      property.hint === 'field' ? { on: 'field', field: pid, values } : { on: property.hint, values },
    );
  }
  const name = query.query?.trim() ?? '';
  const hasAcronym = hints.some(
    (h) => h.on === 'acronym' && h.values.some((v) => typeof v === 'string' && v.trim()),
  );
  if (!name && !hasAcronym) return { key, request: null };
  return { key, request: { name, expectedKinds, kinds, hints, limit } };
}

/** The reconciliation candidates of one result, as the spec's result batch schema has them. */
function candidatesOf(result: MatchResult) {
  return result.candidates.map((c) => ({
    id: c.entity.id,
    name: c.entity.name,
    ...(c.entity.description ? { description: c.entity.description } : {}),
    type: [typeOf(c.entity.kind)],
    score: c.score,
    match: c.match,
    features: c.features.map((f) => ({ id: f.id, value: f.value })),
  }));
}

/**
 * Answers a reconciliation query batch (the parsed `queries` parameter) through the matching
 * service, in one call for the whole batch: `{ <key>: { result: [candidates] } }`. Refuses a
 * batch the spec's schema refuses (400), and one larger than the manifest's batchSize (413).
 */
export async function reconcileBatch(matching: MatchService, batch: unknown) {
  const parsed = batchSchema.safeParse(batch);
  if (!parsed.success || batch === null || Array.isArray(batch))
    throw badParameter(
      'queries must be a JSON object of queries by key: {"q0": {"query": "..."}}',
      'queries',
    );
  const entries = Object.entries(parsed.data);
  if (entries.length > MAX_MATCH_INPUTS)
    throw new ReconcileError(
      413,
      ErrorCode.BAD_USER_INPUT,
      `At most ${MAX_MATCH_INPUTS} queries per batch (the manifest's batchSize), got ${entries.length}.`,
      'queries',
    );
  const read = entries.map(([key, value]) => {
    const query = querySchema.safeParse(value);
    if (!query.success) throw issueOf(query.error, `queries.${key}`);
    return requestOf(key, query.data);
  });
  const asked = read.filter((q): q is { key: string; request: MatchRequest } => q.request !== null);
  let results: MatchResult[] = [];
  try {
    results = asked.length > 0 ? await matching.match(asked.map((q) => q.request)) : [];
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    const [index, field] = error.path;
    const key = typeof index === 'number' ? asked[index]?.key : undefined;
    const parameter = field === 'name' ? 'query' : field === 'hints' ? 'properties' : String(field);
    const where = key === undefined ? 'queries' : `queries.${key}.${parameter}`;
    throw badParameter(`${where}: ${error.message}`, where);
  }
  const byKey = new Map(asked.map((q, i) => [q.key, results[i]!]));
  return Object.fromEntries(
    read.map(({ key }) => {
      const result = byKey.get(key);
      return [key, { result: result ? candidatesOf(result) : [] }];
    }),
  );
}
