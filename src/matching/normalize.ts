import { foldText, queryWords } from '../search/fold-text.js';

/**
 * How matching reads a name: the folded forms two names are compared in. One module, so that an
 * input and a candidate's names always go through the same folding.
 */

/**
 * A name with case, accents, punctuation and spacing folded: `Organisation mondiale de la Santé`
 * and `ORGANISATION MONDIALE DE LA SANTE` give the same key. `&` reads as `and`.
 */
export function foldedKey(text: string): string {
  return foldText(text)
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * An acronym with everything but letters and digits removed: `F.A.O.`, `f a o` and `FAO` give
 * `fao`; `LAB/ADMIN` gives `labadmin`.
 */
export function acronymKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether text is written like an acronym: one word (dots, slashes, hyphens or single spaces
 * between letters allowed: `F.A.O.`, `UN-NGLS`, `LAB/ADMIN`, `I L O`) of 2 to 10 letters and
 * digits, in capitals, or a single word of at most 5 letters.
 */
export function looksLikeAcronym(text: string): boolean {
  const trimmed = text.trim();
  const key = acronymKey(trimmed);
  if (key.length < 2 || key.length > 10) return false;
  const spacedLetters = /^(\p{L}[.\s]?){2,10}$/u.test(trimmed);
  const oneWord = !/\s/u.test(trimmed) || spacedLetters;
  if (!oneWord) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase() || key.length <= 5;
}

/** A trailing parenthetical gloss removed: `Mining (coal; other mining)` → `Mining`; null when none. */
export function withoutGloss(name: string): string | null {
  const match = /^(.*\S)\s*\(([^()]*)\)\s*$/u.exec(name);
  return match?.[1] ? match[1] : null;
}

/** A trailing year removed: `Minimum Age Convention, 1973` → `Minimum Age Convention`; null when none. */
export function withoutYear(name: string): string | null {
  const match = /^(.*\S),?\s+(1[89]|20)\d\d$/u.exec(name.trim());
  return match?.[1] ? match[1].replace(/,$/u, '') : null;
}

/** The gloss itself: `World Health Organization (WHO)` → `WHO`; null when none. */
export function glossOf(name: string): string | null {
  return /\(([^()]*)\)\s*$/u.exec(name)?.[1]?.trim() || null;
}

/**
 * British and American spellings, and other forms of one word, read as one: an input written
 * `International Labor Organisation` is as close to the ILO's name as the name itself.
 */
const SPELLINGS: Record<string, string> = {
  labour: 'labor',
  organisation: 'organization',
  organisations: 'organizations',
  organise: 'organize',
  programme: 'program',
  programmes: 'programs',
  centre: 'center',
  centres: 'centers',
  harbour: 'harbor',
  defence: 'defense',
  catalogue: 'catalog',
  globalisation: 'globalization',
  mobilisation: 'mobilization',
  utilisation: 'utilization',
};

/**
 * Words that carry no identity in a name (`of`, `the`, `de`, `la`, `y`...), in the ILO's three
 * languages, plus what introduces a number (`No.`, `n°`, `núm.`).
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'pour',
  'sur',
  'del',
  'el',
  'las',
  'los',
  'para',
  'por',
  'sobre',
  'y',
  'no',
  'n',
  'nº',
  'num',
  'nos',
]);

/**
 * The words that identify a name, folded: abbreviations expanded (`Intl` → `international`, as
 * search does), one spelling per word (`organisation` → `organization`), `co-operation` read as
 * `cooperation`, stop words and single letters dropped. Order kept, duplicates dropped.
 */
export function nameTokens(text: string): string[] {
  const joined = text.replace(/\b([Cc])o-(?=\p{L})/gu, '$1o');
  const tokens = queryWords(joined)
    .map((w) => SPELLINGS[w] ?? w)
    .filter((w) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/u.test(w)));
  return [...new Set(tokens)];
}
