import { humanise } from '../graph/kind-style.js';

/** How a link is read from the entity a page is about. */
export type LinkDirection = 'OUT' | 'IN' | 'VIA_COLLABORATION';

/** Relationship types read both ways: [from the start, from the end]. */
const READINGS: Record<string, [string, string]> = {
  RUNS: ['Runs', 'Run by'],
  PART_OF: ['Part of', 'Has as part'],
  TARGETS: ['Targets', 'Targeted by'],
  PROMOTES: ['Promotes', 'Promoted by'],
  ACTIVE_IN: ['Active in', 'Hosts'],
  CONTRIBUTES_TO: ['Contributes to', 'Contributed to by'],
  APPLIES_TO: ['Applies to', 'Covered by'],
  ADDRESSES: ['Addresses', 'Addressed by'],
  ADOPTED_AT: ['Adopted at', 'Adopted'],
  MEMBER_OF: ['Member of', 'Has as member'],
  REVISES: ['Revises', 'Revised by'],
  LOCATED_IN: ['Located in', 'Location of'],
  ORGANISES: ['Organises', 'Organised by'],
  PARTICIPATES_IN: ['Participates in', 'Has as participant'],
  INTENDED_FOR: ['Intended for', 'Addressed in'],
  WORKS_WITH: ['Works with', 'Works with'],
  ISSUED_BY: ['Issued by', 'Issued'],
  HAS_PARTNER: ['Has partner', 'Partner in'],
  HAS_ILO_PARTY: ['Has ILO party', 'ILO party in'],
  ON_SECTOR: ['On sector', 'Sector of'],
  ON_TOPIC: ['On topic', 'Topic of'],
  IN_COUNTRY: ['In country', 'Country of'],
};

/** What a neighbour reached through a collaboration is to it, by the role linking them. */
const THROUGH_COLLABORATION: Record<string, string> = {
  HAS_PARTNER: 'Partners in its collaborations',
  HAS_ILO_PARTY: 'ILO units in its collaborations',
  ON_SECTOR: 'Sectors of its collaborations',
  ON_TOPIC: 'Topics of its collaborations',
  IN_COUNTRY: 'Countries of its collaborations',
};

/**
 * A link read from the entity a page is about: `OUT TARGETS` → "Targets", `IN TARGETS` → "Targeted
 * by", `VIA_COLLABORATION ON_SECTOR` → "Sectors of its collaborations". A relationship type this
 * page does not know yet reads as its name.
 */
export function relationReading(relation: string, direction: LinkDirection): string {
  if (direction === 'VIA_COLLABORATION')
    return THROUGH_COLLABORATION[relation] ?? `${humanise(relation)} (through collaborations)`;
  const reading = READINGS[relation];
  if (!reading) return direction === 'OUT' ? humanise(relation) : `${humanise(relation)} (from)`;
  return direction === 'OUT' ? reading[0] : reading[1];
}

/** A relationship type as a verb phrase from its start, for edge labels: `TARGETS` → "targets". */
export function relationVerb(relation: string): string {
  return (READINGS[relation]?.[0] ?? humanise(relation)).toLowerCase();
}
