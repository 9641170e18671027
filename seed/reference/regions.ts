import type { Citation, EntityRecord, LinkRecord } from '../../src/domain/dataset.js';
import { slugify } from '../passages/text.js';
import type { ReferenceInput } from '../validate.js';

/**
 * The ILO regions of countries.tsv (its `ilo_region` column) as Region entities, and each country
 * PART_OF its region. Every fact cites the country's row through the very citation the countries
 * loader gave its region cell, so it keeps that cell's confidence (`unconfirmed`: the README says
 * the regions "were not read row by row"). A region is cited by each row that names it.
 *
 * Regions named only in the documents (Latin America, sub-Saharan Africa...) are in the YAML of
 * the document that names them; one that is an ILO region too (Africa) is mentioned there.
 */
export function loadIloRegions(countries: ReferenceInput): ReferenceInput {
  const regions = new Map<string, EntityRecord>();
  const links: LinkRecord[] = [];
  for (const country of countries.entities) {
    if (country.kind !== 'Country' || !country.region) continue;
    const citation = regionCitation(country);
    const id = `region:${slugify(country.region)}`;
    const region = regions.get(id) ?? {
      id,
      kind: 'Region',
      name: country.region,
      description: "One of the ILO's regions.",
      sources: [],
    };
    region.sources.push(citation);
    regions.set(id, region);
    links.push({ from: country.id, type: 'PART_OF', to: id, sources: [citation] });
  }
  return { file: countries.file, entities: [...regions.values()], links, passages: [] };
}

/** The citation of the country's `ilo_region` cell, as evidence of the region and the link (no field). */
function regionCitation(country: EntityRecord): Citation {
  const quote = `ilo_region: ${country.region ?? ''}`;
  const citation = country.sources.find((s) => s.quote === quote);
  if (!citation) throw new Error(`${country.id}: its region "${country.region}" cites no row`);
  return { passage: citation.passage, quote: citation.quote, confidence: citation.confidence };
}
