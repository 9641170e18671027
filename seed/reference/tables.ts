import type {
  Citation,
  Confidence,
  EntityRecord,
  LinkRecord,
  PassageRecord,
} from '../../src/domain/dataset.js';
import { slugify } from '../passages/text.js';
import type { ReferenceInput } from '../validate.js';
import { cite, type Row, sourceConfidence, splitList, TableBuilder, toYear } from './tsv.js';

/**
 * One loader per reference table (seed/reference/*.tsv, described in seed/reference/README.md,
 * quoted below as "README").
 * Each keeps the table's own confidence: `unconfirmed` sources, editorial mappings (ISIC codes,
 * target sectors, groupings) and the undated Special List (`source-dated`) are never upgraded.
 *
 * A row's `note` is the curator's caveat about its sources ("URL seen only for the French page",
 * "general knowledge only"): it stays in the row's passage, where every citation of the row shows
 * it, and never becomes the entity's `description`. A description is built only from the row's
 * data cells, and only from cells that are confirmed; where they say nothing useful it is null.
 */

type Loader = (rows: Row[]) => ReferenceInput;

function result(
  b: TableBuilder,
  links: LinkRecord[] = [],
  mentions: ReferenceInput['mentions'] = [],
): ReferenceInput {
  return { file: `reference/${b.table}.tsv`, entities: b.entities, links, passages: b.passages, mentions };
}

/** A title without its parenthetical gloss: "Treaty of Versailles (Part XIII…)" → "Treaty of Versailles". */
function shortTitle(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}

/**
 * README: the ILO sector page was seen for 21 of the 22 sectors; for the other ("Financial
 * services; professional services", no `ilo_sector_page`) the name comes only from copies of the
 * list of 22, which "back up the list but are not an authority".
 */
function sectorNameConfidence(row: Row): Confidence {
  return row.ilo_sector_page ? sourceConfidence(row) : 'unconfirmed';
}

/**
 * "One of the 22 sectors…" (the table's own subject), with what its ILO sector page says it covers
 * (`ilo_page_scope`) where recorded. Nothing for the sector without an ILO page, whose place in the
 * list rests only on copies of it.
 */
function sectorDescription(row: Row): string | null {
  if (sectorNameConfidence(row) !== 'confirmed') return null;
  const scope = row.ilo_page_scope ? `; its ILO page covers ${row.ilo_page_scope}` : '';
  return `One of the 22 sectors of the ILO's Sectoral Activities Programme${scope}.`;
}

export const loadSectors: Loader = (rows) => {
  const b = new TableBuilder(
    'sectors',
    'sectors.tsv',
    rows,
    'the 22 sectors of the Sectoral Activities Programme',
  );
  const links: LinkRecord[] = [];
  for (const row of rows) {
    const p = b.addRow(row.slug ?? '', row);
    b.entities.push({
      id: `sector:${row.slug}`,
      kind: 'Sector',
      name: row.name_ilo ?? '',
      description: sectorDescription(row),
      isicSections: splitList(row.isic_rev4_sections),
      isicDivisions: splitList(row.isic_rev4_divisions),
      sources: [
        cite(p, 'name_ilo', row.name_ilo ?? '', sectorNameConfidence(row), 'name'),
        // The ISIC mapping is our own (README: "Editorial, not an ILO fact").
        cite(p, 'isic_rev4_sections', row.isic_rev4_sections ?? '', 'editorial', 'isicSections'),
      ],
    });
    // One of "the 22 sectors" (the classification is defined in data/002.yaml, which names it).
    links.push({
      from: `sector:${row.slug}`,
      type: 'CLASSIFIED_IN',
      to: SECTORAL_ACTIVITIES_SECTORS,
      sources: [cite(p, 'name_ilo', row.name_ilo ?? '', sectorNameConfidence(row))],
    });
  }
  return result(b, links);
};

/** The classification of the 22 sectors of the Sectoral Activities Programme (data/002.yaml). */
export const SECTORAL_ACTIVITIES_SECTORS = 'classification:sectoral-activities-sectors';

/**
 * Sector groupings: only the sectors listed without a `?` get a `cluster`, cited `editorial`
 * (the member mapping is a guess; README: "Check against the GB.298 STM documents").
 */
