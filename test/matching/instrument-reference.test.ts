import { describe, expect, it } from 'vitest';

import { instrumentReferences } from '../../src/matching/instrument-reference.js';

const ids = (text: string) => instrumentReferences(text).map((r) => r.id);

describe('instrumentReferences', () => {
  it.each([
    'C138',
    'c138',
    'C 138',
    'C.138',
    'C-138',
    'ILO C138',
    'Convention No. 138',
    'Convention no 138',
    'convention n° 138',
    'Convention nº 138',
    'Convention #138',
    'Convention 138',
    'ILO Convention 138',
    'ILO Convention No. 138 on the minimum age',
    'Conv. 138',
    "Convention (n° 138) sur l'âge minimum, 1973",
    'Convenio núm. 138',
    'Convenio sobre la edad mínima, 1973 (núm. 138)',
    'Minimum Age Convention, 1973 (No. 138)',
  ])('reads "%s" as Convention 138', (text) => {
    expect(ids(text)).toEqual(['instrument:C138']);
  });

  it('writes the number on three digits, as NORMLEX codes do', () => {
    expect(ids('Convention No. 29')).toEqual(['instrument:C029']);
    expect(ids('C87')).toEqual(['instrument:C087']);
    expect(ids('P029')).toEqual(['instrument:P029']);
    expect(ids('P 29')).toEqual(['instrument:P029']);
  });

  it('reads Recommendations and Protocols in the three languages', () => {
    expect(ids('Recommendation No. 190')).toEqual(['instrument:R190']);
    expect(ids('Recommandation (n° 200)')).toEqual(['instrument:R200']);
    expect(ids('Recomendación núm. 204')).toEqual(['instrument:R204']);
    expect(ids('R190')).toEqual(['instrument:R190']);
    expect(ids('Protocolo núm. 29')).toEqual(['instrument:P029']);
  });

  it('never reads a year as a number, nor a title without a number as a reference', () => {
    expect(ids('Minimum Age Convention, 1973')).toEqual([]);
    expect(ids('Convention 1973')).toEqual([]);
    expect(ids('Protocol of 2014 to the Forced Labour Convention, 1930')).toEqual([]);
    expect(ids('Maritime Labour Convention, 2006')).toEqual([]);
    expect(ids('World Health Organization')).toEqual([]);
  });

  it('takes a code inside other text only in capitals', () => {
    expect(ids('see C182 and the worst forms')).toEqual(['instrument:C182']);
    expect(ids('vitamin c 1 daily')).toEqual([]);
  });

  it('keeps the words that made the reference, so the rest can be compared with the title', () => {
    const [reference] = instrumentReferences('Convention No. 182 on child labour');
    expect(reference).toMatchObject({ type: 'C', number: 182 });
    expect(reference?.text.trim()).toBe('convention no. 182');
  });
});
