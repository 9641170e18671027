/**
 * Words at least this long may be matched with one typo (an edit: a letter added, dropped,
 * changed, or two swapped). Shorter words must match exactly: at three or four letters one edit
 * turns an acronym into another (`IMO` into `IMF`, `ILO` into `IOM`).
 */
export const TYPO_MIN_LENGTH = 5;

/** Whether a folded word may be matched with one typo: long enough, and not a number. */
export function allowsTypo(word: string): boolean {
  return word.length >= TYPO_MIN_LENGTH && !/^\d+$/u.test(word);
}
