import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../seed/build-dataset.js';
import { loadReferenceTables } from '../../seed/reference/load-reference.js';

const tables = await loadReferenceTables(path.join(SEED_DIR, 'reference'));
const entities = tables.flatMap((t) => t.entities);
const passages = new Map(tables.flatMap((t) => t.passages).map((p) => [p.id, p]));
const entity = (id: string) => entities.find((e) => e.id === id);

describe('reference loaders', () => {
  it('loads the 22 sectors', () => {
    expect(entities.filter((e) => e.kind === 'Sector')).toHaveLength(22);
  });

  it('loads C182 with its NORMLEX title', () => {
    expect(entity('instrument:C182')?.name).toBe('Worst Forms of Child Labour Convention, 1999 (No. 182)');
    expect(entity('instrument:MLC2006')?.instrumentType).toBe('Convention');
  });

  it('cites an unconfirmed instrument status as unconfirmed', () => {
    const status = entity('instrument:C182')?.sources.find((s) => s.quote.startsWith('status:'));
    expect(status?.confidence).toBe('unconfirmed');
    const c155 = entity('instrument:C155')?.sources.find((s) => s.quote.startsWith('status:'));
    expect(c155?.confidence).toBe('confirmed');
  });

  it('cites the ISIC mapping as editorial', () => {
    const isic = entity('sector:health-services')?.sources.find((s) =>
      s.quote.startsWith('isic_rev4_sections'),
    );
    expect(isic?.confidence).toBe('editorial');
  });

  it('loads NGOs on the Special List with a source-dated citation', () => {
    const special = entities.filter((e) => e.kind === 'Ngo' && e.consultativeStatus === 'special-list');
    expect(special.length).toBeGreaterThan(0);
    expect(entity('ngo:saami-council')?.sources.every((s) => s.confidence === 'source-dated')).toBe(true);
    expect(entity('ngo:international-organisation-of-employers')?.sources[0]?.confidence).toBe('unconfirmed');
  });

  it('quotes every reference citation verbatim from its row passage', () => {
    for (const e of entities) {
      for (const s of e.sources) expect(passages.get(s.passage)?.text).toContain(s.quote);
    }
  });

  it('links sectoral Conventions to their sector as an editorial fact', () => {
    const links = tables.flatMap((t) => t.links);
    const c172 = links.find((l) => l.from === 'instrument:C172' && l.type === 'APPLIES_TO');
    expect(c172?.to).toBe('sector:hotels-catering-tourism');
    expect(c172?.sources[0]?.confidence).toBe('editorial');
  });
});
