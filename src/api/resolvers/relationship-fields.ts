import type { NodeKind } from '../../domain/entity-kind.js';
import type { RelationType } from '../../domain/relation-type.js';
import type { LinkSpec } from '../../loaders/link-spec.js';
import { Collaboration } from '../types/collaboration.type.js';
import { Entity } from '../types/entity.interface.js';
import {
  Classification,
  Country,
  Department,
  Document,
  FieldOffice,
  Guidance,
  Instrument,
  Meeting,
  Ngo,
  Objective,
  PartnerAgency,
  Person,
  Programme,
  Region,
  Register,
  Resolution,
  Sector,
  SocialPartner,
  Topic,
} from '../types/kinds.types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClassType = abstract new (...args: any[]) => object;

/** One typed relationship field: on `owner`, named `field`, reaching `target`s by `spec`. */
export interface RelationshipField {
  owner: ClassType;
  field: string;
  target: ClassType;
  spec: LinkSpec;
  description: string;
  /** A single value (the first by name) instead of a list. */
  single?: boolean;
}

const PARTNERS: NodeKind[] = ['PartnerAgency', 'Ngo', 'SocialPartner'];
const ILO_PARTIES: NodeKind[] = ['Department', 'Programme'];
/** What a programme or department promotes: standards, guidance, and resolutions such as a call to action. */
const PROMOTABLE: NodeKind[] = ['Instrument', 'Guidance', 'Resolution'];
/** Units of the Office: departments, programmes and the field offices and teams within them. */
const UNITS: NodeKind[] = ['Department', 'Programme', 'FieldOffice'];

const out = (types: RelationType[], kinds: NodeKind[]): LinkSpec => ({ direction: 'out', types, kinds });
const inn = (types: RelationType[], kinds: NodeKind[]): LinkSpec => ({ direction: 'in', types, kinds });
const via = (roles: RelationType[], targetRoles: RelationType[], kinds: NodeKind[]): LinkSpec => ({
  direction: 'via-collaboration',
  roles,
  targetRoles,
  kinds,
});

/**
 * Every typed relationship field of the schema, in the directions people navigate. Declarative
 * on purpose: adding a field is one line here; resolvers/relationship-resolvers.ts turns each
 * into a DataLoader-backed field resolver (one store query per field per level).
 */
