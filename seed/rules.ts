import type { EntityRecord } from '../src/domain/dataset.js';
import type { NodeKind } from '../src/domain/entity-kind.js';
import type { RelationType } from '../src/domain/relation-type.js';

/**
 * The node kinds one relation type joins: any of `from` to any of `to`, and where `groups` is
 * given, both ends within one group.
 */
export interface RelationEndpoints {
  from: NodeKind[];
  to: NodeKind[];
  groups?: NodeKind[][];
}

/**
 * Which node kinds each relation type joins, as commented in src/domain/relation-type.ts, and
 * which kinds each kind-specific field belongs to. Each range is closed: the review of the
 * documents (seed/review) asks about every pair of kinds some relation type can join, so an
 * open range would ask whether a topic is a MEMBER_OF a union.
 */
export const RELATION_ENDPOINTS: Record<RelationType, RelationEndpoints> = {
  RUNS: { from: ['Department'], to: ['Programme'] },
  // Three meanings that never mix: a unit within a larger one (a field office or team within a
  // department or the field structure), a place within a region (a country within its ILO
  // region; a region within a larger one, where a source says so), and a sector the documents
  // name on its own within a reference sector that groups it with others (ports within
  // "Shipping; ports; fisheries; inland waterways").
  PART_OF: {
    from: ['Department', 'Programme', 'Objective', 'Meeting', 'FieldOffice', 'Country', 'Region', 'Sector'],
    to: ['Department', 'Programme', 'Objective', 'Meeting', 'FieldOffice', 'Region', 'Sector'],
    groups: [
      ['Department', 'Programme', 'Objective', 'Meeting', 'FieldOffice'],
      ['Country', 'Region'],
      ['Sector'],
    ],
  },
  // A meeting held for a sector (002: the retail technologies meeting, commerce) TARGETS it too.
  TARGETS: { from: ['Programme', 'Department', 'Meeting'], to: ['Sector'] },
  PROMOTES: { from: ['Programme', 'Department'], to: ['Instrument', 'Guidance', 'Resolution'] },
  ACTIVE_IN: { from: ['Programme'], to: ['Country', 'Region'] },
  CONTRIBUTES_TO: { from: ['Programme', 'Department'], to: ['Objective'] },
  APPLIES_TO: { from: ['Instrument', 'Guidance'], to: ['Sector'] },
  ADDRESSES: {
    from: [
      'Instrument',
      'Guidance',
      'Resolution',
      'Programme',
      'Objective',
      'Meeting',
      'Department',
      'FieldOffice',
      'Register',
    ],
    to: ['Topic'],
  },
  // Adopted at a meeting, or by an organ modelled as a Department (004: the MNE Declaration,
  // "adopted by the Governing Body of the International Labour Office in 1977").
  ADOPTED_AT: { from: ['Instrument', 'Guidance', 'Resolution'], to: ['Meeting', 'Department'] },
  MEMBER_OF: {
    from: ['Country', 'PartnerAgency', 'SocialPartner', 'Ngo'],
    to: ['PartnerAgency', 'Meeting', 'SocialPartner', 'Ngo'],
  },
  REVISES: { from: ['Instrument'], to: ['Instrument'] },
  LOCATED_IN: { from: ['PartnerAgency', 'Department', 'Meeting', 'FieldOffice'], to: ['Country', 'Region'] },
  ORGANISES: { from: ['Department', 'PartnerAgency'], to: ['Meeting'] },
  // ... or an organ modelled as a Department (004: the social partners in "the Governing Body").
  PARTICIPATES_IN: {
    from: ['SocialPartner', 'PartnerAgency', 'Ngo'],
    to: ['Meeting', 'Programme', 'Department'],
  },
  INTENDED_FOR: { from: ['Guidance', 'Programme'], to: ['SocialPartner', 'Country', 'Region'] },
  WORKS_WITH: { from: ['Department', 'Programme'], to: ['SocialPartner', 'Ngo'] },
  CONCENTRATED_IN: { from: ['Topic'], to: ['Sector'] },
  TRACKS: { from: ['Objective'], to: ['Instrument', 'Resolution'] },
  // The successor is of the same kind: a unit renamed or replaced, a list that took another's place.
  SUCCEEDED_BY: {
    from: ['Department', 'Programme', 'FieldOffice', 'Register'],
    to: ['Department', 'Programme', 'FieldOffice', 'Register'],
    groups: [['Department', 'Programme', 'FieldOffice'], ['Register']],
  },
  SERVES_IN: { from: ['Person'], to: ['Department', 'FieldOffice', 'PartnerAgency'] },
  LISTED_IN: { from: ['Ngo', 'SocialPartner', 'PartnerAgency'], to: ['Register'] },
  MAINTAINS: {
    from: ['Department', 'Programme', 'PartnerAgency'],
    to: ['Register', 'Classification'],
  },
  CLASSIFIED_IN: { from: ['Sector', 'Topic', 'Register', 'Instrument'], to: ['Classification'] },
  HAS_PARTNER: { from: ['Collaboration'], to: ['PartnerAgency', 'Ngo', 'SocialPartner'] },
  HAS_ILO_PARTY: { from: ['Collaboration'], to: ['Department', 'Programme'] },
  ON_SECTOR: { from: ['Collaboration'], to: ['Sector'] },
  ON_TOPIC: { from: ['Collaboration'], to: ['Topic'] },
  IN_COUNTRY: { from: ['Collaboration'], to: ['Country'] },
  FOR_OBJECTIVE: { from: ['Collaboration'], to: ['Objective'] },
  ISSUED_BY: { from: ['Document'], to: ['Department', 'PartnerAgency', 'Meeting'] },
};

