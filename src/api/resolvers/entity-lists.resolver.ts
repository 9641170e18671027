import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { EntityKind } from '../../domain/entity-kind.js';
import type { ApiContext } from '../shared/context.js';
import { EntityOrderEnum } from '../shared/enums.js';
import { connectionType, pageIds, withNodes } from '../shared/pagination.js';
import type { ClassType } from './relationship-fields.js';
import * as kinds from '../types/kinds.types.js';
import * as inputs from '../types/list-inputs.js';
import { listEntityIds } from '../services/entity-list.service.js';

interface EntityList {
  query: string;
  kind: EntityKind;
  type: ClassType;
  where: ClassType;
  what: string;
}

/** Every per-kind list query: `sectors`, `instruments`, ... as Relay connections. */
const LISTS: EntityList[] = [
  { query: 'sectors', kind: 'Sector', type: kinds.Sector, where: inputs.SectorWhere, what: 'sector' },
  {
    query: 'instruments',
    kind: 'Instrument',
    type: kinds.Instrument,
    where: inputs.InstrumentWhere,
    what: 'instrument',
  },
  {
    query: 'guidance',
    kind: 'Guidance',
    type: kinds.Guidance,
    where: inputs.GuidanceWhere,
    what: 'code of practice or guideline',
  },
  {
    query: 'departments',
    kind: 'Department',
    type: kinds.Department,
    where: inputs.DepartmentWhere,
    what: 'department',
  },
  {
    query: 'programmes',
    kind: 'Programme',
    type: kinds.Programme,
    where: inputs.ProgrammeWhere,
    what: 'programme',
  },
  {
    query: 'partnerAgencies',
    kind: 'PartnerAgency',
    type: kinds.PartnerAgency,
    where: inputs.PartnerAgencyWhere,
    what: 'partner agency',
  },
  { query: 'ngos', kind: 'Ngo', type: kinds.Ngo, where: inputs.NgoWhere, what: 'NGO' },
  {
    query: 'socialPartners',
    kind: 'SocialPartner',
    type: kinds.SocialPartner,
    where: inputs.SocialPartnerWhere,
    what: 'social partner',
  },
  { query: 'topics', kind: 'Topic', type: kinds.Topic, where: inputs.EntityWhere, what: 'topic' },
  { query: 'countries', kind: 'Country', type: kinds.Country, where: inputs.CountryWhere, what: 'country' },
  { query: 'regions', kind: 'Region', type: kinds.Region, where: inputs.EntityWhere, what: 'region' },
  {
    query: 'objectives',
    kind: 'Objective',
    type: kinds.Objective,
    where: inputs.ObjectiveWhere,
    what: 'objective',
  },
  { query: 'meetings', kind: 'Meeting', type: kinds.Meeting, where: inputs.MeetingWhere, what: 'meeting' },
  {
    query: 'documents',
    kind: 'Document',
    type: kinds.Document,
    where: inputs.DocumentWhere,
    what: 'document',
  },
  { query: 'persons', kind: 'Person', type: kinds.Person, where: inputs.EntityWhere, what: 'person' },
  {
    query: 'fieldOffices',
    kind: 'FieldOffice',
    type: kinds.FieldOffice,
    where: inputs.FieldOfficeWhere,
    what: 'field office',
  },
  {
    query: 'resolutions',
    kind: 'Resolution',
    type: kinds.Resolution,
    where: inputs.ResolutionWhere,
    what: 'resolution',
  },
  {
    query: 'registers',
    kind: 'Register',
    type: kinds.Register,
    where: inputs.RegisterWhere,
    what: 'register',
  },
  {
    query: 'classifications',
    kind: 'Classification',
    type: kinds.Classification,
    where: inputs.EntityWhere,
    what: 'classification',
  },
];

function listResolver(list: EntityList): new () => object {
  const Connection = connectionType(list.kind, list.type, list.what);

  @Resolver()
  class EntityListResolver {
    @Query(() => Connection, {
      name: list.query,
      description: `The ${list.what}s, filtered, ordered and paged (Relay).`,
    })
    async list(
      @Ctx() ctx: ApiContext,
      @Arg('where', () => list.where, { nullable: true, description: 'Filters; all given ones must hold.' })
      where: object | undefined,
      @Arg('orderBy', () => EntityOrderEnum, {
        nullable: true,
        defaultValue: EntityOrderEnum.NAME_ASC,
        description: 'Order (ties by id).',
      })
      orderBy: EntityOrderEnum,
      @Arg('first', () => Int, {
        nullable: true,
        defaultValue: 20,
        description: 'Page size (0 to the configured maximum, default 100).',
      })
      first: number,
      @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
      after: string | undefined,
    ) {
      // An explicit null means the default order.
      const order = orderBy ?? EntityOrderEnum.NAME_ASC;
      const ids = await listEntityIds(ctx.store, list.kind, where, order);
      const page = pageIds(
        ids,
        { name: list.query, args: { where, order } },
        first,
        after,
        ctx.limits.maxPageSize,
      );
      return withNodes(page, (ids) => ctx.loaders.entity.loadMany(ids));
    }
  }
  Object.defineProperty(EntityListResolver, 'name', { value: `${list.kind}ListResolver` });
  return EntityListResolver;
}

export const ENTITY_LIST_RESOLVERS = LISTS.map(listResolver);
