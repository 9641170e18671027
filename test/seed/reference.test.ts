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

  const cited = (id: string, quote: string) =>
    entity(id)?.sources.find((s) => s.quote === quote || s.quote.startsWith(`${quote}:`))?.confidence;

  it('cites a status from a weak source as unconfirmed, part by part where the source splits it', () => {
    // C184: "only the Swedish Wikipedia infobox ('Aktuell'), which is weak"
    expect(cited('instrument:C184', 'status')).toBe('unconfirmed');
    // C107: "closed for ratification" per the ILO; "outdated" only from Wikipedia mirrors
    expect(cited('instrument:C107', 'status: outdated')).toBe('unconfirmed');
    expect(cited('instrument:C107', 'closed to ratification')).toBe('confirmed');
    expect(cited('instrument:C150', 'status')).toBe('confirmed');
  });

  it('dates the fundamental category of C155 and C187 (a 2022 change), not that of C029', () => {
    expect(cited('instrument:C155', 'category')).toBe('source-dated');
    expect(cited('instrument:C187', 'category')).toBe('source-dated');
    expect(cited('instrument:C029', 'category')).toBe('confirmed');
  });

  it('cites an inferred or historical headquarters as such', () => {
    expect(cited('agency:UNGC', 'hq_city')).toBe('unconfirmed'); // inferred from its launch venue
    expect(cited('agency:UN-NGLS', 'hq_city')).toBe('source-dated'); // "(historically)"
    expect(cited('agency:WHO', 'hq_city')).toBe('confirmed');
  });

  it('cites an ILC-invitee status as holding for the 1998 Conference only', () => {
    expect(cited('ngo:zonta-international', 'status')).toBe('source-dated');
    expect(cited('ngo:zonta-international', 'name')).toBe('confirmed');
    expect(cited('ngo:international-trade-union-confederation', 'status')).toBe('unconfirmed');
  });

  it("does not confirm what was not checked: Switzerland's ISO code, the sector without an ILO page", () => {
    expect(cited('country:CH', 'iso_alpha2')).toBe('unconfirmed');
    expect(cited('country:MA', 'iso_alpha2')).toBe('confirmed');
    expect(cited('sector:financial-services-professional-services', 'name_ilo')).toBe('unconfirmed');
    expect(cited('sector:commerce', 'name_ilo')).toBe('confirmed');
  });

  it('adds the ITF row to the social partner the seed defines, instead of a second node', () => {
    expect(entities.some((e) => /transport workers/i.test(e.name))).toBe(false);
    const mentions = tables.flatMap((t) => t.mentions ?? []);
    const itf = mentions.find((m) => m.id === 'social-partner:itf');
    expect(itf?.sources.map((s) => s.quote)).toEqual([
      "name: International Transport Workers' Federation",
      'group: workers',
    ]);
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
