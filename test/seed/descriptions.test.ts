import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../seed/build-dataset.js';

/**
 * An entity's `description` says what the thing is; it is shown by frontends and searched. The
 * curator's notes on sources ("URL seen only for the French page", "general knowledge only") belong
 * to the reference row's passage, where a citation shows them, never to the description.
 */
const dataset = await buildDataset();

const CURATION_VOCABULARY: [string, RegExp][] = [
  ['seed', /\bseeds?\b/iu],
  ['URL', /\burls?\b/iu],
  ['a link', /https?:\/\//iu],
  ['general knowledge', /general knowledge/iu],
  ['not confirmed', /not confirmed/iu],
  ['a .md file', /\.md\b/iu],
  ['a path outside the project', /\/work\//u],
];

describe('entity descriptions', () => {
  it('contain no curation vocabulary', () => {
    const found = dataset.entities.flatMap((e) =>
      CURATION_VOCABULARY.filter(([, re]) => re.test(e.description ?? '')).map(
        ([word]) => `${e.id}: ${word} in "${e.description}"`,
      ),
    );
    expect(found).toEqual([]);
  });

  it("never carry a reference row's note", () => {
    const notes = dataset.passages
      .filter((p) => p.id.startsWith('ref-'))
      .flatMap((p) => /^note: (.+)$/mu.exec(p.text)?.[1] ?? []);
    expect(notes.length).toBeGreaterThan(20);
    const carrying = dataset.entities.filter((e) => notes.some((n) => e.description?.includes(n)));
    expect(carrying.map((e) => e.id)).toEqual([]);
  });

  it("keep the note in the row's passage, with its source, for whoever reads the citation", () => {
    const who = dataset.passages.find((p) => p.id === 'ref-agencies#WHO')!;
    expect(who.text).toContain('note: seed 002: Joint ILO/WHO guidelines');
    expect(who.text).toMatch(/^source: UN-CRAFd/mu);
    const health = dataset.passages.find((p) => p.id === 'ref-sectors#health-services')!;
    expect(health.text).toContain('note: Only a facet (resources) URL seen');
    // The entity cites that passage.
    const sector = dataset.entities.find((e) => e.id === 'sector:health-services')!;
    expect(sector.sources.map((s) => s.passage)).toContain(health.id);
  });

  it('describe reference entities from their confirmed data cells only', () => {
    const description = (id: string) => dataset.entities.find((e) => e.id === id)?.description;
    expect(description('agency:WHO')).toBe('UN specialized agency, headquartered in Geneva.');
    // The UN's headquarters is general knowledge, the Global Compact's inferred: not stated.
    expect(description('agency:UN')).not.toMatch(/New York/u);
    expect(description('agency:UNGC')).not.toMatch(/New York/u);
    // C155 is "fundamental" only since 2022, so its description does not say so.
    expect(description('instrument:C087')).toBe('ILO fundamental Convention, adopted in 1948.');
    expect(description('instrument:C155')).toBe('ILO Convention, adopted in 1981.');
    expect(description('sector:commerce')).toMatch(/wholesale and retail trade/u);
    expect(description('sector:financial-services-professional-services')).toBeNull();
    expect(description('ngo:world-federation-of-trade-unions')).toBe("Workers' organization.");
  });

  it('describe the reference tables as the project’s own', () => {
    const tables = dataset.entities.filter((e) => e.id.startsWith('document:ref-'));
    expect(tables.length).toBe(9);
    for (const t of tables) expect(t.description).toMatch(/^Reference table of .+, compiled for ilo-graph/u);
  });
});
