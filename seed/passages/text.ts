/**
 * Text helpers shared by the cutters, the reference loaders and the validator. Kept tiny and
 * pure so the same folding rule is used when a passage is cut and when a quote is checked.
 */

/** Collapses every run of whitespace to one space and trims. Nothing else is normalised. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** `slug` per seed/README.md: lowercase, runs of non `a-z0-9` replaced by `-`, trimmed of `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** True when a line holds only whitespace (the dumps use lines of one space as blank lines). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
