import { exactKey } from './fold-text.js';

/**
 * A query word this short that is exactly some entity's acronym is taken as that acronym, not as
 * a prefix: `WHO` must not find Commerce through "wholesale", nor `IMO` "immovable". One rule
 * for both stores' search (the embedded index and the Lucene query for Neo4j).
 */
export const MAX_ACRONYM_LIKE = 4;

/** The folded form of an acronym that blocks prefix expansion of the same query word, or null. */
export function shortAcronymKey(acronym: string | null | undefined): string | null {
  const key = acronym ? exactKey(acronym) : '';
  return key.length > 0 && key.length <= MAX_ACRONYM_LIKE && !key.includes(' ') ? key : null;
}
