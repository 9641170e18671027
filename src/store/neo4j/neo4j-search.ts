import { foldText, queryWords } from '../../search/fold-text.js';

/** Characters with a meaning in Lucene's query syntax, escaped so user text is only ever text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for Neo4j's full-text index from what a user typed: each word matches as
 * itself, as a prefix, or with one typo (words of four letters or more), any word may match.
 * Returns '' when nothing searchable is left.
 */
export function luceneQuery(text: string): string {
  const words = queryWords(text.replace(LUCENE_SPECIAL, ' '));
  return words
    .map((w) => {
      const variants = [`${w}^3`];
      if (w.length >= 3) variants.push(`${w}*`);
      if (w.length >= 4) variants.push(`${w}~1`);
      return `(${variants.join(' OR ')})`;
    })
    .join(' OR ');
}

/**
 * Which fields contain one of the query's words (folded), as SearchHit.matchedOn reports them.
 * The words are the ones `luceneQuery` searched for (abbreviations expanded: `intl` finds and
 * reports `International`).
 */
export function matchedFields(text: string, fields: Record<string, string>): string[] {
  const words = queryWords(text);
  return Object.entries(fields)
    .filter(([, value]) => {
      const folded = foldText(value);
      return words.some((w) => folded.includes(w));
    })
    .map(([field]) => field);
}