export function applyGroupings(rows: Row[], sectors: EntityRecord[]): ReferenceInput {
  const b = new TableBuilder('sector-groupings', 'sector-groupings.tsv', rows, 'sectoral groupings (2007)');
  for (const row of rows) {
    const p = b.addRow(row.slug ?? '', row);
    if (row.kind !== 'grouping') continue;
    for (const member of splitList(row.member_sectors_editorial)) {
      const sector = sectors.find((s) => s.id === `sector:${member}`);
      if (!sector || member.endsWith('?')) continue;
      sector.cluster = row.slug ?? null;
      sector.sources.push({ passage: p.id, quote: member, confidence: 'editorial', field: 'cluster' });
    }
  }
  return result(b);
}

/** Instrument id key: the NORMLEX code, `MLC2006` for the Maritime Labour Convention. */
export function instrumentKey(code: string): string {
  return code === 'MLC' ? 'MLC2006' : code;
}

/** A source the README calls weak: a Wikipedia page or mirror, or one marked `(weak)`. */
const WEAK_SOURCE = /wikipedia|wikimili|\(weak\)|not seen/iu;

/**
 * The status citations of an instrument row, one per `;`-separated part of `status` when
 * `status_source` sources the parts separately (C107: "closed: <ILO pages>; 'outdated' label:
 * Wikipedia mirrors ... not seen"): each part is as strong as its own source. A status source
 * that is `unconfirmed` or weak (C184: "Swedish Wikipedia infobox ... (weak)") is unconfirmed.
 */
function statusCitations(p: PassageRecord, row: Row): Citation[] {
  const status = row.status ?? '';
  const source = row.status_source ?? '';
  const whole: Confidence =
    source === 'unconfirmed' || WEAK_SOURCE.test(source) ? 'unconfirmed' : 'confirmed';
  const parts = splitList(status);
  const segments = source.split(/;\s+/u);
  const segmentOf = (part: string) =>
    segments.find((seg) => seg.startsWith(`'${part}' label`) || seg.startsWith(`${part.split(' ')[0]}:`));
  if (parts.length < 2 || !parts.some(segmentOf)) return [cite(p, 'status', status, whole, 'status')];
  return parts.map((part, i) => {
    const segment = segmentOf(part);
    const confidence: Confidence = segment
      ? WEAK_SOURCE.test(segment)
        ? 'unconfirmed'
        : 'confirmed'
      : whole;
    return i === 0
      ? cite(p, 'status', part, confidence, 'status')
      : { passage: p.id, quote: part, confidence, field: 'status' };
  });
}

/**
 * The category of an instrument is as sure as its row's source, except where the note dates it:
 * C155 and C187 are "fundamental only since the 2022 ILC amendment" (and C187's note is "as
 * C155"), not in the seeds' era, so their category is `source-dated`.
 */
function categoryConfidence(row: Row, byCode: Map<string, Confidence>): Confidence {
  const note = row.note ?? '';
  const same = /^as (C\d{3})$/u.exec(note)?.[1];
  if (same && byCode.has(same)) return byCode.get(same)!;
  if (/\bonly since\b/iu.test(note)) return 'source-dated';
  return sourceConfidence(row);
}

/** "ILO fundamental Convention, adopted in 1930.": the category only where it is confirmed. */
function instrumentDescription(row: Row, category: Confidence): string | null {
  if (sourceConfidence(row) !== 'confirmed' || !row.type) return null;
  const kind = [category === 'confirmed' ? row.category : '', row.type].filter(Boolean).join(' ');
  const year = toYear(row.year_adopted);
  return `ILO ${kind}${year ? `, adopted in ${year}` : ''}.`;
}

export const loadInstruments: Loader = (rows) => {
  const b = new TableBuilder('instruments', 'instruments.tsv', rows, 'ILO Conventions and Protocols');
  const links: LinkRecord[] = [];
  const categoryByCode = new Map<string, Confidence>();
  for (const row of rows) {
    const key = instrumentKey(row.code ?? '');
    const p = b.addRow(key, row);
    const category = categoryConfidence(row, categoryByCode);
    categoryByCode.set(row.code ?? '', category);
    b.entities.push({
      id: `instrument:${key}`,
      kind: 'Instrument',
      name: row.title_normlex ?? '',
      acronym: key === 'MLC2006' ? 'MLC, 2006' : null,
      description: instrumentDescription(row, category),
      instrumentType: row.type || null,
      code: key,
      number: row.number ? Number(row.number) : null,
      year: toYear(row.year_adopted),
      category: row.category || null,
      status: row.status || null,
      sources: [
        cite(p, 'title_normlex', row.title_normlex ?? '', sourceConfidence(row), 'name'),
        ...(row.year_adopted
          ? [cite(p, 'year_adopted', row.year_adopted, sourceConfidence(row), 'year')]
          : []),
        ...(row.category ? [cite(p, 'category', row.category, category, 'category')] : []),
        ...statusCitations(p, row),
      ],
    });
    // C107's note says it was revised by C169 (an ILO page, per the README).
    const revisedBy = /revised by (C\d{3})/u.exec(row.note ?? '')?.[1];
    if (revisedBy) {
      links.push({
        from: `instrument:${revisedBy}`,
        type: 'REVISES',
        to: `instrument:${key}`,
        sources: [{ passage: p.id, quote: `revised by ${revisedBy}`, confidence: sourceConfidence(row) }],
      });
    }
    if (row.target_sector) {
      links.push({
        from: `instrument:${key}`,
        type: 'APPLIES_TO',
        to: `sector:${row.target_sector}`,
        sources: [cite(p, 'target_sector', row.target_sector, 'editorial')],
      });
    }
  }
  return result(b, links);
};

