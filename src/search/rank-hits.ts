import type { SearchMatch } from '../store/port/graph-store.port.js';
import { exactKey, foldText, queryWords } from './fold-text.js';

/**
 * One ranking for both stores' search. The engines only find candidates (the embedded store's
 * in-process index, Neo4j's full-text index); the order and the score come from here, so the same
 * query ranks the same entities the same way on either store, and the reasons are plain:
 *
 * 1. the tier: the query is exactly a name, acronym or alias (3); the name starts with the query's
 *    words (2: "Agricul" → "Agriculture; plantations..." before "Action programme on agriculture");
 *    every query word is in the name (1); else 0;
 * 2. within a tier, how well the words match: per query word, its best match in any field, an exact
 *    word over a prefix over a one-letter typo, a name or acronym over an alias over a description;
 * 3. then the shorter name (the more specific entity), then the id.
 *
 * The score is `tier * 10 + quality` (quality < 10): a higher score is a better hit on both stores.
 */

/** Query words shorter than this are never prefixes (`it` would find every word starting with it). */
export const MIN_PREFIX = 3;
/** Query words this long or longer may match with one typo (`UNESKO`). */
export const MIN_FUZZY = 4;

export const SEARCH_FIELDS = ['name', 'acronym', 'aliases', 'description'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const FIELD_WEIGHT: Record<SearchField, number> = { name: 3, acronym: 3, aliases: 2, description: 1 };
const MATCH_VALUE = { exact: 1, prefix: 0.8, fuzzy: 0.6 } as const;
type MatchKind = keyof typeof MATCH_VALUE;

/** What an engine found: an entity's searchable fields. */
export interface SearchCandidate {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  aliases: readonly string[];
  description: string | null;
}

/** The words of a field as they are matched: folded, split on anything but letters and digits. */
export function fieldWords(text: string | null | undefined): string[] {
  return text
    ? foldText(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '')
    : [];
}

/** Whether two words are at most one insertion, deletion or substitution apart (Levenshtein ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Same length: one substitution; else one insertion into the shorter word.
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

/**
 * How a query word matches a word of the text, by the rule both engines' queries follow: itself,
 * as a prefix (three letters or more, unless it is one of `shortAcronyms`: `who` is the WHO, not
 * "wholesale"), or with one typo (four letters or more).
 */
export function matchWord(query: string, word: string, shortAcronyms: ReadonlySet<string>): MatchKind | null {
  if (query === word) return 'exact';
  if (query.length >= MIN_PREFIX && !shortAcronyms.has(query) && word.startsWith(query)) return 'prefix';
  if (query.length >= MIN_FUZZY && withinOneEdit(query, word)) return 'fuzzy';
  return null;
}

function bestMatch(query: string, words: readonly string[], shortAcronyms: ReadonlySet<string>): number {
  let best = 0;
  for (const word of words) {
    const kind = matchWord(query, word, shortAcronyms);
    if (kind) best = Math.max(best, MATCH_VALUE[kind]);
    if (best === 1) break;
  }
  return best;
}

/** Ranks what an engine found for `text`, best first, at most `limit`. */
export function rankCandidates(
  text: string,
  candidates: Iterable<SearchCandidate>,
  shortAcronyms: ReadonlySet<string>,
  limit: number,
): SearchMatch[] {
  const words = queryWords(text);
  const key = exactKey(text);
  if (words.length === 0 || key === '') return [];
  const ranked: (SearchMatch & { nameLength: number })[] = [];
  for (const c of candidates) {
    const fields: Record<SearchField, string[]> = {
      name: fieldWords(c.name),
      acronym: fieldWords(c.acronym),
      aliases: c.aliases.flatMap((a) => fieldWords(a)),
      description: fieldWords(c.description),
    };
    const matchedOn = new Set<SearchField>();
    let quality = 0;
    for (const query of words) {
      let best = 0;
      for (const field of SEARCH_FIELDS) {
        const value = bestMatch(query, fields[field], shortAcronyms);
        if (value > 0) matchedOn.add(field);
        best = Math.max(best, value * FIELD_WEIGHT[field]);
      }
      quality += best;
    }
    const exact = [c.name, c.acronym, ...c.aliases].some((t) => t && exactKey(t) === key);
    if (exact) {
      if (c.name && exactKey(c.name) === key) matchedOn.add('name');
      if (c.acronym && exactKey(c.acronym) === key) matchedOn.add('acronym');
      if (c.aliases.some((a) => exactKey(a) === key)) matchedOn.add('aliases');
    }
    if (matchedOn.size === 0) continue;
    const inName = words.map((q) => bestMatch(q, fields.name, shortAcronyms) > 0);
    const nameStarts =
      words.length <= fields.name.length &&
      words.every((q, i) => matchWord(q, fields.name[i]!, shortAcronyms) !== null);
    const tier = exact ? 3 : nameStarts ? 2 : inName.every(Boolean) ? 1 : 0;
    // quality ≤ 3 per word; scaled into [0, 9] so that it never crosses a tier.
    const score = tier * 10 + (9 * quality) / (3 * words.length);
    ranked.push({
      id: c.id,
      kind: c.kind,
      score,
      matchedOn: SEARCH_FIELDS.filter((f) => matchedOn.has(f)),
      nameLength: fields.name.length,
    });
  }
  return ranked
    .sort(
      (a, b) => b.score - a.score || a.nameLength - b.nameLength || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ nameLength: _nameLength, ...hit }) => hit);
}
