import { describe, expect, it } from 'vitest';

import { parsePassageQuery } from '../../src/search/passage-query.js';
import { searchText } from '../../src/search/passage-text.js';
import { passageScore, rankPassages } from '../../src/search/rank-passages.js';

/** Passages as the engines hand them over: an id and the folded words. */
const passages = (texts: Record<string, string>) =>
  Object.entries(texts).map(([id, text]) => ({ id, words: searchText(text).split(' ') }));

const order = (query: string, texts: Record<string, string>) =>
  rankPassages(parsePassageQuery(query), passages(texts), 100).map((h) => h.id);

describe('rankPassages: one order for both stores', () => {
  it('ranks the word itself above a longer word it begins', () => {
    expect(order('labour', { a: 'The labourers were paid.', b: 'The labour force was paid.' })).toEqual([
      'b',
      'a',
    ]);
  });

  it('counts a second occurrence, with diminishing returns', () => {
    const once = 'Migration policy in the region and elsewhere today.';
    const twice = 'Migration policy and migration law in the region.';
    expect(order('migration', { once, twice })).toEqual(['twice', 'once']);
    const score = (text: string) => passageScore(parsePassageQuery('migration'), searchText(text).split(' '));
    const many = Array.from({ length: 10 }, () => 'migration').join(' ');
    expect(score(many)).toBeLessThan(10 * score('migration'));
  });

  it('ranks a short passage above a long one with the same matches', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    expect(order('ports', { long: `Ports matter. ${filler}`, short: 'Ports matter.' })).toEqual([
      'short',
      'long',
    ]);
  });

  it('doubles a passage holding the words as typed, next to each other', () => {
    const query = parsePassageQuery('child labour');
    const together = passageScore(query, searchText('on child labour in agriculture').split(' '));
    const apart = passageScore(query, searchText('on labour in child agriculture').split(' '));
    expect(together).toBeCloseTo(2 * apart, 5);
  });

  it('leaves out a passage missing a word or a phrase, and weighs a phrase by its length', () => {
    expect(
      order('"worst forms" Pakistan', { a: 'worst forms in Pakistan', b: 'worst of the forms in Pakistan' }),
    ).toEqual(['a']);
    const phrase = passageScore(
      parsePassageQuery('"worst forms of child labour"'),
      searchText('the worst forms of child labour').split(' '),
    );
    const word = passageScore(
      parsePassageQuery('worst'),
      searchText('the worst forms of child labour').split(' '),
    );
    expect(phrase).toBeCloseTo(5 * word, 5);
  });

  it('breaks ties by passage id and stops at the limit', () => {
    const hits = rankPassages(
      parsePassageQuery('sector'),
      passages({ c: 'sector', a: 'sector', b: 'sector' }),
      2,
    );
    expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(hits[0]!.score).toBe(hits[1]!.score);
  });
});
