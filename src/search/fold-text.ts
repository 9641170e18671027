/**
 * Folds text for matching: lower case, accents removed (`Sécurité` → `securite`), so that a
 * query typed without accents finds accented names and the reverse.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Folds and collapses punctuation and spaces: the form in which an exact name/acronym match is judged. */
export function exactKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