const INSTRUMENT_TYPES: Record<string, string> = {
  treaty: 'Treaty',
  declaration: 'Declaration',
  resolution: 'Resolution',
};

/**
 * The year of a row is as sure as its source, unless its note says it comes from general
 * knowledge ("year from general knowledge", "exact title and year from general knowledge").
 */
function otherYearConfidence(row: Row): Confidence {
  return /\byear\b[^;]*general knowledge/iu.test(row.note ?? '') ? 'unconfirmed' : sourceConfidence(row);
}

/**
 * Declarations and the treaty are Instruments; a resolution (an ILC resolution, a call to action
 * the Conference adopted) is a Resolution of its own: no labour standard, nothing to ratify.
 */
export const loadOtherInstruments: Loader = (rows) => {
  const b = new TableBuilder(
    'other-instruments',
    'other-instruments.tsv',
    rows,
    'declarations, resolutions and treaty',
  );
  for (const row of rows) {
    const title = row.title ?? '';
    const key = slugify(shortTitle(title));
    const p = b.addRow(key, row);
    const resolution = row.kind === 'resolution';
    const year = toYear(row.year);
    b.entities.push({
      id: `${resolution ? 'resolution' : 'instrument'}:${key}`,
      kind: resolution ? 'Resolution' : 'Instrument',
      name: shortTitle(title),
      aliases: shortTitle(title) === title ? [] : [title],
      // Its kind and year are fields of their own; no other cell of the row describes it.
      description: null,
      ...(resolution ? {} : { instrumentType: INSTRUMENT_TYPES[row.kind ?? ''] ?? row.kind ?? null }),
      year,
      sources: [
        cite(p, 'title', title, sourceConfidence(row), 'name'),
        ...(year ? [cite(p, 'year', row.year ?? '', otherYearConfidence(row), 'year')] : []),
      ],
    });
  }
  return result(b);
};

/**
 * A guidance year is as sure as its row, unless the note doubts it: README, "year of the printed
 * edition not confirmed" (the coalmines code), or "seed gives no year" (the ports manual, dated by
 * its imprint: the imprint was seen, so the year stands, but no document states it).
 */
function guidanceYearConfidence(row: Row, confidence: Confidence): Confidence {
  return /year not confirmed|edition year not confirmed/iu.test(row.note ?? '') ? 'unconfirmed' : confidence;
}

export const loadCodesOfPractice: Loader = (rows) => {
  const b = new TableBuilder(
    'codes-of-practice',
    'codes-of-practice.tsv',
    rows,
    'codes of practice, guidelines and manuals',
  );
  const links: LinkRecord[] = [];
  for (const row of rows) {
    const title = row.title ?? '';
    const key = slugify(shortTitle(title));
    const p = b.addRow(key, row);
    const confidence = sourceConfidence(row);
    const year = toYear(row.year);
    b.entities.push({
      id: `guidance:${key}`,
      kind: 'Guidance',
      name: title,
      // Its kind and year are fields of their own; `adopted_or_published_by` mixes in source notes.
      description: null,
      guidanceType: row.kind || null,
      year,
      sources: [
        cite(p, 'title', title, confidence, 'name'),
        ...(year ? [cite(p, 'year', row.year ?? '', guidanceYearConfidence(row, confidence), 'year')] : []),
      ],
    });
    if (row.sector) {
      links.push({
        from: `guidance:${key}`,
        type: 'APPLIES_TO',
        to: `sector:${row.sector}`,
        sources: [cite(p, 'sector', row.sector, confidence)],
      });
    }
  }
  return result(b, links);
};

