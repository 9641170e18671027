import { Field, Int, ObjectType } from 'type-graphql';

import { Entity } from './entity.interface.js';
import { Node } from './node.interface.js';

/**
 * One GraphQL object type per entity kind, each with the fields only that kind has.
 * Relationship fields (Sector.instruments...) are added by resolvers/relationship-fields.ts.
 */

@ObjectType({
  implements: [Node, Entity],
  description: 'An economic sector, e.g. one of the 22 sectors of the Sectoral Activities Programme.',
})
export class Sector extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'Sector grouping (editorial: see the citation confidence).',
  })
  cluster!: string | null;

  @Field(() => [String], {
    description: 'ISIC Rev.4 section letters (an editorial mapping, not an ILO fact).',
  })
  isicSections!: string[];

  @Field(() => [String], { description: 'ISIC Rev.4 division codes (editorial).' })
  isicDivisions!: string[];
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'An international labour standard or declaration: Convention, Recommendation, Protocol, Declaration.',
})
export class Instrument extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'Convention, Recommendation, Protocol, Declaration, Treaty...',
  })
  instrumentType!: string | null;

  @Field(() => String, { nullable: true, description: 'NORMLEX code, e.g. `C182`.' })
  code!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number, e.g. 182.' })
  number!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of adoption.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'fundamental, governance or technical.' })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'NORMLEX status, e.g. up-to-date (often unconfirmed: see sources).',
  })
  status!: string | null;
}

@ObjectType({ implements: [Node, Entity], description: 'A code of practice, guidelines or a manual.' })
export class Guidance extends Entity {
  @Field(() => String, { nullable: true, description: 'code of practice, guidelines, manual...' })
  guidanceType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year adopted or published.' })
  year!: number | null;
}

@ObjectType({ implements: [Node, Entity], description: 'An ILO department, bureau, branch, unit or organ.' })
export class Department extends Entity {
  @Field(() => String, { nullable: true, description: 'Code, e.g. `SECTOR`, `LAB/ADMIN`.' })
  code!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'department, bureau, branch, programme unit, organ...',
  })
  unitType!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'An ILO programme: InFocus programme, IPEC, Better Work, action programme, DWCP...',
})
export class Programme extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'InFocus programme, action programme, technical cooperation project...',
  })
  programmeType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it started (or the first year the sources give).' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year it ended or ends.' })
  endYear!: number | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'A partner organisation: UN specialized agency, fund or programme, financial institution, other IGO.',
})
export class PartnerAgency extends Entity {
  @Field(() => String, { nullable: true, description: 'UN specialized agency, IFI, other IGO...' })
  agencyType!: string | null;

  @Field(() => String, { nullable: true, description: 'Headquarters city.' })
  headquarters!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'A non-governmental organisation and its ILO status.',
})
export class Ngo extends Entity {
  @Field(() => String, {
    nullable: true,
    description:
      'ILO status: general, regional, special-list, ilc-invitee or unknown (see the citation for how current it is).',
  })
  consultativeStatus!: string | null;

  @Field(() => [String], { description: 'Fields of interest, where a source states them.' })
  fieldsOfInterest!: string[];
}

@ObjectType({
  implements: [Node, Entity],
  description: "An employers' or workers' organisation (a social partner).",
})
export class SocialPartner extends Entity {
  @Field(() => String, { nullable: true, description: 'workers or employers.' })
  side!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'A subject of work: child labour, OSH, HIV/AIDS, migration...',
})
export class Topic extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'A country.' })
export class Country extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  isoAlpha2!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code.' })
  isoAlpha3!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ILO region, e.g. Africa, Europe and Central Asia, as a name (the Region entity: `regions`).',
  })
  region!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'A region of the world: an ILO region (the `region` of its countries) or a region a document names (Latin America, sub-Saharan Africa, OECD countries...). One entity where both denote the same region (Africa).',
})
export class Region extends Entity {}

@ObjectType({
  implements: [Node, Entity],
  description: 'A strategic or operational objective, with the indicators that measure it.',
})
export class Objective extends Entity {
  @Field(() => String, { nullable: true, description: 'Code, e.g. `1`, `1a`.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'strategic or operational.' })
  level!: string | null;

  @Field(() => [String], { description: 'Performance indicators, as the source states them.' })
  indicators!: string[];
}

@ObjectType({ implements: [Node, Entity], description: 'A meeting, committee, conference or forum.' })
export class Meeting extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'conference, committee, tripartite meeting, summit...',
  })
  meetingType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year held or established.' })
  year!: number | null;
}

@ObjectType({
  implements: [Node, Entity],
  description: 'A source of evidence: one of the source documents or a reference table.',
})
export class Document extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'Document symbol, e.g. GB.279/PFA/6 (null where not confirmed).',
  })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: 'Date, ISO format where known.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Governing Body paper, web page, reference table...' })
  documentKind!: string | null;

  @Field(() => String, { nullable: true, description: 'Who issued it.' })
  issuingBody!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published, if known.' })
  url!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'A person the documents name in a role, with the period they give (the Director-General; a contact at a bureau).',
})
export class Person extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'The role the documents name, e.g. `Director-General` (see `sourcesOf(field: "role")`).',
  })
  role!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the person took the role, where a source says.' })
  since!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the person left the role, where a source says.' })
  until!: number | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    "An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams (MDTs), Decent Work Teams, field specialists.",
})
export class FieldOffice extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'regional office, area office, team, specialists, field structure...',
  })
  unitType!: string | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'A resolution, set of conclusions or call to action adopted by an ILO organ (e.g. the resolution on HIV/AIDS and the world of work, International Labour Conference, 2000). Not a labour standard: nothing is ratified.',
})
export class Resolution extends Entity {
  @Field(() => Int, { nullable: true, description: 'Year adopted.' })
  year!: number | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'A list or register kept by the ILO or a partner: the Special List of NGOs, the NGOs with general consultative status, databases such as NATLEX. What the documents say about how one gets on it is in its `statements` (property `admission`, CONDITION values).',
})
export class Register extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'list (organisations on it), status (a standing granted to them) or database.',
  })
  registerType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it was set up, where a source says.' })
  year!: number | null;
}

@ObjectType({
  implements: [Node, Entity],
  description:
    'A classification the documents use to sort things: ISIC, the 22 sectors of the Sectoral Activities Programme, the four categories of fundamental principles and rights at work, the three categories of NGOs in consultative status.',
})
export class Classification extends Entity {
  @Field(() => Int, { nullable: true, description: 'Year of the version the documents use, where known.' })
  year!: number | null;
}

/** Every entity object type, for buildSchema's orphanedTypes and the kind → type map. */
export const ENTITY_TYPES = [
  Sector,
  Instrument,
  Guidance,
  Department,
  Programme,
  PartnerAgency,
  Ngo,
  SocialPartner,
  Topic,
  Country,
  Region,
  Objective,
  Meeting,
  Document,
  Person,
  FieldOffice,
  Resolution,
  Register,
  Classification,
] as const;
