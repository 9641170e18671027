import { describe, expect, it } from 'vitest';
import type { EntityRecord, PassageRecord } from '../../src/domain/dataset.js';
import { SeedValidationError } from '../../seed/problems.js';
import { type SeedInputs, validateSeed } from '../../seed/validate.js';

/** A one-paragraph document, one reference table and one YAML file, all in memory. */
const passage: PassageRecord = {
  id: '900#1',
  documentId: 'document:900',
  label: '1',
  ordinal: 1,
  text: 'The  Office works on agriculture\nwith “FAO” and on child labour.',
};
const cite = { passage: '900#1', quote: 'works on agriculture with “FAO”' };
const reference: EntityRecord[] = [
  { id: 'agency:FAO', kind: 'PartnerAgency', name: 'FAO', sources: [{ ...cite, confidence: 'confirmed' }] },
  {
    id: 'sector:agriculture',
    kind: 'Sector',
    name: 'Agriculture',
    sources: [{ ...cite, confidence: 'confirmed' }],
  },
];

function inputs(content: Record<string, unknown>): SeedInputs {
  return {
    passages: [passage],
    reference: [{ file: 'reference/test.tsv', entities: reference, links: [], passages: [] }],
    files: [{ file: 'data/900.yaml', content: { document: '900', ...content } }],
  };
}

const department = { id: 'department:sector', kind: 'Department', name: 'SECTOR', sources: [cite] };

/** Runs the validator and returns its problems (fails the test if it does not throw). */
function problems(content: Record<string, unknown>) {
  try {
    validateSeed(inputs(content));
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems;
  }
  throw new Error('expected a SeedValidationError');
}