/**
 * README: the UN Global Compact "HQ" is inferred from its launch venue (note: "'HQ city' inferred"),
 * so unconfirmed; UN-NGLS's offices are given as they were "(historically)" and per Wikipedia
 * now, so source-dated.
 */
function headquartersConfidence(row: Row): Confidence {
  if (/HQ[^;]*\binferred\b/iu.test(row.note ?? '')) return 'unconfirmed';
  if (/\bhistorically\b/iu.test(row.hq_city ?? '')) return 'source-dated';
  return sourceConfidence(row);
}

/** The `type` cells of agencies.tsv in words ("IFI" = international financial institution). */
const AGENCY_TYPES: Record<string, string> = {
  'UN specialized agency': 'UN specialized agency',
  'related organization': 'Related organization of the UN system',
  'IFI (World Bank Group member)': 'International financial institution, member of the World Bank Group',
  'IFI; UN specialized agency': 'International financial institution and UN specialized agency',
  'other IGO (the UN itself)': 'Intergovernmental organization',
  'other IGO (international organization of national parliaments)':
    'International organization of national parliaments',
  'other IGO': 'Intergovernmental organization',
  'UN inter-agency programme': 'UN inter-agency programme',
  'UN initiative': 'UN initiative',
  'ILO institution (training centre)': 'Training centre of the ILO',
  'ILO institution (autonomous research facility)': 'Autonomous research facility of the ILO',
};

/**
 * "UN specialized agency, headquartered in Geneva.": its type, and its headquarters only where
 * that is confirmed (not the UN's, from general knowledge, nor the Global Compact's, inferred).
 */
function agencyDescription(row: Row): string | null {
  const type = row.type ? (AGENCY_TYPES[row.type] ?? row.type) : null;
  const hq = row.hq_city && headquartersConfidence(row) === 'confirmed' ? row.hq_city : null;
  if (!type && !hq) return null;
  const text = type ? `${type}${hq ? `, headquartered in ${hq}` : ''}` : `Headquartered in ${hq}`;
  return text.endsWith('.') ? text : `${text}.`; // "Washington, D.C."
}

export const loadAgencies: Loader = (rows) => {
  const b = new TableBuilder(
    'agencies',
    'agencies.tsv',
    rows,
    'partner agencies and international organizations',
  );
  for (const row of rows) {
    const acronym = row.acronym ?? '';
    const key = acronym.replace(/\s+/gu, '-');
    const p = b.addRow(key, row);
    const confidence = sourceConfidence(row);
    b.entities.push({
      id: `agency:${key}`,
      kind: 'PartnerAgency',
      name: row.name ?? '',
      acronym,
      description: agencyDescription(row),
      agencyType: row.type || null,
      headquarters: row.hq_city || null,
      sources: [
        cite(p, 'name', row.name ?? '', confidence, 'name'),
        ...(row.type ? [cite(p, 'type', row.type, confidence, 'agencyType')] : []),
        cite(p, 'hq_city', row.hq_city ?? '', headquartersConfidence(row), 'headquarters'),
      ],
    });
  }
  return result(b);
};

/**
 * ngos.tsv has its own `confidence` column instead of an `unconfirmed` source; it qualifies the
 * row's status. "confirmed (for 1998 ILC)" (the ILC invitees, from GB.270/Inf.3) confirms the
 * organisation but holds for that Conference only, so its status is source-dated.
 */
function ngoConfidence(row: Row): Confidence {
  const confidence = row.confidence ?? '';
  if (confidence === 'source-dated') return 'source-dated';
  if (confidence === 'unconfirmed') return 'unconfirmed';
  return 'confirmed';
}

