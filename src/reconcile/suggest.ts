import { isEntityKind, type EntityKind } from '../domain/entity-kind.js';
import type { Loaders } from '../loaders/create-loaders.js';
import { MAX_SEARCH_TEXT, searchEntities } from '../api/services/search.service.js';
import { foldText } from '../search/fold-text.js';
import type { GraphStore } from '../store/port/graph-store.port.js';
import { describeProperty, RECONCILE_PROPERTIES } from './properties.js';
import { badParameter } from './reconcile-error.js';
import { RECONCILE_TYPES, typeOf } from './types.js';

/** Suggestions per page. */
export const SUGGEST_PAGE = 10;
/** Most suggestions skipped with `cursor`: past the hundredth, a user should type more. */
export const MAX_SUGGEST_CURSOR = 90;

export interface SuggestParameters {
  prefix: string;
  cursor: number;
  /** Entity suggest only: only entities of these kinds (OpenRefine passes the column's type). */
  kinds: EntityKind[];
}

/** Reads `prefix`, `cursor` and `type` from a suggest request's query string. */
export function suggestParameters(query: Record<string, unknown>): SuggestParameters {
  const prefix = query.prefix;
  if (typeof prefix !== 'string') throw badParameter('prefix is required: the text typed so far.', 'prefix');
  if (prefix.length > MAX_SEARCH_TEXT)
    throw badParameter(`prefix must be at most ${MAX_SEARCH_TEXT} characters.`, 'prefix');
  const rawCursor = query.cursor ?? '0';
  const cursor = typeof rawCursor === 'string' && /^\d+$/u.test(rawCursor) ? Number(rawCursor) : NaN;
  if (!Number.isInteger(cursor) || cursor > MAX_SUGGEST_CURSOR)
    throw badParameter(`cursor must be a whole number from 0 to ${MAX_SUGGEST_CURSOR}.`, 'cursor');
  const types = query.type === undefined ? [] : Array.isArray(query.type) ? query.type : [query.type];
  return { prefix: prefix.trim(), cursor, kinds: types.map(String).filter(isEntityKind) };
}

/**
 * Entity suggest: what GraphQL `search` finds for the prefix (names, acronyms, aliases, prefixes
 * of three letters or more, one typo), a page from `cursor`. An id typed whole is found too.
 */
export async function suggestEntities(store: GraphStore, loaders: Loaders, p: SuggestParameters) {
  if (p.prefix === '') return { result: [] };
  const hits = await searchEntities(store, loaders, p.prefix, {
    kinds: p.kinds.length > 0 ? p.kinds : undefined,
    limit: p.cursor + SUGGEST_PAGE,
  });
  const byId = /^[a-z-]+:\S+$/u.test(p.prefix) ? await loaders.entity.load(p.prefix) : null;
  const entities = [
    ...(byId && p.cursor === 0 && (p.kinds.length === 0 || p.kinds.includes(byId.kind as EntityKind))
      ? [byId]
      : []),
    ...hits.map((h) => h.entity).filter((e) => e.id !== byId?.id),
  ];
  return {
    result: entities.slice(p.cursor, p.cursor + SUGGEST_PAGE).map((e) => ({
      id: e.id,
      name: e.name,
      ...(e.description ? { description: e.description } : {}),
      notable: [typeOf(e.kind)],
    })),
  };
}

/** Whether every word of the prefix starts a word of the text (folded). */
function startsWords(text: string, prefix: string): boolean {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u);
  return foldText(prefix)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((p) => words.some((w) => w.startsWith(p)));
}

/** Type suggest: the kinds whose id or name starts with the prefix (every kind for none). */
export function suggestTypes(p: SuggestParameters) {
  const found = RECONCILE_TYPES.filter((t) => startsWords(`${t.id} ${t.name}`, p.prefix));
  return { result: found.slice(p.cursor, p.cursor + SUGGEST_PAGE).map((t) => ({ id: t.id, name: t.name })) };
}

/** Property suggest: properties whose id or name starts with the prefix, of the kind given as `type`. */
export function suggestProperties(p: SuggestParameters) {
  const [kind] = p.kinds;
  const found = RECONCILE_PROPERTIES.filter(
    (prop) => (!kind || prop.kinds.includes(kind)) && startsWords(`${prop.id} ${prop.name}`, p.prefix),
  );
  return {
    result: found
      .slice(p.cursor, p.cursor + SUGGEST_PAGE)
      .map((prop) => ({ id: prop.id, name: prop.name, description: describeProperty(prop, kind) })),
  };
}