describe('seed validator', () => {
  it('accepts valid input, folding whitespace and keeping curly quotes', () => {
    const dataset = validateSeed(
      inputs({
        entities: [department],
        links: [{ from: 'department:sector', type: 'TARGETS', to: 'sector:agriculture', sources: [cite] }],
        collaborations: [
          {
            id: 'collaboration:fao',
            description: 'Work with FAO. More.',
            partners: ['agency:FAO'],
            iloParties: ['department:sector'],
            sources: [cite],
          },
        ],
      }),
    );
    expect(dataset.entities.map((e) => e.id)).toEqual([
      'agency:FAO',
      'collaboration:fao',
      'department:sector',
      'sector:agriculture',
    ]);
    expect(dataset.entities.find((e) => e.id === 'collaboration:fao')?.name).toBe('Work with FAO');
    expect(dataset.links.map((l) => l.type)).toEqual(['HAS_ILO_PARTY', 'HAS_PARTNER', 'TARGETS']);
  });

  it('rejects a quote that is not verbatim, naming file and entry', () => {
    const straight = { passage: '900#1', quote: 'with "FAO"' };
    expect(problems({ entities: [{ ...department, sources: [straight] }] })).toContainEqual(
      expect.objectContaining({
        file: 'data/900.yaml',
        entry: 'department:sector',
        message: expect.stringMatching(/quote not found/u),
      }),
    );
  });

  it('rejects a link to an unknown id', () => {
    const link = { from: 'department:sector', type: 'TARGETS', to: 'sector:nowhere', sources: [cite] };
    expect(problems({ entities: [department], links: [link] })).toContainEqual(
      expect.objectContaining({ file: 'data/900.yaml', entry: 'department:sector TARGETS sector:nowhere' }),
    );
  });

  it('rejects a bad kind and an id whose prefix does not match its kind', () => {
    expect(problems({ entities: [{ ...department, kind: 'Unit' }] })).toContainEqual(
      expect.objectContaining({
        file: 'data/900.yaml',
        entry: 'department:sector',
        message: expect.stringMatching(/kind/u),
      }),
    );
    expect(problems({ entities: [{ ...department, kind: 'Programme' }] })).toContainEqual(
      expect.objectContaining({
        entry: 'department:sector',
        message: expect.stringMatching(/programme:<key>/u),
      }),
    );
  });

  it('rejects a relation type that does not exist or joins the wrong kinds', () => {
    const link = { from: 'department:sector', type: 'FUNDS', to: 'sector:agriculture', sources: [cite] };
    expect(problems({ entities: [department], links: [link] })).toContainEqual(
      expect.objectContaining({ file: 'data/900.yaml', entry: 'department:sector FUNDS sector:agriculture' }),
    );
    const backwards = {
      from: 'sector:agriculture',
      type: 'TARGETS',
      to: 'department:sector',
      sources: [cite],
    };
    expect(problems({ entities: [department], links: [backwards] }).length).toBeGreaterThan(0);
  });

  it('rejects a PART_OF that mixes a unit with a place, and accepts a country within a region', () => {
    const region = { id: 'region:africa', kind: 'Region', name: 'Africa', sources: [cite] };
    const country = { id: 'country:MA', kind: 'Country', name: 'Morocco', sources: [cite] };
    const mixed = { from: 'department:sector', type: 'PART_OF', to: 'region:africa', sources: [cite] };
    expect(problems({ entities: [department, region], links: [mixed] })).toContainEqual(
      expect.objectContaining({
        file: 'data/900.yaml',
        entry: 'department:sector PART_OF region:africa',
        message: expect.stringMatching(/PART_OF joins a Department to a Region/u),
      }),
    );
    const within = { from: 'country:MA', type: 'PART_OF', to: 'region:africa', sources: [cite] };
    const dataset = validateSeed(inputs({ entities: [region, country], links: [within] }));
    expect(dataset.links).toContainEqual(
      expect.objectContaining({ from: 'country:MA', to: 'region:africa' }),
    );
  });

  it('rejects a collaboration role that points to the wrong kind', () => {
    const collaboration = {
      id: 'collaboration:fao',
      partners: ['sector:agriculture'],
      iloParties: [],
      sources: [cite],
    };
    expect(problems({ collaborations: [collaboration] })).toContainEqual(
      expect.objectContaining({
        file: 'data/900.yaml',
        entry: 'collaboration:fao',
        message: expect.stringMatching(/^partners: sector:agriculture is a Sector/u),
      }),
    );
  });

  it('rejects an entity defined twice but accepts a mention of a reference entity', () => {
    const twice = { id: 'agency:FAO', kind: 'PartnerAgency', name: 'FAO', sources: [cite] };
    expect(problems({ entities: [twice] })).toContainEqual(
      expect.objectContaining({ entry: 'agency:FAO', message: expect.stringMatching(/already defined/u) }),
    );
    const dataset = validateSeed(
      inputs({ mentions: [{ id: 'agency:FAO', sources: [{ passage: '900#1', quote: 'child labour' }] }] }),
    );
    expect(dataset.entities.find((e) => e.id === 'agency:FAO')?.sources).toHaveLength(2);
  });

  it('rejects unknown keys and citations of another document', () => {
    expect(problems({ entities: [{ ...department, colour: 'blue' }] })).toContainEqual(
      expect.objectContaining({ entry: 'department:sector' }),
    );
    const other = { ...inputs({ entities: [department] }) };
    other.files = [{ file: 'data/901.yaml', content: { document: '901', entities: [department] } }];
    expect(() => validateSeed(other)).toThrow(/reads document 901/u);
  });

  it('accepts a reference row cited from a document file only with its confidence', () => {
    const row: PassageRecord = {
      id: 'ref-test#agriculture',
      documentId: 'document:ref-test',
      label: 'agriculture',
      ordinal: 0,
      text: 'name: Agriculture',
    };
    const withRow = (confidence?: string): SeedInputs => {
      const base = inputs({
        entities: [department],
        links: [
          {
            from: 'department:sector',
            type: 'TARGETS',
            to: 'sector:agriculture',
            sources: [
              cite,
              { passage: row.id, quote: 'name: Agriculture', ...(confidence ? { confidence } : {}) },
            ],
          },
        ],
      });
      return { ...base, reference: [{ ...base.reference[0]!, passages: [row] }] };
    };
    const dataset = validateSeed(withRow('editorial'));
    expect(dataset.links[0]?.sources.map((s) => s.confidence)).toEqual(['confirmed', 'editorial']);
    expect(() => validateSeed(withRow())).toThrow(/without a confidence/u);
  });

  it('merges the sources of a link stated twice', () => {
    const link = { from: 'department:sector', type: 'TARGETS', to: 'sector:agriculture', sources: [cite] };
    const again = { ...link, sources: [{ passage: '900#1', quote: 'child labour' }] };
    const dataset = validateSeed(inputs({ entities: [department], links: [link, again] }));
    expect(dataset.links).toHaveLength(1);
    expect(dataset.links[0]?.sources).toHaveLength(2);
  });
});
