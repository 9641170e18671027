import { Field, ID, InputType, Int } from 'type-graphql';

/** Filters every entity list takes. All given filters must hold (AND). */
@InputType({ description: 'Filters every entity list takes; all given filters must hold.' })
export class EntityWhere {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Name, acronym or an alias contains this text (case-insensitive).',
  })
  nameContains?: string;
}

@InputType({ description: 'Filters for sectors.' })
export class SectorWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'Sector grouping.' })
  cluster?: string;
}

@InputType({ description: 'Filters for instruments.' })
export class InstrumentWhere extends EntityWhere {
  @Field(() => String, {
    nullable: true,
    description: 'Convention, Recommendation, Protocol, Declaration...',
  })
  instrumentType?: string;

  @Field(() => String, { nullable: true, description: 'fundamental, governance or technical.' })
  category?: string;

  @Field(() => String, { nullable: true, description: 'NORMLEX status, e.g. up-to-date.' })
  status?: string;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or later.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or earlier.' })
  yearTo?: number;
}

@InputType({ description: 'Filters for codes of practice and guidelines.' })
export class GuidanceWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'code of practice, guidelines, manual...' })
  guidanceType?: string;

  @Field(() => Int, { nullable: true, description: 'In this year or later.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'In this year or earlier.' })
  yearTo?: number;
}

@InputType({ description: 'Filters for departments.' })
export class DepartmentWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'department, bureau, branch, organ...' })
  unitType?: string;
}

@InputType({ description: 'Filters for programmes.' })
export class ProgrammeWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'InFocus programme, action programme...' })
  programmeType?: string;

  @Field(() => Int, { nullable: true, description: 'Started in this year or later.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Started in this year or earlier.' })
  yearTo?: number;
}

@InputType({ description: 'Filters for partner agencies.' })
export class PartnerAgencyWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'e.g. "UN specialized agency".' })
  agencyType?: string;
}

@InputType({ description: 'Filters for NGOs.' })
export class NgoWhere extends EntityWhere {
  @Field(() => String, {
    nullable: true,
    description: 'general, regional, special-list, ilc-invitee or unknown.',
  })
  consultativeStatus?: string;
}

@InputType({ description: 'Filters for social partners.' })
export class SocialPartnerWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'workers or employers.' })
  side?: string;
}

@InputType({ description: 'Filters for countries.' })
export class CountryWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'ILO region, e.g. Africa.' })
  region?: string;
}

@InputType({ description: 'Filters for objectives.' })
export class ObjectiveWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'strategic or operational.' })
  level?: string;
}

@InputType({ description: 'Filters for meetings.' })
export class MeetingWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'conference, committee, tripartite meeting...' })
  meetingType?: string;

  @Field(() => Int, { nullable: true, description: 'In this year or later.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'In this year or earlier.' })
  yearTo?: number;
}

@InputType({ description: 'Filters for documents.' })
export class DocumentWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'Governing Body paper, web page, reference table...' })
  documentKind?: string;
}

@InputType({ description: 'Filters for field offices and teams.' })
export class FieldOfficeWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'regional office, area office, team, specialists...' })
  unitType?: string;
}

@InputType({ description: 'Filters for resolutions.' })
export class ResolutionWhere extends EntityWhere {
  @Field(() => Int, { nullable: true, description: 'Adopted in this year or later.' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Adopted in this year or earlier.' })
  yearTo?: number;
}

@InputType({ description: 'Filters for lists and registers.' })
export class RegisterWhere extends EntityWhere {
  @Field(() => String, { nullable: true, description: 'list, status or database.' })
  registerType?: string;
}
