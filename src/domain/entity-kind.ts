/**
 * The kinds of entity the knowledge graph holds (DESIGN.md section 2), plus the two node kinds
 * that are not entities in the reader's sense: `Collaboration` (an n-ary cooperation fact) and
 * `Document` (a source of evidence, itself an entity so it can be looked up and linked).
 */
export const ENTITY_KINDS = [
  'Sector',
  'Instrument',
  'Guidance',
  'Department',
  'Programme',
  'PartnerAgency',
  'Ngo',
  'SocialPartner',
  'Topic',
  'Country',
  'Region',
  'Objective',
  'Meeting',
  'Document',
  'Person',
  'FieldOffice',
  'Resolution',
  'Register',
  'Classification',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Every node kind stored in the `Entity` table: the entity kinds and `Collaboration`. */
export const NODE_KINDS = [...ENTITY_KINDS, 'Collaboration'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Id prefix per node kind: ids read as `sector:health-services`, `instrument:C182`. */
export const ID_PREFIX: Record<NodeKind, string> = {
  Sector: 'sector',
  Instrument: 'instrument',
  Guidance: 'guidance',
  Department: 'department',
  Programme: 'programme',
  PartnerAgency: 'agency',
  Ngo: 'ngo',
  SocialPartner: 'social-partner',
  Topic: 'topic',
  Country: 'country',
  Region: 'region',
  Objective: 'objective',
  Meeting: 'meeting',
  Document: 'document',
  Person: 'person',
  FieldOffice: 'field-office',
  Resolution: 'resolution',
  Register: 'register',
  Classification: 'classification',
  Collaboration: 'collaboration',
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}
