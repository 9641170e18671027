import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { luceneQuery } from '../../../src/store/neo4j/neo4j-search.js';

/** One alternative of a word: exact (boosted), prefix, or one typo: nothing else may appear. */
const TERM = String.raw`[\p{L}\p{N}]+(?:\^3|\*|~1)`;
const GROUP = String.raw`\(${TERM}(?: OR ${TERM})*\)`;
/** The whole text as a phrase on the acronym and name fields, boosted. */
const PHRASE = String.raw`"[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*"\^10`;
const EXACT = String.raw`\(acronymFolded:${PHRASE} OR nameFolded:${PHRASE}\)`;
/** The whole grammar luceneQuery may produce: the exact clause, then groups of alternatives, joined by OR. */
const SAFE_QUERY = new RegExp(`^${EXACT}(?: OR ${GROUP})+$`, 'u');
/** The exact clause luceneQuery puts first for these (already folded) words. */
const exact = (phrase: string) => `(acronymFolded:"${phrase}"^10 OR nameFolded:"${phrase}"^10) OR `;

/** Every character with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIALS = [
  '+',
  '-',
  '&&',
  '||',
  '&',
  '|',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
];

/** The words a query searches for, without the syntax luceneQuery adds. */
const searchedWords = (query: string): string[] => [
  ...new Set([...query.matchAll(/([\p{L}\p{N}]+)(?:\^3|\*|~1)/gu)].map((m) => m[1] as string)),
];

describe('luceneQuery', () => {
  it('matches each word exactly (boosted), as a prefix from 3 letters, with one typo from 4', () => {
    expect(luceneQuery('a')).toBe(`${exact('a')}(a^3)`);
    expect(luceneQuery('WHO')).toBe(`${exact('who')}(who^3 OR who*)`);
    expect(luceneQuery('ILO labour')).toBe(
      `${exact('ilo labour')}(ilo^3 OR ilo*) OR (labour^3 OR labour* OR labour~1)`,
    );
  });

  it('does not expand a short word that is some entity acronym as a prefix (WHO is not "wholesale")', () => {
    const acronyms = new Set(['who', 'imo']);
    expect(luceneQuery('WHO', acronyms)).toBe(`${exact('who')}(who^3)`);
    expect(luceneQuery('imo labour', acronyms)).toBe(
      `${exact('imo labour')}(imo^3) OR (labour^3 OR labour* OR labour~1)`,
    );
    // A word that is no acronym is still a prefix.
    expect(luceneQuery('whole', acronyms)).toBe(`${exact('whole')}(whole^3 OR whole* OR whole~1)`);
  });

  it.each([
    ['a OR b', ['a', 'or', 'b']],
    ['a AND NOT b', ['a', 'and', 'not', 'b']],
    ['title:x', ['title', 'x']],
    ['"x', ['x']],
    ['"exact phrase"', ['exact', 'phrase']],
    ['x~', ['x']],
    ['x~0.5', ['x', '0', '5']],
    ['x^10', ['x', '10']],
    ['wild*card?', ['wild', 'card']],
    ['+must -not', ['must', 'not']],
    ['a && b || !c', ['a', 'b', 'c']],
    ['(group) [1 TO 5] {a TO b}', ['group', '1', 'to', '5', 'a', 'to', 'b']],
    ['/regex/', ['regex']],
    ['back\\slash', ['back', 'slash']],
    ['name:"ILO"^2 OR kind:*', ['name', 'ilo', '2', 'or', 'kind']],
  ])('keeps only the words of %j', (text, words) => {
    const query = luceneQuery(text);
    expect(query).toMatch(SAFE_QUERY);
    expect(searchedWords(query)).toEqual([...new Set(words)]);
  });

  it('lowercases, so no word can be an operator (Lucene only knows AND, OR, NOT in capitals)', () => {
    expect(luceneQuery('OR')).toBe(`${exact('or')}(or^3)`);
    expect(luceneQuery('NOT')).toBe(`${exact('not')}(not^3 OR not*)`);
    expect(luceneQuery('AND TO')).toBe(`${exact('and to')}(and^3 OR and*) OR (to^3)`);
  });

  it.each(['', '   ', '*', '\\', '\\\\', '"', '~', '?', ':', '()', '[]{}', '+-&|!^/', ' * ? ', '\n\t'])(
    'returns an empty query for %j (nothing searchable)',
    (text) => {
      expect(luceneQuery(text)).toBe('');
    },
  );

  it('folds accents and case', () => {
    expect(luceneQuery('Sécurité')).toBe(`${exact('securite')}(securite^3 OR securite* OR securite~1)`);
    expect(luceneQuery('SÉCURITÉ')).toBe(luceneQuery('securite'));
    expect(luceneQuery('Organização Internacional do Trabalho')).toBe(
      luceneQuery('organizacao internacional do trabalho'),
    );
    expect(luceneQuery('Genève')).toBe(`${exact('geneve')}(geneve^3 OR geneve* OR geneve~1)`);
  });

  it('expands common abbreviations', () => {
    expect(searchedWords(luceneQuery('Intl Labour Org'))).toEqual([
      'international',
      'labour',
      'organization',
    ]);
  });

  it('never lets user text become query syntax (any input)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...LUCENE_SPECIALS, ' ', 'OR', 'AND', 'NOT', 'TO', 'é', 'Ü', '１', '\u0301'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const query = luceneQuery(pieces.join(''));
        return query === '' || SAFE_QUERY.test(query);
      }),
      { numRuns: 2_000 },
    );
  });
});