export const RELATIONSHIP_FIELDS: RelationshipField[] = [
  // Sector
  {
    owner: Sector,
    field: 'instruments',
    target: Instrument,
    spec: inn(['APPLIES_TO'], ['Instrument']),
    description: 'Instruments that apply to this sector.',
  },
  {
    owner: Sector,
    field: 'guidance',
    target: Guidance,
    spec: inn(['APPLIES_TO'], ['Guidance']),
    description: 'Codes of practice and guidelines for this sector.',
  },
  {
    owner: Sector,
    field: 'programmes',
    target: Programme,
    spec: inn(['TARGETS'], ['Programme']),
    description: 'Programmes that work on this sector.',
  },
  {
    owner: Sector,
    field: 'departments',
    target: Department,
    spec: inn(['TARGETS'], ['Department']),
    description: 'Departments that work on this sector.',
  },
  {
    owner: Sector,
    field: 'partners',
    target: PartnerAgency,
    spec: via(['ON_SECTOR'], ['HAS_PARTNER'], ['PartnerAgency']),
    description: 'Partner agencies cooperating with the ILO on this sector (through collaborations).',
  },
  {
    owner: Sector,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['ON_SECTOR'], ['Collaboration']),
    description: 'Collaborations on this sector.',
  },
  {
    owner: Sector,
    field: 'meetings',
    target: Meeting,
    spec: inn(['ADDRESSES', 'TARGETS'], ['Meeting']),
    description: 'Meetings held for this sector.',
  },
  // Instrument
  {
    owner: Instrument,
    field: 'sectors',
    target: Sector,
    spec: out(['APPLIES_TO'], ['Sector']),
    description: 'Sectors this instrument applies to.',
  },
  {
    owner: Instrument,
    field: 'promotedBy',
    target: Entity,
    spec: inn(['PROMOTES'], ILO_PARTIES),
    description: 'Programmes and departments that promote this instrument.',
  },
  {
    owner: Instrument,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics this instrument addresses.',
  },
  {
    owner: Instrument,
    field: 'revises',
    target: Instrument,
    spec: out(['REVISES'], ['Instrument']),
    description: 'Instruments this one revises.',
  },
  {
    owner: Instrument,
    field: 'revisedBy',
    target: Instrument,
    spec: inn(['REVISES'], ['Instrument']),
    description: 'Instruments that revise this one.',
  },
  {
    owner: Instrument,
    field: 'adoptedAt',
    target: Meeting,
    spec: out(['ADOPTED_AT'], ['Meeting']),
    description: 'Where it was adopted.',
  },
  {
    owner: Instrument,
    field: 'adoptedBy',
    target: Department,
    spec: out(['ADOPTED_AT'], ['Department']),
    description: 'The ILO organ that adopted it, when not a meeting (e.g. the Governing Body).',
  },
  // Guidance
  {
    owner: Guidance,
    field: 'sectors',
    target: Sector,
    spec: out(['APPLIES_TO'], ['Sector']),
    description: 'Sectors this guidance is for.',
  },
  {
    owner: Guidance,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics it addresses.',
  },
  {
    owner: Guidance,
    field: 'adoptedAt',
    target: Meeting,
    spec: out(['ADOPTED_AT'], ['Meeting']),
    description: 'The meeting that adopted it.',
  },
  {
    owner: Guidance,
    field: 'promotedBy',
    target: Entity,
    spec: inn(['PROMOTES'], ILO_PARTIES),
    description: 'Programmes and departments that promote it.',
  },
  // Department
  {
    owner: Department,
    field: 'programmes',
    target: Programme,
    spec: out(['RUNS'], ['Programme']),
    description: 'Programmes this department runs.',
  },
  {
    owner: Department,
    field: 'partOf',
    target: Entity,
    spec: out(['PART_OF'], UNITS),
    description: 'The larger unit this one belongs to.',
  },
  {
    owner: Department,
    field: 'units',
    target: Entity,
    spec: inn(['PART_OF'], UNITS),
    description: 'Units within this one (departments, programmes, field offices and teams).',
  },
  {
    owner: Department,
    field: 'sectors',
    target: Sector,
    spec: out(['TARGETS'], ['Sector']),
    description: 'Sectors it works on.',
  },
  {
    owner: Department,
    field: 'instruments',
    target: Entity,
    spec: out(['PROMOTES'], PROMOTABLE),
    description: 'Instruments, guidance and resolutions it promotes.',
  },
  {
    owner: Department,
    field: 'objectives',
    target: Objective,
    spec: out(['CONTRIBUTES_TO'], ['Objective']),
    description: 'Objectives it contributes to.',
  },
  {
    owner: Department,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics it works on.',
  },
  {
    owner: Department,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['HAS_ILO_PARTY'], ['Collaboration']),
    description: 'Collaborations it takes part in.',
  },
  {
    owner: Department,
    field: 'partners',
    target: Entity,
    spec: via(['HAS_ILO_PARTY'], ['HAS_PARTNER'], PARTNERS),
    description: 'Organisations it cooperates with (through collaborations).',
  },
  {
    owner: Department,
    field: 'adopted',
    target: Entity,
    spec: inn(['ADOPTED_AT'], PROMOTABLE),
    description: 'Instruments, guidance and resolutions it adopted (an organ such as the Governing Body).',
  },
  // Programme
  {
    owner: Programme,
    field: 'department',
    target: Department,
    spec: inn(['RUNS'], ['Department']),
    single: true,
    description: 'The department that runs it (the first by name if several).',
  },
  {
    owner: Programme,
    field: 'departments',
    target: Department,
    spec: inn(['RUNS'], ['Department']),
    description: 'Every department that runs it.',
  },
  {
    owner: Programme,
    field: 'sectors',
    target: Sector,
    spec: out(['TARGETS'], ['Sector']),
    description: 'Sectors it works on.',
  },
  {
    owner: Programme,
    field: 'partners',
    target: Entity,
    spec: via(['HAS_ILO_PARTY'], ['HAS_PARTNER'], PARTNERS),
    description: 'Organisations it cooperates with (through collaborations).',
  },
  {
    owner: Programme,
    field: 'countries',
    target: Country,
    spec: out(['ACTIVE_IN'], ['Country']),
    description: 'Countries where it is active.',
  },
  {
    owner: Programme,
    field: 'regions',
    target: Region,
    spec: out(['ACTIVE_IN'], ['Region']),
    description: 'Regions where it is active.',
  },
  {
    owner: Programme,
    field: 'instruments',
    target: Entity,
    spec: out(['PROMOTES'], PROMOTABLE),
    description: 'Instruments, guidance and resolutions it promotes.',
  },
  {
    owner: Programme,
    field: 'objectives',
    target: Objective,
    spec: out(['CONTRIBUTES_TO'], ['Objective']),
    description: 'Objectives it contributes to.',
  },
  {
    owner: Programme,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics it addresses.',
  },
  {
    owner: Programme,
    field: 'partOf',
    target: Entity,
    spec: out(['PART_OF'], ['Programme', 'Department']),
    description: 'The larger programme or unit it belongs to.',
  },
  {
    owner: Programme,
    field: 'parts',
    target: Programme,
    spec: inn(['PART_OF'], ['Programme']),
    description: 'Projects and sub-programmes within it.',
  },
  {
    owner: Programme,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['HAS_ILO_PARTY'], ['Collaboration']),
    description: 'Collaborations it takes part in.',
  },
  // PartnerAgency, Ngo, SocialPartner
  {
    owner: PartnerAgency,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['HAS_PARTNER'], ['Collaboration']),
    description: 'Its collaborations with the ILO.',
  },
  {
    owner: PartnerAgency,
    field: 'sectors',
    target: Sector,
    spec: via(['HAS_PARTNER'], ['ON_SECTOR'], ['Sector']),
    description: 'Sectors it cooperates with the ILO on.',
  },
  {
    owner: PartnerAgency,
    field: 'iloParties',
    target: Entity,
    spec: via(['HAS_PARTNER'], ['HAS_ILO_PARTY'], ILO_PARTIES),
    description: 'ILO departments and programmes it cooperates with.',
  },
  {
    owner: PartnerAgency,
    field: 'topics',
    target: Topic,
    spec: via(['HAS_PARTNER'], ['ON_TOPIC'], ['Topic']),
    description: 'Topics it cooperates with the ILO on.',
  },
  {
    owner: Ngo,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['HAS_PARTNER'], ['Collaboration']),
    description: 'Its collaborations with the ILO.',
  },
  {
    owner: SocialPartner,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['HAS_PARTNER'], ['Collaboration']),
    description: 'Its collaborations with the ILO.',
  },
  {
    owner: SocialPartner,
    field: 'meetings',
    target: Meeting,
    spec: out(['PARTICIPATES_IN'], ['Meeting']),
    description: 'Meetings it takes part in.',
  },
  {
    owner: SocialPartner,
    field: 'organs',
    target: Department,
    spec: out(['PARTICIPATES_IN'], ['Department']),
    description: 'ILO organs it takes part in (e.g. the Governing Body).',
  },
  {
    owner: Department,
    field: 'participants',
    target: Entity,
    spec: inn(['PARTICIPATES_IN'], PARTNERS),
    description: 'For an organ such as the Governing Body: the organisations that take part in it.',
  },
  // Topic, Country, Region, Objective, Meeting
  {
    owner: Topic,
    field: 'instruments',
    target: Entity,
    spec: inn(['ADDRESSES'], ['Instrument', 'Guidance']),
    description: 'Instruments and guidance addressing it.',
  },
  {
    owner: Topic,
    field: 'programmes',
    target: Programme,
    spec: inn(['ADDRESSES'], ['Programme']),
    description: 'Programmes addressing it.',
  },
  {
    owner: Topic,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['ON_TOPIC'], ['Collaboration']),
    description: 'Collaborations on it.',
  },
  {
    owner: Country,
    field: 'programmes',
    target: Programme,
    spec: inn(['ACTIVE_IN'], ['Programme']),
    description: 'Programmes active there.',
  },
  {
    owner: Country,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['IN_COUNTRY'], ['Collaboration']),
    description: 'Collaborations there.',
  },
  {
    owner: Country,
    field: 'regions',
    target: Region,
    spec: out(['PART_OF'], ['Region']),
    description:
      'The regions it is part of: its ILO region (the entity behind the `region` name), and any other region a source places it in.',
  },
  // Region
  {
    owner: Region,
    field: 'countries',
    target: Country,
    spec: inn(['PART_OF'], ['Country']),
    description: 'Countries within it (for an ILO region, the countries of the knowledge base in it).',
  },
  {
    owner: Region,
    field: 'programmes',
    target: Programme,
    spec: inn(['ACTIVE_IN'], ['Programme']),
    description: 'Programmes active in it.',
  },
  {
    owner: Region,
    field: 'meetings',
    target: Meeting,
    spec: inn(['LOCATED_IN'], ['Meeting']),
    description: 'Meetings held in it.',
  },
  {
    owner: Region,
    field: 'guidance',
    target: Guidance,
    spec: inn(['INTENDED_FOR'], ['Guidance']),
    description: 'Codes of practice and guidelines written for it.',
  },
  {
    owner: Objective,
    field: 'programmes',
    target: Entity,
    spec: inn(['CONTRIBUTES_TO'], ILO_PARTIES),
    description: 'Programmes and departments contributing to it.',
  },
  {
    owner: Objective,
    field: 'partOf',
    target: Objective,
    spec: out(['PART_OF'], ['Objective']),
    single: true,
    description: 'The strategic objective an operational objective belongs to.',
  },
  {
    owner: Objective,
    field: 'operationalObjectives',
    target: Objective,
    spec: inn(['PART_OF'], ['Objective']),
    description: 'The operational objectives of a strategic objective.',
  },
  {
    owner: Meeting,
    field: 'adopted',
    target: Entity,
    spec: inn(['ADOPTED_AT'], PROMOTABLE),
    description: 'Instruments, guidance and resolutions adopted there.',
  },
  {
    owner: Meeting,
    field: 'sectors',
    target: Sector,
    spec: out(['TARGETS'], ['Sector']),
    description: 'The sectors it is held for.',
  },
  {
    owner: Meeting,
    field: 'organisedBy',
    target: Entity,
    spec: inn(['ORGANISES'], ['Department', 'PartnerAgency']),
    description: 'Who organises it.',
  },
  {
    owner: Document,
    field: 'issuedBy',
    target: Entity,
    spec: out(['ISSUED_BY'], ['Department', 'PartnerAgency', 'Meeting']),
    description: 'Who issued it.',
  },
  // Topics in sectors (CONCENTRATED_IN)
  {
    owner: Topic,
    field: 'sectors',
    target: Sector,
    spec: out(['CONCENTRATED_IN'], ['Sector']),
    description:
      'Sectors where the documents place this issue (child labour is high in agriculture, migrants important in construction), each with its quote in `neighbours`.',
  },
  {
    owner: Sector,
    field: 'topics',
    target: Topic,
    spec: inn(['CONCENTRATED_IN'], ['Topic']),
    description: 'Issues the documents place in this sector (child labour, migration, gender...).',
  },
  {
    owner: Topic,
    field: 'resolutions',
    target: Resolution,
    spec: inn(['ADDRESSES'], ['Resolution']),
    description: 'Resolutions addressing it.',
  },
  {
    owner: Topic,
    field: 'classifications',
    target: Classification,
    spec: out(['CLASSIFIED_IN'], ['Classification']),
    description:
      'Classifications it is a category of (e.g. the four categories of fundamental principles and rights).',
  },
  // Sectors the documents name within a reference sector
  {
    owner: Sector,
    field: 'partOf',
    target: Sector,
    spec: out(['PART_OF'], ['Sector']),
    single: true,
    description:
      'For a sector the documents name on their own (ports), the reference sector grouping it with others ("Shipping; ports; fisheries; inland waterways").',
  },
  {
    owner: Sector,
    field: 'parts',
    target: Sector,
    spec: inn(['PART_OF'], ['Sector']),
    description: 'The parts of this sector the documents name on their own, each with the facts about it.',
  },
  {
    owner: Sector,
    field: 'classifications',
    target: Classification,
    spec: out(['CLASSIFIED_IN'], ['Classification']),
    description: 'Classifications it belongs to (e.g. the 22 sectors of the Sectoral Activities Programme).',
  },
  // Objectives and the instruments their indicators name (TRACKS)
  {
    owner: Objective,
    field: 'instruments',
    target: Entity,
    spec: out(['TRACKS'], ['Instrument', 'Resolution']),
    description: 'Instruments an indicator of this objective names (e.g. member States that ratify C182).',
  },
  {
    owner: Instrument,
    field: 'trackedBy',
    target: Objective,
    spec: inn(['TRACKS'], ['Objective']),
    description: 'Objectives with an indicator naming this instrument.',
  },
  {
    owner: Objective,
    field: 'collaborations',
    target: Collaboration,
    spec: inn(['FOR_OBJECTIVE'], ['Collaboration']),
    description: 'Collaborations that serve this objective.',
  },
  {
    owner: Objective,
    field: 'partners',
    target: Entity,
    spec: via(['FOR_OBJECTIVE'], ['HAS_PARTNER'], PARTNERS),
    description: 'Organisations cooperating with the ILO towards this objective (through collaborations).',
  },
  {
    owner: PartnerAgency,
    field: 'objectives',
    target: Objective,
    spec: via(['HAS_PARTNER'], ['FOR_OBJECTIVE'], ['Objective']),
    description: 'ILO objectives its collaborations serve.',
  },
  // Units over time (SUCCEEDED_BY)
  {
    owner: Department,
    field: 'succeededBy',
    target: Department,
    spec: out(['SUCCEEDED_BY'], ['Department']),
    single: true,
    description: 'The unit that took its place (e.g. under a new name), with the evidence in `neighbours`.',
  },
  {
    owner: Department,
    field: 'precededBy',
    target: Department,
    spec: inn(['SUCCEEDED_BY'], ['Department']),
    description: 'The units whose place it took.',
  },
  {
    owner: Department,
    field: 'people',
    target: Person,
    spec: inn(['SERVES_IN'], ['Person']),
    description: 'People the documents name in a role here.',
  },
  {
    owner: Department,
    field: 'maintains',
    target: Entity,
    spec: out(['MAINTAINS'], ['Register', 'Classification']),
    description: 'Lists, registers and classifications it set up or keeps.',
  },
  // Person
  {
    owner: Person,
    field: 'servesIn',
    target: Entity,
    spec: out(['SERVES_IN'], ['Department', 'FieldOffice', 'PartnerAgency']),
    description: 'Where the person holds the role (`role`, `since`, `until`).',
  },
  // FieldOffice
  {
    owner: FieldOffice,
    field: 'partOf',
    target: Entity,
    spec: out(['PART_OF'], UNITS),
    description: 'The larger unit or structure it belongs to.',
  },
  {
    owner: FieldOffice,
    field: 'units',
    target: FieldOffice,
    spec: inn(['PART_OF'], ['FieldOffice']),
    description: 'Offices and teams within it.',
  },
  {
    owner: FieldOffice,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics it works on.',
  },
  {
    owner: FieldOffice,
    field: 'people',
    target: Person,
    spec: inn(['SERVES_IN'], ['Person']),
    description: 'People the documents name in a role here.',
  },
  // Resolution
  {
    owner: Resolution,
    field: 'adoptedAt',
    target: Meeting,
    spec: out(['ADOPTED_AT'], ['Meeting']),
    description: 'The meeting (e.g. a session of the International Labour Conference) that adopted it.',
  },
  {
    owner: Resolution,
    field: 'adoptedBy',
    target: Department,
    spec: out(['ADOPTED_AT'], ['Department']),
    description: 'The ILO organ that adopted it, when not a meeting.',
  },
  {
    owner: Resolution,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics it addresses.',
  },
  {
    owner: Resolution,
    field: 'promotedBy',
    target: Entity,
    spec: inn(['PROMOTES'], ILO_PARTIES),
    description: 'Programmes and departments that promote or implement it.',
  },
  {
    owner: Resolution,
    field: 'trackedBy',
    target: Objective,
    spec: inn(['TRACKS'], ['Objective']),
    description: 'Objectives with an indicator naming it.',
  },
  // Register
  {
    owner: Register,
    field: 'members',
    target: Entity,
    spec: inn(['LISTED_IN'], PARTNERS),
    description: 'Organisations on it, each with the citation (often a dated reference row) in `neighbours`.',
  },
  {
    owner: Register,
    field: 'maintainedBy',
    target: Entity,
    spec: inn(['MAINTAINS'], ['Department', 'Programme', 'PartnerAgency']),
    description: 'Who set it up or keeps it (e.g. the Governing Body).',
  },
  {
    owner: Register,
    field: 'classifications',
    target: Classification,
    spec: out(['CLASSIFIED_IN'], ['Classification']),
    description:
      'Classifications it is a category of (e.g. the three categories of NGOs in consultative status).',
  },
  {
    owner: Register,
    field: 'topics',
    target: Topic,
    spec: out(['ADDRESSES'], ['Topic']),
    description: 'Topics it covers.',
  },
  {
    owner: Register,
    field: 'succeededBy',
    target: Register,
    spec: out(['SUCCEEDED_BY'], ['Register']),
    single: true,
    description: 'The list that took its place.',
  },
  {
    owner: Ngo,
    field: 'registers',
    target: Register,
    spec: out(['LISTED_IN'], ['Register']),
    description:
      'Lists and registers it is on (the Special List, general consultative status...), with how dated the source is in `neighbours`.',
  },
  {
    owner: SocialPartner,
    field: 'registers',
    target: Register,
    spec: out(['LISTED_IN'], ['Register']),
    description: 'Lists and registers it is on.',
  },
  // Classification
  {
    owner: Classification,
    field: 'members',
    target: Entity,
    spec: inn(['CLASSIFIED_IN'], ['Sector', 'Topic', 'Register', 'Instrument']),
    description: 'What it classifies: its categories or the things sorted into it.',
  },
  {
    owner: Classification,
    field: 'maintainedBy',
    target: Entity,
    spec: inn(['MAINTAINS'], ['Department', 'Programme', 'PartnerAgency']),
    description: 'Who keeps it or uses it as its own.',
  },
  // Collaboration
  {
    owner: Collaboration,
    field: 'objectives',
    target: Objective,
    spec: out(['FOR_OBJECTIVE'], ['Objective']),
    description: 'The ILO objectives the cooperation serves.',
  },
  {
    owner: Collaboration,
    field: 'partners',
    target: Entity,
    spec: out(['HAS_PARTNER'], PARTNERS),
    description: 'The partner organisations.',
  },
  {
    owner: Collaboration,
    field: 'iloParties',
    target: Entity,
    spec: out(['HAS_ILO_PARTY'], ILO_PARTIES),
    description: 'The ILO departments and programmes involved.',
  },
  {
    owner: Collaboration,
    field: 'sectors',
    target: Sector,
    spec: out(['ON_SECTOR'], ['Sector']),
    description: 'The sectors it covers.',
  },
  {
    owner: Collaboration,
    field: 'topics',
    target: Topic,
    spec: out(['ON_TOPIC'], ['Topic']),
    description: 'The topics it covers.',
  },
  {
    owner: Collaboration,
    field: 'countries',
    target: Country,
    spec: out(['IN_COUNTRY'], ['Country']),
    description: 'The countries it covers.',
  },
];
