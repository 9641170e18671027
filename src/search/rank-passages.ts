import type { PassageMatch } from '../store/port/graph-store.port.js';
import { clauseMatches, holdsAsPhrase, type PassageQuery } from './passage-query.js';

/**
 * One ranking for both stores' passage search, as rank-hits.ts is for entity search: the engines
 * (the in-process index, Neo4j's full-text index) only find the passages that match; the score
 * and the order come from here, so a query answers the same passages in the same order with the
 * same scores on either store. The score reads the passage's own words only:
 *
 * - per clause (a word or a phrase of the query), its best match (a word itself 1, a word it
 *   begins 0.8) times 1 + ln(how often it occurs): a second occurrence counts, a tenth barely;
 *   a phrase counts as many times as it has words (it says more than one word);
 * - the sum, divided by 1 + ln(1 + words / 50): a long passage needs more occurrences to rank as
 *   high as a short one;
 * - doubled when the bare words typed stand next to each other in that order (`child labour`
 *   before "labour ... child").
 *
 * Ties go to the passage id. There is no corpus statistic (a rare word does not weigh more): the
 * score must not depend on what else a store holds, and every clause is required anyway.
 */

/** At most this many matching passages are ranked: beyond it, each engine's relevance picks which. */
export const PASSAGE_CANDIDATES = 1000;

const PREFIX_MATCH = 0.8;
const PHRASE_BONUS = 2;
/** The passage length (in words) at which the length penalty starts to bite. */
const LENGTH_SCALE = 50;

/** A passage that matched, with its folded words (passage-text.ts). */
export interface PassageCandidate {
  id: string;
  words: readonly string[];
}

/** The score of one passage for a query (0 when some clause does not match). */
export function passageScore(query: PassageQuery, words: readonly string[]): number {
  const matches = clauseMatches(query, words);
  if (matches.some((ranges) => ranges.length === 0)) return 0;
  let sum = 0;
  query.clauses.forEach((clause, i) => {
    const ranges = matches[i]!;
    // A word: 1 where it is the word itself, 0.8 where it begins a longer one; a phrase: its length.
    const best =
      clause.kind === 'phrase'
        ? clause.words.length
        : ranges.some(([at]) => words[at] === clause.word)
          ? 1
          : PREFIX_MATCH;
    sum += best * (1 + Math.log(ranges.length));
  });
  const length = 1 + Math.log(1 + words.length / LENGTH_SCALE);
  const bonus = holdsAsPhrase(words, query.proximity) ? PHRASE_BONUS : 1;
  // Rounded so that the score reads the same wherever it is computed and printed.
  return Math.round((sum / length) * bonus * 1e6) / 1e6;
}

/** The matching candidates, best first, at most `limit`. */
export function rankPassages(
  query: PassageQuery,
  candidates: readonly PassageCandidate[],
  limit: number,
): PassageMatch[] {
  const hits: PassageMatch[] = [];
  for (const c of candidates) {
    const score = passageScore(query, c.words);
    if (score > 0) hits.push({ id: c.id, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
