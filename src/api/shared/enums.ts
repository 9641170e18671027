import { registerEnumType } from 'type-graphql';

/** GraphQL's EntityKind: enum names in GraphQL style, values the stored kind names. */
export enum EntityKindEnum {
  SECTOR = 'Sector',
  INSTRUMENT = 'Instrument',
  GUIDANCE = 'Guidance',
  DEPARTMENT = 'Department',
  PROGRAMME = 'Programme',
  PARTNER_AGENCY = 'PartnerAgency',
  NGO = 'Ngo',
  SOCIAL_PARTNER = 'SocialPartner',
  TOPIC = 'Topic',
  COUNTRY = 'Country',
  REGION = 'Region',
  OBJECTIVE = 'Objective',
  MEETING = 'Meeting',
  DOCUMENT = 'Document',
  PERSON = 'Person',
  FIELD_OFFICE = 'FieldOffice',
  RESOLUTION = 'Resolution',
  REGISTER = 'Register',
  CLASSIFICATION = 'Classification',
  COLLABORATION = 'Collaboration',
}
registerEnumType(EntityKindEnum, {
  name: 'EntityKind',
  description: 'The kinds of entity in the knowledge graph.',
  valuesConfig: {
    SECTOR: { description: 'An economic sector, e.g. the 22 sectors of the Sectoral Activities Programme.' },
    INSTRUMENT: { description: 'A Convention, Recommendation, Protocol or Declaration.' },
    GUIDANCE: { description: 'A code of practice, guidelines or a manual.' },
    DEPARTMENT: { description: 'An ILO department, bureau, branch or organ.' },
    PROGRAMME: {
      description: 'An ILO programme: InFocus programmes, IPEC, Better Work, action programmes, DWCPs.',
    },
    PARTNER_AGENCY: { description: 'A UN agency, fund, programme, financial institution or other IGO.' },
    NGO: {
      description:
        'A non-governmental organisation, with its ILO status (Special List, consultative status).',
    },
    SOCIAL_PARTNER: { description: "An employers' or workers' organisation." },
    TOPIC: { description: 'A subject of work: child labour, OSH, migration...' },
    COUNTRY: { description: 'A country, with ISO codes and ILO region.' },
    REGION: {
      description:
        'A region: an ILO region (Africa, Americas...) or a region the documents name (Latin America, sub-Saharan Africa...).',
    },
    OBJECTIVE: { description: 'A strategic or operational objective, with its indicators.' },
    MEETING: { description: 'A meeting, committee, conference or forum.' },
    DOCUMENT: { description: 'A source document or reference table: the evidence behind facts.' },
    PERSON: { description: 'A person the documents name in a role (Director-General, contact...).' },
    FIELD_OFFICE: {
      description:
        "An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams, Decent Work Teams, field specialists.",
    },
    RESOLUTION: {
      description:
        'A resolution, set of conclusions or call to action adopted by an ILO organ (the Conference, the Governing Body).',
    },
    REGISTER: {
      description:
        'A list or register: the Special List of NGOs, the NGOs in consultative status, databases such as NATLEX.',
    },
    CLASSIFICATION: {
      description:
        'A classification the documents use: ISIC, the 22 sectors, the categories of fundamental principles and rights at work...',
    },
    COLLABORATION: {
      description:
        'A cooperation between the ILO and partners (a Collaboration). Searched only when asked for: `search(kinds: [COLLABORATION])`.',
    },
  },
});

export enum ApproximationEnum {
  EXACT = 'exact',
  ABOUT = 'about',
  MORE_THAN = 'more-than',
  AT_LEAST = 'at-least',
  FEWER_THAN = 'fewer-than',
  AT_MOST = 'at-most',
}
registerEnumType(ApproximationEnum, {
  name: 'Approximation',
  description: 'How a stated number relates to the true one, as the source words it.',
  valuesConfig: {
    EXACT: { description: 'The number as stated ("10,572 students").' },
    ABOUT: { description: '"about", "around", "some", "close to": near the number.' },
    MORE_THAN: { description: '"more than", "over": above the number.' },
    AT_LEAST: { description: '"at least": the number or above.' },
    FEWER_THAN: { description: '"fewer than", "less than", "under": below the number.' },
    AT_MOST: { description: '"at most", "up to": the number or below.' },
  },
});

