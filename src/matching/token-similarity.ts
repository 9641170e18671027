import { allowsTypo } from '../search/typo-tolerance.js';

/** What a word matched with one typo counts for, against 1 for the same word. */
export const TYPO_CREDIT = 0.9;

/**
 * Whether two words are one typo apart at most: a letter added, dropped or changed, or two
 * neighbours swapped (the optimal string alignment distance), without computing the full
 * distance. Why a swap counts here and not in search's withinOneEdit (src/search/rank-hits.ts):
 * matching finds its candidates with Lucene's fuzzy query on Neo4j, which counts a swap as one
 * edit, and scores what both stores find alike.
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter changed, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter added to the shorter word.
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.slice(i) === longer.slice(i + 1);
}

/** How well one word matches another: 1 the same, TYPO_CREDIT one typo apart (long words only), else 0. */
export function wordCredit(a: string, b: string): number {
  if (a === b) return 1;
  return allowsTypo(a) && allowsTypo(b) && oneTypoApart(a, b) ? TYPO_CREDIT : 0;
}

/**
 * How much two names agree, word for word, from 0 (no word in common) to 1 (the same words):
 * the Dice coefficient over their words, each word of `a` paired with its best unused word of
 * `b`, a typo counting TYPO_CREDIT. Word order does not matter, so `Labour Organization
 * International` is as close as the name itself; a word is never matched by its prefix, so
 * `UN` does not match `UNESCO`. The words are nameTokens' (folded, stop words dropped).
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const unused = new Set(b.keys());
  let credit = 0;
  // Exact pairs first, so a typo pairing never takes the word another word matches exactly.
  const pending: string[] = [];
  for (const word of a) {
    const index = b.findIndex((w, i) => unused.has(i) && w === word);
    if (index >= 0) {
      unused.delete(index);
      credit += 1;
    } else pending.push(word);
  }
  for (const word of pending) {
    let best = -1;
    for (const i of unused) if (wordCredit(word, b[i]!) > 0) best = i;
    if (best >= 0) {
      unused.delete(best);
      credit += TYPO_CREDIT;
    }
  }
  return (2 * credit) / (a.length + b.length);
}
