import type { NodeKind } from '../../domain/entity-kind.js';
import type { RelationType } from '../../domain/relation-type.js';
import type { LinkSpec } from '../../loaders/link-spec.js';
import { Collaboration } from '../types/collaboration.type.js';
import { Entity } from '../types/entity.interface.js';
import {
  Country,
  Department,
  Document,
  Guidance,
  Instrument,
  Meeting,
  Ngo,
  Objective,
  PartnerAgency,
  Programme,
  Region,
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
    spec: out(['PART_OF'], ['Department', 'Programme']),
    description: 'The larger unit this one belongs to.',
  },
  {
    owner: Department,
    field: 'units',
    target: Entity,
    spec: inn(['PART_OF'], ['Department', 'Programme']),
    description: 'Units within this one.',
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
    spec: out(['PROMOTES'], ['Instrument', 'Guidance']),
    description: 'Instruments and guidance it promotes.',
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
    spec: inn(['ADOPTED_AT'], ['Instrument', 'Guidance']),
    description: 'Instruments and guidance it adopted (an organ such as the Governing Body).',
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
    spec: out(['PROMOTES'], ['Instrument', 'Guidance']),
    description: 'Instruments and guidance it promotes.',
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
    spec: inn(['ADOPTED_AT'], ['Instrument', 'Guidance']),
    description: 'Instruments and guidance adopted there.',
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
  // Collaboration
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
