import { describe, expect, it } from 'vitest';

import type { EntityName, EntityRecord, PassageRecord } from '../../src/domain/dataset.js';
import { buildDataset } from '../../seed/build-dataset.js';
import { SeedValidationError } from '../../seed/problems.js';
import { loadNames } from '../../seed/reference/names.js';
import { validateSeed } from '../../seed/validate.js';

const dataset = await buildDataset();
const entity = (id: string): EntityRecord => {
  const found = dataset.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};
const namesOf = (id: string, language?: string, type?: string): EntityName[] =>
  (entity(id).names ?? []).filter(
    (n) => (!language || n.language === language) && (!type || n.type === type),
  );

/** A names.tsv row with every column, as the TSV reader gives it. */
const row = (cells: Record<string, string>) => ({
  entity: 'agency:WHO',
  name: 'OMS',
  language: 'fr',
  name_type: 'acronym',
  source: 'unconfirmed',
  passage: '',
  quote: '',
  confidence: 'unconfirmed',
  note: '',
  ...cells,
});

describe('names entities go by (reference/names.tsv)', () => {
  it('gives the ILO its official names and acronyms in its three official languages', () => {
    expect(entity('agency:ILO').name).toBe('International Labour Organization');
    expect(namesOf('agency:ILO', 'fr', 'official').map((n) => n.name)).toEqual([
      'Organisation internationale du Travail',
    ]);
    expect(namesOf('agency:ILO', 'es', 'official').map((n) => n.name)).toEqual([
      'Organización Internacional del Trabajo',
    ]);
    expect(namesOf('agency:ILO', 'fr', 'acronym').map((n) => n.name)).toEqual(['OIT']);
  });

  it('names every partner agency in French and Spanish', () => {
    const agencies = dataset.entities.filter((e) => e.kind === 'PartnerAgency');
    expect(agencies.length).toBeGreaterThan(10);
    for (const agency of agencies) {
      expect(namesOf(agency.id, 'fr', 'official'), agency.id).not.toEqual([]);
      expect(namesOf(agency.id, 'es', 'official'), agency.id).not.toEqual([]);
    }
  });

  it('names the ILO organs people cite in French and Spanish', () => {
    for (const id of [
      'department:international-labour-office',
      'department:governing-body',
      'meeting:international-labour-conference',
      'department:committee-of-experts',
      'department:committee-on-freedom-of-association',
      'department:sector',
    ]) {
      expect(namesOf(id, 'fr', 'official'), id).not.toEqual([]);
      expect(namesOf(id, 'es', 'official'), id).not.toEqual([]);
    }
  });

  it('gives every numbered Convention its code, its reference, its short title and its French and Spanish titles', () => {
    const conventions = dataset.entities.filter(
      (e) => e.kind === 'Instrument' && e.instrumentType === 'Convention' && e.number,
    );
    expect(conventions.length).toBeGreaterThan(20);
    for (const c of conventions) {
      const names = (c.names ?? []).map((n) => n.name);
      expect(names, c.id).toContain(c.code);
      expect(names, c.id).toContain(`Convention No. ${c.number}`);
      expect(namesOf(c.id, 'en', 'short'), c.id).not.toEqual([]);
      expect(namesOf(c.id, 'fr', 'official'), c.id).not.toEqual([]);
      expect(namesOf(c.id, 'es', 'official'), c.id).not.toEqual([]);
    }
    expect(namesOf('instrument:C138', 'en', 'short').map((n) => n.name)).toContain('Minimum Age Convention');
  });

  it('cites a name a document uses with that document, as confirmed', () => {
    const [reference] = namesOf('instrument:C138').filter((n) => n.name === 'Convention No. 138');
    expect(reference?.sources).toEqual([
      { passage: '003#30', quote: 'Convention No. 138', confidence: 'confirmed' },
    ]);
    const [turin] = namesOf('agency:ITCILO').filter((n) => n.name === 'Turin Centre');
    expect(turin?.sources[0]?.passage).toBe('003#14');
  });

  it('cites a name known only from general knowledge by its own row, as unconfirmed', () => {
    const [oms] = namesOf('agency:WHO', 'fr', 'acronym');
    expect(oms?.name).toBe('OMS');
    expect(oms?.sources).toEqual([
      { passage: 'ref-names#agency-who-fr-oms', quote: 'name: OMS', confidence: 'unconfirmed' },
    ]);
    const passage = dataset.passages.find((p) => p.id === 'ref-names#agency-who-fr-oms');
    expect(passage?.text).toContain('source: unconfirmed');
  });

  it('marks a name derived from a title (without its year and number) as editorial', () => {
    const [short] = namesOf('instrument:C182', 'en', 'short').filter(
      (n) => n.name === 'Worst Forms of Child Labour Convention',
    );
    expect(short?.sources[0]).toMatchObject({ passage: 'ref-instruments#C182', confidence: 'editorial' });
  });

  it('adds every name to the aliases, which search and matching read', () => {
    for (const e of dataset.entities) {
      for (const n of e.names ?? []) {
        if (n.name === e.name || n.name === e.acronym) continue;
        expect(e.aliases, `${e.id} ${n.name}`).toContain(n.name);
      }
    }
  });

  it('refuses a malformed row, listing every problem of the table', () => {
    let error: unknown;
    try {
      loadNames([
        row({ language: 'de' }),
        row({ name: 'WHO', name_type: 'nickname', confidence: 'confirmed' }),
        row({ name: 'W.H.O.', passage: '002#1' }),
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const messages = (error as SeedValidationError).problems.map((p) => `${p.entry}: ${p.message}`);
    expect(messages).toEqual([
      'ref-names#agency-who-de-oms: language must be one of en, fr, es, got "de"',
      'ref-names#agency-who-fr-who: name_type must be one of official, short, acronym, reference, variant, got "nickname"',
      'ref-names#agency-who-fr-who: a name whose source is unconfirmed must be cited as unconfirmed',
      'ref-names#agency-who-fr-w-h-o: passage and quote go together',
    ]);
  });

  describe('in the seed build', () => {
    const document: PassageRecord = {
      id: '900#1',
      documentId: 'document:900',
      label: '1',
      ordinal: 1,
      text: 'The Organisation mondiale de la Santé met in Geneva.',
    };
    const who: EntityRecord = {
      id: 'agency:WHO',
      kind: 'PartnerAgency',
      name: 'World Health Organization',
      acronym: 'WHO',
      sources: [{ passage: '900#1', quote: 'met in Geneva', confidence: 'confirmed' }],
    };
    const build = (rows: ReturnType<typeof row>[]) => {
      const names = loadNames(rows);
      return validateSeed({
        passages: [document],
        reference: [{ file: 'reference/agencies.tsv', entities: [who], links: [], passages: [] }, names],
        files: [],
      });
    };
    const problems = (rows: ReturnType<typeof row>[]) => {
      try {
        build(rows);
      } catch (error) {
        return (error as SeedValidationError).problems.map((p) => `${p.entry}: ${p.message}`);
      }
      throw new Error('expected a SeedValidationError');
    };

    it('checks a cited quote is in its passage, verbatim', () => {
      const built = build([
        row({
          name: 'Organisation mondiale de la Santé',
          name_type: 'official',
          source: 'document 900',
          passage: '900#1',
          quote: 'Organisation mondiale de la Santé',
          confidence: 'confirmed',
        }),
      ]);
      expect(built.entities.find((e) => e.id === 'agency:WHO')?.aliases).toEqual([
        'Organisation mondiale de la Santé',
      ]);
      expect(
        problems([row({ source: 'document 900', passage: '900#1', quote: 'OMS', confidence: 'confirmed' })]),
      ).toEqual(['agency:WHO "OMS": quote not found verbatim in 900#1: "OMS"']);
    });

    it('reports a name for an entity defined nowhere, and a name given twice', () => {
      expect(problems([row({ entity: 'agency:WFP', name: 'PAM' })])).toEqual([
        'agency:WFP "PAM": names an entity defined nowhere',
      ]);
      expect(problems([row({}), row({ note: 'again' })])).toContain(
        'ref-names#agency-who-fr-oms: passage id defined twice',
      );
      // The same name from two tables.
      const names = loadNames([row({})]);
      expect(() =>
        validateSeed({
          passages: [document],
          reference: [
            { file: 'reference/agencies.tsv', entities: [who], links: [], passages: [] },
            names,
            { file: 'reference/more-names.tsv', entities: [], links: [], passages: [], names: names.names },
          ],
          files: [],
        }),
      ).toThrow('agency:WHO "OMS": name given twice in language fr');
    });
  });
});
