import type { PassageClause, PassageQuery } from '../../search/passage-query.js';

/** How much a passage holding the bare words as one phrase outweighs one holding them apart. */
const PHRASE_BOOST = 2;

/**
 * The Lucene query for Neo4j's passage index from parsed clauses (src/search/passage-query.ts):
 * every clause required (`+`), the bare words as a phrase optional and boosted. Words are folded
 * runs of letters and digits (passage-text.ts), so nothing in them has a meaning in Lucene's
 * syntax, and lower case, so none reads as an operator (`and`, `or`, `not`). Returns '' when no
 * clause is left.
 */
export function lucenePassageQuery(query: PassageQuery): string {
  if (query.clauses.length === 0) return '';
  const required = query.clauses.map((c) => `+${clauseText(c)}`);
  const proximity = query.proximity ? [`"${query.proximity.join(' ')}"^${PHRASE_BOOST}`] : [];
  return [...required, ...proximity].join(' ');
}

function clauseText(clause: PassageClause): string {
  if (clause.kind === 'word') return clause.prefix ? `(${clause.word} OR ${clause.word}*)` : clause.word;
  const phrase = `"${clause.words.join(' ')}"`;
  return clause.joined ? `(${phrase} OR ${clause.joined})` : phrase;
}
