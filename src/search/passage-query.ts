import { tokenize } from './passage-text.js';

/**
 * What a person typed into passage search, as clauses every matching passage must satisfy
 * (both stores read the same clauses: src/search/passage-search-index.ts in process, and
 * src/store/neo4j/neo4j-passage-search.ts as Lucene):
 *
 * - `"worst forms of child labour"` (quoted): those words, in that order;
 * - `migra` (a bare word): the word itself, or any word it begins when it has three letters or
 *   more and is not some entity's short acronym (`WHO` is the WHO, not "whole");
 * - `sector-specific`, `HIV/AIDS`, `10,572` (a bare word with punctuation inside): its parts in
 *   order, or its parts written as one word (`sectorspecific`, as a dump may join a word hyphenated
 *   at a line end).
 *
 * Words are compared folded (case and accents ignored); an unclosed quote runs to the end.
 */

export type PassageClause =
  | { kind: 'word'; word: string; prefix: boolean }
  | { kind: 'phrase'; words: string[]; joined: string | null };

export interface PassageQuery {
  clauses: PassageClause[];
  /**
   * The bare words in the order typed, when there are two or more: a passage holding them as one
   * phrase ranks above one holding them apart (`child labour` before "labour ... child").
   */
  proximity: string[] | null;
}

/** Words shorter than this never match as prefixes (`of` would match every "often"). */
export const MIN_PREFIX = 3;

/**
 * Parses a query. `shortAcronyms` are the folded short acronyms of the graph's entities
 * (src/search/short-acronyms.ts): such a bare word matches only itself.
 */
export function parsePassageQuery(
  text: string,
  shortAcronyms: ReadonlySet<string> = new Set(),
): PassageQuery {
  const clauses: PassageClause[] = [];
  const bare: string[] = [];
  const parts = text.split('"');
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const words = tokenize(part).map((t) => t.word);
      if (words.length === 1) clauses.push({ kind: 'word', word: words[0]!, prefix: false });
      else if (words.length > 1) clauses.push({ kind: 'phrase', words, joined: null });
      return;
    }
    for (const chunk of part.split(/\s+/u)) {
      const words = tokenize(chunk).map((t) => t.word);
      bare.push(...words);
      if (words.length === 1) {
        const word = words[0]!;
        clauses.push({ kind: 'word', word, prefix: word.length >= MIN_PREFIX && !shortAcronyms.has(word) });
      } else if (words.length > 1) {
        clauses.push({ kind: 'phrase', words, joined: words.join('') });
      }
    }
  });
  return { clauses: dedupe(clauses), proximity: bare.length >= 2 ? bare : null };
}

function dedupe(clauses: PassageClause[]): PassageClause[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = c.kind === 'word' ? `w:${c.word}:${c.prefix}` : `p:${c.words.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a folded word of a passage satisfies a word clause. */
export function wordMatches(clause: { word: string; prefix: boolean }, word: string): boolean {
  return word === clause.word || (clause.prefix && word.startsWith(clause.word));
}

/**
 * Where each clause matches in a passage's words: a list of [first, last] word index ranges per
 * clause (empty when it does not match). A passage matches the query when no list is empty.
 */
export function clauseMatches(query: PassageQuery, words: readonly string[]): [number, number][][] {
  return query.clauses.map((clause) => {
    const ranges: [number, number][] = [];
    if (clause.kind === 'word') {
      words.forEach((w, i) => {
        if (wordMatches(clause, w)) ranges.push([i, i]);
      });
      return ranges;
    }
    for (let i = 0; i + clause.words.length <= words.length; i++) {
      if (clause.words.every((w, j) => words[i + j] === w)) ranges.push([i, i + clause.words.length - 1]);
    }
    if (clause.joined) {
      words.forEach((w, i) => {
        if (w === clause.joined) ranges.push([i, i]);
      });
    }
    return ranges.sort((a, b) => a[0] - b[0]);
  });
}

/** Whether the bare words occur next to each other, in order (the proximity bonus). */
export function holdsAsPhrase(words: readonly string[], phrase: readonly string[] | null): boolean {
  if (!phrase) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}