/** Collaboration roles in YAML → the link they become and the kinds they accept. */
export const COLLABORATION_ROLES = {
  partners: 'HAS_PARTNER',
  iloParties: 'HAS_ILO_PARTY',
  sectors: 'ON_SECTOR',
  topics: 'ON_TOPIC',
  countries: 'IN_COUNTRY',
  objectives: 'FOR_OBJECTIVE',
} as const satisfies Record<string, RelationType>;

type KindField = Exclude<
  keyof EntityRecord,
  'id' | 'kind' | 'name' | 'acronym' | 'aliases' | 'names' | 'description' | 'sources'
>;

/** The kinds on which each kind-specific field means something (src/domain/dataset.ts). */
export const FIELD_KINDS: Record<KindField, NodeKind[]> = {
  cluster: ['Sector'],
  isicSections: ['Sector'],
  isicDivisions: ['Sector'],
  instrumentType: ['Instrument'],
  code: ['Instrument', 'Department', 'Objective', 'Programme', 'FieldOffice', 'Resolution', 'Classification'],
  number: ['Instrument'],
  year: [
    'Instrument',
    'Guidance',
    'Meeting',
    'Document',
    'Programme',
    'Resolution',
    'Register',
    'Classification',
  ],
  category: ['Instrument'],
  status: ['Instrument'],
  guidanceType: ['Guidance'],
  unitType: ['Department', 'FieldOffice'],
  programmeType: ['Programme'],
  endYear: ['Programme'],
  agencyType: ['PartnerAgency'],
  headquarters: ['PartnerAgency'],
  consultativeStatus: ['Ngo'],
  fieldsOfInterest: ['Ngo'],
  side: ['SocialPartner'],
  isoAlpha2: ['Country'],
  isoAlpha3: ['Country'],
  region: ['Country'],
  level: ['Objective'],
  indicators: ['Objective'],
  meetingType: ['Meeting'],
  symbol: ['Document'],
  date: ['Document'],
  documentKind: ['Document'],
  issuingBody: ['Document'],
  url: ['Document'],
  since: ['Collaboration', 'Person'],
  until: ['Collaboration', 'Person'],
  role: ['Person'],
  registerType: ['Register'],
};
