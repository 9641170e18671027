/**
 * Folds text for matching: lower case, accents removed (`Sécurité` → `securite`), so that a
 * query typed without accents finds accented names and the reverse.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Folded text as Neo4j's full-text index is given it: apostrophes read as spaces, so that
 * `l'éducation` holds the words `l` and `education`, as the embedded index splits it (Lucene's
 * tokenizer would keep `l'education` whole, and `education` would not find it).
 */
export function foldForIndex(text: string): string {
  return foldText(text).replace(/['’ʼ]/gu, ' ');
}

/**
 * An acronym as an index holds it: its words, and its letters run together when punctuation
 * parts them (`LAB/ADMIN labadmin`, `UN-NGLS unngls`), so that it is found typed either way.
 */
export function acronymIndexText(acronym: string): string {
  const compact = foldText(acronym).replace(/[^\p{L}\p{N}]+/gu, '');
  return compact === foldText(acronym) ? acronym : `${acronym} ${compact}`;
}

/** Folds and collapses punctuation and spaces: the form in which an exact name/acronym match is judged. */
export function exactKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Common abbreviations people type in a search box, expanded before matching
 * (`Intl Labour Org` → `international labour organization`).
 */
const ABBREVIATIONS: Record<string, string> = {
  intl: 'international',
  int: 'international',
  org: 'organization',
  orgs: 'organizations',
  dept: 'department',
  govt: 'government',
  natl: 'national',
  assoc: 'association',
  fed: 'federation',
  conf: 'conference',
  progr: 'programme',
  prog: 'programme',
  mgmt: 'management',
  corp: 'corporation',
  assn: 'association',
  cttee: 'committee',
  devt: 'development',
  dev: 'development',
};

/** The words of a query, folded, with known abbreviations expanded. */
export function queryWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => ABBREVIATIONS[w] ?? w);
}
