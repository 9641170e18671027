import { describe, expect, it } from 'vitest';

import {
  acronymKey,
  foldedKey,
  glossOf,
  looksLikeAcronym,
  nameTokens,
  withoutGloss,
} from '../../src/matching/normalize.js';
import { tokenSimilarity, oneTypoApart, wordCredit } from '../../src/matching/token-similarity.js';

describe('folding a name', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(foldedKey('  Organisation   mondiale de la SANTÉ. ')).toBe('organisation mondiale de la sante');
    expect(foldedKey("Employers' organizations")).toBe('employers organizations');
    expect(foldedKey('Food, Drink & Tobacco')).toBe('food drink and tobacco');
  });

  it('reads an acronym without its dots, slashes, hyphens and spaces', () => {
    for (const written of ['F.A.O.', 'f a o', 'FAO', 'F-A-O']) expect(acronymKey(written)).toBe('fao');
    expect(acronymKey('LAB/ADMIN')).toBe('labadmin');
  });

  it('tells an acronym from a name', () => {
    for (const a of ['WHO', 'F.A.O.', 'UN-NGLS', 'LAB/ADMIN', 'I L O', 'oms', 'UNESCO'])
      expect(looksLikeAcronym(a), a).toBe(true);
    for (const n of ['World Bank', 'Commerce', 'Better Work', 'International'])
      expect(looksLikeAcronym(n), n).toBe(false);
  });

  it('takes a bracketed gloss off a name, and reads it', () => {
    expect(withoutGloss('Mining (coal; other mining)')).toBe('Mining');
    expect(withoutGloss('World Health Organization (WHO)')).toBe('World Health Organization');
    expect(withoutGloss('Commerce')).toBeNull();
    expect(glossOf('World Health Organization (WHO)')).toBe('WHO');
  });

  it('keeps the words that identify a name: abbreviations expanded, one spelling, small words dropped', () => {
    expect(nameTokens('Intl Labour Org.')).toEqual(['international', 'labor', 'organization']);
    expect(nameTokens('International Labor Organisation')).toEqual([
      'international',
      'labor',
      'organization',
    ]);
    expect(nameTokens("Organisation des Nations Unies pour l'éducation, la science et la culture")).toEqual([
      'organization',
      'nations',
      'unies',
      'education',
      'science',
      'culture',
    ]);
    expect(nameTokens('International Co-operative Alliance')).toEqual([
      'international',
      'cooperative',
      'alliance',
    ]);
    expect(nameTokens('Convention No. 138')).toEqual(['convention', '138']);
  });
});

describe('word and name similarity', () => {
  it('allows one edit, a swap included', () => {
    expect(oneTypoApart('health', 'helth')).toBe(true);
    expect(oneTypoApart('health', 'healht')).toBe(true);
    expect(oneTypoApart('health', 'healthy')).toBe(true);
    expect(oneTypoApart('health', 'hearth')).toBe(true);
    expect(oneTypoApart('health', 'heat')).toBe(false);
    expect(oneTypoApart('organization', 'orgnaisation')).toBe(false);
  });

  it('tolerates a typo only in words of five letters or more, never in a number', () => {
    expect(wordCredit('helth', 'health')).toBeCloseTo(0.9);
    expect(wordCredit('imo', 'imf')).toBe(0);
    expect(wordCredit('ilo', 'iom')).toBe(0);
    expect(wordCredit('1973', '1974')).toBe(0);
  });

  it('compares the words of two names, in any order, never a word by its prefix', () => {
    const name = nameTokens('International Labour Organization');
    expect(tokenSimilarity(nameTokens('Organization International Labour'), name)).toBe(1);
    expect(tokenSimilarity(nameTokens('Labour Organization'), name)).toBeCloseTo(0.8);
    expect(
      tokenSimilarity(nameTokens('World Helth Organization'), nameTokens('World Health Organization')),
    ).toBeCloseTo(0.9667, 3);
    expect(tokenSimilarity(['un'], ['unesco'])).toBe(0);
    expect(tokenSimilarity([], name)).toBe(0);
  });
});