function ngoStatusConfidence(row: Row): Confidence {
  // "confirmed (for 1998 ILC)": true of that Conference, not necessarily since.
  if (/^confirmed \(for /u.test(row.confidence ?? '')) return 'source-dated';
  // The ITF: "its ILO consultative category was not found" — `unknown` states nothing.
  if (row.status === 'unknown') return 'unconfirmed';
  return ngoConfidence(row);
}

const NGO_GROUPS: Record<string, string> = {
  employers: "Employers' organization",
  workers: "Workers' organization",
};

/**
 * An ILC invitee "invited to the International Labour Conference of 1998" (its status and the
 * year its `confidence` gives), with its group where that is employers or workers. Nothing from a
 * Special List or general status, neither of which is confirmed (source-dated, unconfirmed).
 */
function ngoDescription(row: Row): string | null {
  const group = NGO_GROUPS[row.group ?? ''];
  const year = /^confirmed \(for (\d{4}) ILC\)$/u.exec(row.confidence ?? '')?.[1];
  if (row.status === 'ilc-invitee' && year) {
    return `${group ?? 'Non-governmental organization'} invited to the International Labour Conference of ${year}.`;
  }
  return group ? `${group}.` : null;
}

/**
 * Rows of ngos.tsv for organisations the seed defines as social partners: the ITF, named in 002
 * as party to a collective agreement (social-partner:itf, a workers' federation), whose ILO
 * category was not found. Its row adds its citations to that entity rather than making a second
 * node for the same organisation.
 */
const SOCIAL_PARTNER_ROWS: Record<string, string> = { ITF: 'social-partner:itf' };

/**
 * The registers of document 004's three categories (defined in data/004.yaml) each status puts an
 * NGO on: general consultative status, the Special List, and the NGOs the Governing Body invites
 * to ILO meetings (the 1998 ILC invitees; README: "This matches document 004's third category").
 * Each link keeps the status cell's confidence: unconfirmed, or dated.
 */
const NGO_STATUS_REGISTERS: Record<string, string> = {
  general: 'register:general-consultative-status',
  'special-list': 'register:special-list',
  'ilc-invitee': 'register:invited-international-ngos',
};

export const loadNgos: Loader = (rows) => {
  const b = new TableBuilder('ngos', 'ngos.tsv', rows, 'NGOs and their ILO consultative status');
  const mentions: NonNullable<ReferenceInput['mentions']> = [];
  const links: LinkRecord[] = [];
  for (const row of rows) {
    const key = slugify(row.name ?? '');
    const p = b.addRow(key, row);
    const confidence = ngoConfidence(row);
    const socialPartner = SOCIAL_PARTNER_ROWS[row.acronym ?? ''];
    if (socialPartner) {
      // Its name and side; its status ("unknown") is no fact about it.
      mentions.push({
        id: socialPartner,
        sources: [cite(p, 'name', row.name ?? '', confidence), cite(p, 'group', row.group ?? '', confidence)],
      });
      continue;
    }
    b.entities.push({
      id: `ngo:${key}`,
      kind: 'Ngo',
      name: row.name ?? '',
      acronym: row.acronym || null,
      description: ngoDescription(row),
      consultativeStatus: row.status || null,
      fieldsOfInterest: splitList(row.fields_of_interest).map((f) => f.replace(/\s*\(.*\)$/u, '')),
      sources: [
        cite(p, 'name', row.name ?? '', confidence, 'name'),
        cite(p, 'status', row.status ?? '', ngoStatusConfidence(row), 'consultativeStatus'),
      ],
    });
    const register = NGO_STATUS_REGISTERS[row.status ?? ''];
    if (register) {
      links.push({
        from: `ngo:${key}`,
        type: 'LISTED_IN',
        to: register,
        sources: [cite(p, 'status', row.status ?? '', ngoStatusConfidence(row))],
      });
    }
  }
  return result(b, links, mentions);
};

/**
 * README: "The Switzerland row was outside the part read, so CH/CHE rests on ISO 3166-1 as well
 * known": its codes were not checked against the UNSD table like the others.
 */
const ISO_FROM_GENERAL_KNOWLEDGE = new Set(['CH']);

export const loadCountries: Loader = (rows) => {
  const b = new TableBuilder('countries', 'countries.tsv', rows, 'countries named in the source documents');
  for (const row of rows) {
    const iso2 = row.iso_alpha2 ?? '';
    const p = b.addRow(iso2, row);
    const isoConfidence: Confidence = ISO_FROM_GENERAL_KNOWLEDGE.has(iso2) ? 'unconfirmed' : 'confirmed';
    b.entities.push({
      id: `country:${iso2}`,
      kind: 'Country',
      name: row.name ?? '',
      // Its codes and region are fields of their own (the region unconfirmed).
      description: null,
      isoAlpha2: iso2,
      isoAlpha3: row.iso_alpha3 || null,
      region: row.ilo_region || null,
      sources: [
        cite(p, 'iso_alpha2', iso2, isoConfidence, 'isoAlpha2'),
        ...(row.iso_alpha3 ? [cite(p, 'iso_alpha3', row.iso_alpha3, isoConfidence, 'isoAlpha3')] : []),
        // README: the region rows "were not read row by row", so the region is not confirmed.
        cite(p, 'ilo_region', row.ilo_region ?? '', 'unconfirmed', 'region'),
      ],
    });
  }
  return result(b);
};
