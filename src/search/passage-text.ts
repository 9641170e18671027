import { foldText } from './fold-text.js';

/**
 * How passage search cuts text into words, the one rule both stores follow: a word is a run of
 * letters, digits and combining marks; it is compared folded (lower case, accents removed).
 * Everything else separates words, so `ILO’s` is `ilo s`, `HIV/AIDS` is `hiv aids`, `10,572` is
 * `10 572`, and a word hyphenated at a line end (`sub-` / `Saharan`, which the cutter folds to
 * `sub- Saharan`) reads `sub saharan`, as `sub-Saharan` does.
 */

/** One word of a text: its folded form and where it stands in the text (UTF-16 offsets, end exclusive). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldText(match[0]).replace(/\p{M}/gu, '');
    if (word.length > 0) tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * The text as the index reads it: its folded words, one space apart. Stored beside each passage
 * (the `searchText` column), so Neo4j's analyzer only has to split on spaces.
 */
export function searchText(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}
