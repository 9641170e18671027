import { describe, expect, it } from 'vitest';

import {
  matchWord,
  rankCandidates,
  withinOneEdit,
  type SearchCandidate,
} from '../../src/search/rank-hits.js';

const ilo: SearchCandidate = {
  id: 'agency:ILO',
  kind: 'PartnerAgency',
  name: 'International Labour Organization',
  acronym: 'ILO',
  aliases: ['OIT', 'Organisation internationale du Travail'],
  description: 'Promotes social justice and decent work; sécurité sociale.',
};
const NONE = new Set<string>();
const matchedOn = (text: string, candidate: SearchCandidate = ilo, acronyms = NONE) =>
  rankCandidates(text, [candidate], acronyms, 10)[0]?.matchedOn ?? [];

describe('matchWord and withinOneEdit', () => {
  it('matches a word as itself, as a prefix from 3 letters, with one typo from 4', () => {
    expect(matchWord('labour', 'labour', NONE)).toBe('exact');
    expect(matchWord('lab', 'labour', NONE)).toBe('prefix');
    expect(matchWord('la', 'labour', NONE)).toBeNull();
    expect(matchWord('unesko', 'unesco', NONE)).toBe('fuzzy');
    expect(matchWord('ilu', 'ilo', NONE)).toBeNull();
    // A short acronym is that acronym, never a prefix.
    expect(matchWord('who', 'wholesale', new Set(['who']))).toBeNull();
    expect(matchWord('who', 'wholesale', NONE)).toBe('prefix');
  });

  it('counts one insertion, deletion or substitution, and no more', () => {
    expect(withinOneEdit('labour', 'labor')).toBe(true);
    expect(withinOneEdit('labor', 'labour')).toBe(true);
    expect(withinOneEdit('securite', 'security')).toBe(true);
    expect(withinOneEdit('unesco', 'unesko')).toBe(true);
    expect(withinOneEdit('unesco', 'unseco')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
    expect(withinOneEdit('', 'a')).toBe(true);
  });
});

describe('rankCandidates: matchedOn', () => {
  it('reports the fields holding one of the words, in field order', () => {
    expect(matchedOn('labour')).toEqual(['name']);
    expect(matchedOn('ILO')).toEqual(['acronym']);
    expect(matchedOn('travail')).toEqual(['aliases']);
    expect(matchedOn('decent work')).toEqual(['description']);
    expect(matchedOn('labour ilo justice oit')).toEqual(['name', 'acronym', 'aliases', 'description']);
    expect(matchedOn('international')).toEqual(['name', 'aliases']);
  });

  it('matches prefixes of words, not parts inside them', () => {
    expect(matchedOn('lab')).toEqual(['name']);
    expect(matchedOn('organi')).toEqual(['name', 'aliases']);
    expect(matchedOn('bour')).toEqual([]);
  });

  it('reports the field a word matched with one typo', () => {
    expect(matchedOn('Internatonal')).toEqual(['name']); // "internationale" is two edits away
    expect(matchedOn('UNESKO', { ...ilo, id: 'agency:UNESCO', acronym: 'UNESCO' })).toEqual(['acronym']);
  });

  it('folds accents and case both ways', () => {
    expect(matchedOn('SECURITE')).toEqual(['description']);
    expect(matchedOn('Sécurité', { ...ilo, name: 'Securite sociale' })).toEqual(['name', 'description']);
  });

  it('ignores punctuation and query syntax, and expands abbreviations', () => {
    expect(matchedOn('name:"labour"~')).toContain('name');
    expect(matchedOn('Intl')).toEqual(['name', 'aliases']);
  });

  it('drops a candidate nothing matches, and answers nothing for no word', () => {
    expect(rankCandidates('unesco', [ilo], NONE, 10)).toEqual([]);
    expect(rankCandidates('', [ilo], NONE, 10)).toEqual([]);
    expect(rankCandidates('*', [ilo], NONE, 10)).toEqual([]);
  });
});

describe('rankCandidates: order', () => {
  const entity = (id: string, name: string, extra: Partial<SearchCandidate> = {}): SearchCandidate => ({
    id,
    kind: 'Topic',
    name,
    acronym: null,
    aliases: [],
    description: null,
    ...extra,
  });
  const order = (text: string, candidates: SearchCandidate[], acronyms = NONE) =>
    rankCandidates(text, candidates, acronyms, 10).map((h) => h.id);

  it('puts an exact name, acronym or alias first, then a name starting with the query, then names holding it', () => {
    const candidates = [
      entity('c', 'Committee of agricultural employers'),
      entity('b', 'Action programme on agriculture'),
      entity('a', 'Agriculture; plantations; other rural sectors'),
      entity('d', 'Rural work', { description: 'Agriculture and fishing.' }),
      entity('e', 'Farming', { aliases: ['Agricul'] }),
    ];
    expect(order('Agricul', candidates)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('prefers exact words to prefixes to typos, and names to descriptions', () => {
    const candidates = [
      entity('typo', 'Labor day'),
      entity('prefix', 'Labourers day'),
      entity('exact', 'Labour day'),
      entity('described', 'Holiday', { description: 'labour' }),
    ];
    expect(order('labour', candidates)).toEqual(['exact', 'prefix', 'typo', 'described']);
  });

  it('ranks by the share of words matched, then the shorter name, then the id', () => {
    const candidates = [
      entity('one-word', 'Child care'),
      entity('both-long', 'Child labour in the cocoa sector'),
      entity('both-short', 'Child labour now'),
      entity('both-short-b', 'Child labour now'),
    ];
    expect(order('labour child', candidates)).toEqual([
      'both-short',
      'both-short-b',
      'both-long',
      'one-word',
    ]);
  });

  it('gives a higher score to a better hit and keeps at most limit hits', () => {
    const hits = rankCandidates(
      'labour',
      [entity('x', 'Labour'), entity('y', 'Labourers'), entity('z', 'Other', { description: 'labour' })],
      NONE,
      2,
    );
    expect(hits.map((h) => h.id)).toEqual(['x', 'y']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });
});
