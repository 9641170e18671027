import { describe, expect, it } from 'vitest';
import { convention, matchesText, normalize } from './coverage.js';

describe('coverage matching', () => {
  it('normalizes case, accents, apostrophes and punctuation', () => {
    expect(normalize('Employers’ organizations')).toBe('employers organizations');
    expect(normalize('LAB/ADMIN')).toBe('lab admin');
    expect(normalize('Türkiye')).toBe('turkiye');
  });

  it('matches strings as whole words after normalizing', () => {
    expect(matchesText('ILO/IFC partnership', 'ifc')).toBe(true);
    expect(matchesText('Pacific', 'ifc')).toBe(false);
    expect(matchesText('Global supply chains', 'Supply chains')).toBe(true);
  });

  it('matches regular expressions case-insensitively', () => {
    expect(matchesText('LAB/ADMIN', /lab.?admin/)).toBe(true);
    expect(matchesText('Labour Inspection Convention, 1947 (No. 81)', convention(81).expect)).toBe(true);
    expect(matchesText('C081', convention(81).expect)).toBe(true);
    expect(matchesText('Convention (No. 181)', convention(81).expect)).toBe(false);
  });
});