export enum StatementValueTypeEnum {
  COUNT = 'count',
  QUANTITY = 'quantity',
  AMOUNT = 'amount',
  DATE = 'date',
  CONDITION = 'condition',
}
registerEnumType(StatementValueTypeEnum, {
  name: 'StatementValueType',
  description: 'What kind of value a statement gives (the type of `Statement.value`).',
  valuesConfig: {
    COUNT: { description: 'A number of things (`CountValue`): 10,572 students, about 160 NGOs.' },
    QUANTITY: { description: 'A measured quantity with its unit (`QuantityValue`).' },
    AMOUNT: { description: 'An amount of money with its currency (`AmountValue`): over $2 million.' },
    DATE: { description: 'A date, month or year (`DateValue`): March 1999, 1956.' },
    CONDITION: {
      description: 'A condition in words (`ConditionValue`): what must hold, e.g. to get on a list.',
    },
  },
});

export enum ConfidenceEnum {
  CONFIRMED = 'confirmed',
  UNCONFIRMED = 'unconfirmed',
  EDITORIAL = 'editorial',
  SOURCE_DATED = 'source-dated',
  NONE = 'none',
}
registerEnumType(ConfidenceEnum, {
  name: 'Confidence',
  description: 'How sure the knowledge base is of a fact, from its source.',
  valuesConfig: {
    CONFIRMED: { description: 'Stated by a source document or a confirmed public reference.' },
    UNCONFIRMED: { description: 'General knowledge: no source was seen. Treat with care.' },
    EDITORIAL: { description: "The project's own mapping (e.g. ISIC codes), not an ILO fact." },
    SOURCE_DATED: { description: 'From a source that may no longer hold (e.g. an undated Special List).' },
    NONE: { description: 'No source at all: a gap.' },
  },
});

export enum DirectionEnum {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
  VIA_COLLABORATION = 'VIA_COLLABORATION',
}
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which way a relationship is followed from the entity.',
  valuesConfig: {
    OUT: { description: 'A relationship from this entity (e.g. a programme TARGETS a sector).' },
    IN: { description: 'A relationship to this entity (e.g. a sector is TARGETed by a programme).' },
    BOTH: {
      description:
        'Every way: relationships from or to this entity, and through the collaborations it takes part in.',
    },
    VIA_COLLABORATION: {
      description:
        'Only through a collaboration this entity takes part in (e.g. the sectors, topics and co-partners of a partner agency).',
    },
  },
});

export enum LinkDirectionEnum {
  OUT = 'OUT',
  IN = 'IN',
  VIA_COLLABORATION = 'VIA_COLLABORATION',
}
registerEnumType(LinkDirectionEnum, {
  name: 'LinkDirection',
  description: 'How a neighbour was reached.',
  valuesConfig: {
    OUT: { description: 'A relationship from the entity to the neighbour.' },
    IN: { description: 'A relationship from the neighbour to the entity.' },
    VIA_COLLABORATION: { description: 'Both take part in one Collaboration.' },
  },
});

export enum EntityOrderEnum {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  YEAR_ASC = 'YEAR_ASC',
  YEAR_DESC = 'YEAR_DESC',
  ID_ASC = 'ID_ASC',
}
registerEnumType(EntityOrderEnum, {
  name: 'EntityOrder',
  description: 'Order of a list. Ties are broken by id, so pages are stable.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (the default).' },
    NAME_DESC: { description: 'By name, Z to A.' },
    YEAR_ASC: { description: 'By year, oldest first; entities without a year last.' },
    YEAR_DESC: { description: 'By year, newest first; entities without a year last.' },
    ID_ASC: { description: 'By id.' },
  },
});

export enum ConnectionRankingEnum {
  DEGREE = 'DEGREE',
  PAGE_RANK = 'PAGE_RANK',
}
registerEnumType(ConnectionRankingEnum, {
  name: 'ConnectionRanking',
  description: 'How `mostConnected` ranks entities.',
  valuesConfig: {
    DEGREE: { description: 'By number of relationships, either direction (ties by id).' },
    PAGE_RANK: {
      description:
        'By PageRank on the undirected graph (relationship directions are a modelling choice, not a flow of importance), computed in process the same way on every store; ties by degree, then id.',
    },
  },
});
