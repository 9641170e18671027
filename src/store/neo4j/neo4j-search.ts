import { queryWords } from '../../search/fold-text.js';
import { allowsTypo } from '../../search/typo-tolerance.js';

/** Characters with a meaning in Lucene's query syntax, escaped so user text is only ever text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** How much an exact name or acronym outweighs word matches inside Lucene's own ranking. */
const EXACT_BOOST = 10;

/**
 * A Lucene query for Neo4j's full-text index from what a user typed: each word matches as
 * itself, as a prefix (three letters or more, unless it is one of `shortAcronyms`: `who` is the
 * WHO, not "wholesale"), or with one typo (words of four letters or more), any word may match.
 * Before them, the whole text as a phrase on the acronym and name fields, boosted: an exact
 * `WHO` or `World Health Organization` then ranks first inside Lucene, so it is among the hits
 * the adapter fetches even when many descriptions mention the word. Returns '' when nothing
 * searchable is left.
 */
export function luceneQuery(text: string, shortAcronyms: ReadonlySet<string> = new Set()): string {
  const words = queryWords(text.replace(LUCENE_SPECIAL, ' '));
  if (words.length === 0) return '';
  const phrase = words.join(' ');
  const exact = `(acronymFolded:"${phrase}"^${EXACT_BOOST} OR nameFolded:"${phrase}"^${EXACT_BOOST})`;
  const perWord = words.map((w) => {
    const variants = [`${w}^3`];
    if (w.length >= 3 && !shortAcronyms.has(w)) variants.push(`${w}*`);
    if (w.length >= 4) variants.push(`${w}~1`);
    return `(${variants.join(' OR ')})`;
  });
  return [exact, ...perWord].join(' OR ');
}

/** The fields matching looks in: names, acronyms and aliases, not descriptions. */
const CANDIDATE_FIELDS = ['nameFolded^3', 'acronymFolded^3', 'aliasesFolded^2'] as const;

/**
 * The Lucene query that finds match candidates for some folded words: each word in a name,
 * acronym or alias field, as itself or, when `allowsTypo`, with one edit (`~1`: Lucene counts a
 * swap of two neighbours as one edit), never as a prefix. The same rule as the embedded store's
 * EntitySearchIndex.candidates. Returns '' when no word is left.
 */
export function luceneCandidateQuery(words: readonly string[]): string {
  const clauses: string[] = [];
  for (const raw of words) {
    const word = raw.replace(LUCENE_SPECIAL, '').trim();
    if (!word || /\s/u.test(word)) continue;
    for (const boosted of CANDIDATE_FIELDS) {
      const [field, boost] = boosted.split('^');
      clauses.push(`${field}:${word}^${boost}`);
      if (allowsTypo(word)) clauses.push(`${field}:${word}~1`);
    }
  }
  return clauses.join(' OR ');
}
