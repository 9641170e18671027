import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Citation, LinkRecord } from '../../src/domain/dataset.js';
import type { NodeKind } from '../../src/domain/entity-kind.js';
import type { RelationType } from '../../src/domain/relation-type.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** The list query of each kind (and of collaborations). */
const LIST_QUERY: Record<NodeKind, string> = {
  Sector: 'sectors',
  Instrument: 'instruments',
  Guidance: 'guidance',
  Department: 'departments',
  Programme: 'programmes',
  PartnerAgency: 'partnerAgencies',
  Ngo: 'ngos',
  SocialPartner: 'socialPartners',
  Topic: 'topics',
  Country: 'countries',
  Region: 'regions',
  Objective: 'objectives',
  Meeting: 'meetings',
  Document: 'documents',
  Person: 'persons',
  FieldOffice: 'fieldOffices',
  Resolution: 'resolutions',
  Register: 'registers',
  Classification: 'classifications',
  Collaboration: 'collaborations',
};

/**
 * What each typed relationship field means, as the schema documents it: the stored links it
 * follows (type, direction from the owner, kinds at the other end), or the collaboration roles
 * it goes through. The expected contents come from the dataset's links, never from the API.
 */
type FieldSpec =
  | { owner: NodeKind; field: string; types: RelationType[]; dir: 'out' | 'in'; kinds: NodeKind[] }
  | { owner: NodeKind; field: string; role: RelationType; targetRole: RelationType; kinds: NodeKind[] };

const ILO_PARTIES: NodeKind[] = ['Department', 'Programme'];
const PARTNERS: NodeKind[] = ['PartnerAgency', 'Ngo', 'SocialPartner'];
const STANDARDS: NodeKind[] = ['Instrument', 'Guidance'];
/** What programmes and departments promote, and organs and meetings adopt: standards, guidance, resolutions. */
const PROMOTABLE: NodeKind[] = ['Instrument', 'Guidance', 'Resolution'];
const UNITS: NodeKind[] = ['Department', 'Programme', 'FieldOffice'];

const FIELDS: FieldSpec[] = [
  { owner: 'Sector', field: 'instruments', types: ['APPLIES_TO'], dir: 'in', kinds: ['Instrument'] },
  { owner: 'Sector', field: 'guidance', types: ['APPLIES_TO'], dir: 'in', kinds: ['Guidance'] },
  { owner: 'Sector', field: 'programmes', types: ['TARGETS'], dir: 'in', kinds: ['Programme'] },
  { owner: 'Sector', field: 'departments', types: ['TARGETS'], dir: 'in', kinds: ['Department'] },
  { owner: 'Sector', field: 'collaborations', types: ['ON_SECTOR'], dir: 'in', kinds: ['Collaboration'] },
  { owner: 'Sector', field: 'meetings', types: ['ADDRESSES', 'TARGETS'], dir: 'in', kinds: ['Meeting'] },
  {
    owner: 'Sector',
    field: 'partners',
    role: 'ON_SECTOR',
    targetRole: 'HAS_PARTNER',
    kinds: ['PartnerAgency'],
  },
  { owner: 'Instrument', field: 'sectors', types: ['APPLIES_TO'], dir: 'out', kinds: ['Sector'] },
  { owner: 'Instrument', field: 'promotedBy', types: ['PROMOTES'], dir: 'in', kinds: ILO_PARTIES },
  { owner: 'Instrument', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Instrument', field: 'revises', types: ['REVISES'], dir: 'out', kinds: ['Instrument'] },
  { owner: 'Instrument', field: 'revisedBy', types: ['REVISES'], dir: 'in', kinds: ['Instrument'] },
  { owner: 'Instrument', field: 'adoptedAt', types: ['ADOPTED_AT'], dir: 'out', kinds: ['Meeting'] },
  { owner: 'Instrument', field: 'adoptedBy', types: ['ADOPTED_AT'], dir: 'out', kinds: ['Department'] },
  { owner: 'Guidance', field: 'sectors', types: ['APPLIES_TO'], dir: 'out', kinds: ['Sector'] },
  { owner: 'Guidance', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Guidance', field: 'adoptedAt', types: ['ADOPTED_AT'], dir: 'out', kinds: ['Meeting'] },
  { owner: 'Guidance', field: 'promotedBy', types: ['PROMOTES'], dir: 'in', kinds: ILO_PARTIES },
  { owner: 'Department', field: 'programmes', types: ['RUNS'], dir: 'out', kinds: ['Programme'] },
  { owner: 'Department', field: 'partOf', types: ['PART_OF'], dir: 'out', kinds: UNITS },
  { owner: 'Department', field: 'units', types: ['PART_OF'], dir: 'in', kinds: UNITS },
  { owner: 'Department', field: 'sectors', types: ['TARGETS'], dir: 'out', kinds: ['Sector'] },
  { owner: 'Department', field: 'instruments', types: ['PROMOTES'], dir: 'out', kinds: PROMOTABLE },
  { owner: 'Department', field: 'objectives', types: ['CONTRIBUTES_TO'], dir: 'out', kinds: ['Objective'] },
  { owner: 'Department', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Department', field: 'adopted', types: ['ADOPTED_AT'], dir: 'in', kinds: PROMOTABLE },
  {
    owner: 'Department',
    field: 'collaborations',
    types: ['HAS_ILO_PARTY'],
    dir: 'in',
    kinds: ['Collaboration'],
  },
  {
    owner: 'Department',
    field: 'partners',
    role: 'HAS_ILO_PARTY',
    targetRole: 'HAS_PARTNER',
    kinds: PARTNERS,
  },
  { owner: 'Programme', field: 'departments', types: ['RUNS'], dir: 'in', kinds: ['Department'] },
  { owner: 'Programme', field: 'sectors', types: ['TARGETS'], dir: 'out', kinds: ['Sector'] },
  { owner: 'Programme', field: 'countries', types: ['ACTIVE_IN'], dir: 'out', kinds: ['Country'] },
  { owner: 'Programme', field: 'regions', types: ['ACTIVE_IN'], dir: 'out', kinds: ['Region'] },
  { owner: 'Programme', field: 'instruments', types: ['PROMOTES'], dir: 'out', kinds: PROMOTABLE },
  { owner: 'Programme', field: 'objectives', types: ['CONTRIBUTES_TO'], dir: 'out', kinds: ['Objective'] },
  { owner: 'Programme', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Programme', field: 'partOf', types: ['PART_OF'], dir: 'out', kinds: ILO_PARTIES },
  { owner: 'Programme', field: 'parts', types: ['PART_OF'], dir: 'in', kinds: ['Programme'] },
  {
    owner: 'Programme',
    field: 'collaborations',
    types: ['HAS_ILO_PARTY'],
    dir: 'in',
    kinds: ['Collaboration'],
  },
  {
    owner: 'Programme',
    field: 'partners',
    role: 'HAS_ILO_PARTY',
    targetRole: 'HAS_PARTNER',
    kinds: PARTNERS,
  },
  {
    owner: 'PartnerAgency',
    field: 'collaborations',
    types: ['HAS_PARTNER'],
    dir: 'in',
    kinds: ['Collaboration'],
  },
  {
    owner: 'PartnerAgency',
    field: 'sectors',
    role: 'HAS_PARTNER',
    targetRole: 'ON_SECTOR',
    kinds: ['Sector'],
  },
  { owner: 'PartnerAgency', field: 'topics', role: 'HAS_PARTNER', targetRole: 'ON_TOPIC', kinds: ['Topic'] },
  {
    owner: 'PartnerAgency',
    field: 'iloParties',
    role: 'HAS_PARTNER',
    targetRole: 'HAS_ILO_PARTY',
    kinds: ILO_PARTIES,
  },
  { owner: 'Ngo', field: 'collaborations', types: ['HAS_PARTNER'], dir: 'in', kinds: ['Collaboration'] },
  {
    owner: 'SocialPartner',
    field: 'collaborations',
    types: ['HAS_PARTNER'],
    dir: 'in',
    kinds: ['Collaboration'],
  },
  { owner: 'SocialPartner', field: 'meetings', types: ['PARTICIPATES_IN'], dir: 'out', kinds: ['Meeting'] },
  { owner: 'SocialPartner', field: 'organs', types: ['PARTICIPATES_IN'], dir: 'out', kinds: ['Department'] },
  { owner: 'Department', field: 'participants', types: ['PARTICIPATES_IN'], dir: 'in', kinds: PARTNERS },
  { owner: 'Topic', field: 'instruments', types: ['ADDRESSES'], dir: 'in', kinds: STANDARDS },
  { owner: 'Topic', field: 'programmes', types: ['ADDRESSES'], dir: 'in', kinds: ['Programme'] },
  { owner: 'Topic', field: 'collaborations', types: ['ON_TOPIC'], dir: 'in', kinds: ['Collaboration'] },
  { owner: 'Country', field: 'programmes', types: ['ACTIVE_IN'], dir: 'in', kinds: ['Programme'] },
  { owner: 'Country', field: 'collaborations', types: ['IN_COUNTRY'], dir: 'in', kinds: ['Collaboration'] },
  { owner: 'Country', field: 'regions', types: ['PART_OF'], dir: 'out', kinds: ['Region'] },
  { owner: 'Region', field: 'countries', types: ['PART_OF'], dir: 'in', kinds: ['Country'] },
  { owner: 'Region', field: 'programmes', types: ['ACTIVE_IN'], dir: 'in', kinds: ['Programme'] },
  { owner: 'Region', field: 'meetings', types: ['LOCATED_IN'], dir: 'in', kinds: ['Meeting'] },
  { owner: 'Region', field: 'guidance', types: ['INTENDED_FOR'], dir: 'in', kinds: ['Guidance'] },
  { owner: 'Objective', field: 'programmes', types: ['CONTRIBUTES_TO'], dir: 'in', kinds: ILO_PARTIES },
  { owner: 'Objective', field: 'operationalObjectives', types: ['PART_OF'], dir: 'in', kinds: ['Objective'] },
  { owner: 'Meeting', field: 'adopted', types: ['ADOPTED_AT'], dir: 'in', kinds: PROMOTABLE },
  { owner: 'Meeting', field: 'sectors', types: ['TARGETS'], dir: 'out', kinds: ['Sector'] },
  {
    owner: 'Meeting',
    field: 'organisedBy',
    types: ['ORGANISES'],
    dir: 'in',
    kinds: ['Department', 'PartnerAgency'],
  },
  {
    owner: 'Document',
    field: 'issuedBy',
    types: ['ISSUED_BY'],
    dir: 'out',
    kinds: ['Department', 'PartnerAgency', 'Meeting'],
  },
  { owner: 'Collaboration', field: 'partners', types: ['HAS_PARTNER'], dir: 'out', kinds: PARTNERS },
  { owner: 'Collaboration', field: 'iloParties', types: ['HAS_ILO_PARTY'], dir: 'out', kinds: ILO_PARTIES },
  { owner: 'Collaboration', field: 'sectors', types: ['ON_SECTOR'], dir: 'out', kinds: ['Sector'] },
  { owner: 'Collaboration', field: 'topics', types: ['ON_TOPIC'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Collaboration', field: 'countries', types: ['IN_COUNTRY'], dir: 'out', kinds: ['Country'] },
  { owner: 'Collaboration', field: 'objectives', types: ['FOR_OBJECTIVE'], dir: 'out', kinds: ['Objective'] },
  // Topics placed in sectors, sectors within sectors, classifications
  { owner: 'Topic', field: 'sectors', types: ['CONCENTRATED_IN'], dir: 'out', kinds: ['Sector'] },
  { owner: 'Sector', field: 'topics', types: ['CONCENTRATED_IN'], dir: 'in', kinds: ['Topic'] },
  { owner: 'Topic', field: 'resolutions', types: ['ADDRESSES'], dir: 'in', kinds: ['Resolution'] },
  {
    owner: 'Topic',
    field: 'classifications',
    types: ['CLASSIFIED_IN'],
    dir: 'out',
    kinds: ['Classification'],
  },
  { owner: 'Sector', field: 'parts', types: ['PART_OF'], dir: 'in', kinds: ['Sector'] },
  {
    owner: 'Sector',
    field: 'classifications',
    types: ['CLASSIFIED_IN'],
    dir: 'out',
    kinds: ['Classification'],
  },
  // Objectives, their indicators' instruments and the collaborations serving them
  {
    owner: 'Objective',
    field: 'instruments',
    types: ['TRACKS'],
    dir: 'out',
    kinds: ['Instrument', 'Resolution'],
  },
  { owner: 'Instrument', field: 'trackedBy', types: ['TRACKS'], dir: 'in', kinds: ['Objective'] },
  {
    owner: 'Objective',
    field: 'collaborations',
    types: ['FOR_OBJECTIVE'],
    dir: 'in',
    kinds: ['Collaboration'],
  },
  {
    owner: 'Objective',
    field: 'partners',
    role: 'FOR_OBJECTIVE',
    targetRole: 'HAS_PARTNER',
    kinds: PARTNERS,
  },
  {
    owner: 'PartnerAgency',
    field: 'objectives',
    role: 'HAS_PARTNER',
    targetRole: 'FOR_OBJECTIVE',
    kinds: ['Objective'],
  },
  // Units over time, people, lists
  { owner: 'Department', field: 'precededBy', types: ['SUCCEEDED_BY'], dir: 'in', kinds: ['Department'] },
  { owner: 'Department', field: 'people', types: ['SERVES_IN'], dir: 'in', kinds: ['Person'] },
  {
    owner: 'Department',
    field: 'maintains',
    types: ['MAINTAINS'],
    dir: 'out',
    kinds: ['Register', 'Classification'],
  },
  {
    owner: 'Person',
    field: 'servesIn',
    types: ['SERVES_IN'],
    dir: 'out',
    kinds: ['Department', 'FieldOffice', 'PartnerAgency'],
  },
  { owner: 'FieldOffice', field: 'partOf', types: ['PART_OF'], dir: 'out', kinds: UNITS },
  { owner: 'FieldOffice', field: 'units', types: ['PART_OF'], dir: 'in', kinds: ['FieldOffice'] },
  { owner: 'FieldOffice', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'FieldOffice', field: 'people', types: ['SERVES_IN'], dir: 'in', kinds: ['Person'] },
  { owner: 'Resolution', field: 'adoptedAt', types: ['ADOPTED_AT'], dir: 'out', kinds: ['Meeting'] },
  { owner: 'Resolution', field: 'adoptedBy', types: ['ADOPTED_AT'], dir: 'out', kinds: ['Department'] },
  { owner: 'Resolution', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Resolution', field: 'promotedBy', types: ['PROMOTES'], dir: 'in', kinds: ILO_PARTIES },
  { owner: 'Resolution', field: 'trackedBy', types: ['TRACKS'], dir: 'in', kinds: ['Objective'] },
  { owner: 'Register', field: 'members', types: ['LISTED_IN'], dir: 'in', kinds: PARTNERS },
  {
    owner: 'Register',
    field: 'maintainedBy',
    types: ['MAINTAINS'],
    dir: 'in',
    kinds: ['Department', 'Programme', 'PartnerAgency'],
  },
  {
    owner: 'Register',
    field: 'classifications',
    types: ['CLASSIFIED_IN'],
    dir: 'out',
    kinds: ['Classification'],
  },
  { owner: 'Register', field: 'topics', types: ['ADDRESSES'], dir: 'out', kinds: ['Topic'] },
  { owner: 'Ngo', field: 'registers', types: ['LISTED_IN'], dir: 'out', kinds: ['Register'] },
  { owner: 'SocialPartner', field: 'registers', types: ['LISTED_IN'], dir: 'out', kinds: ['Register'] },
  {
    owner: 'Classification',
    field: 'members',
    types: ['CLASSIFIED_IN'],
    dir: 'in',
    kinds: ['Sector', 'Topic', 'Register', 'Instrument'],
  },
  {
    owner: 'Classification',
    field: 'maintainedBy',
    types: ['MAINTAINS'],
    dir: 'in',
    kinds: ['Department', 'Programme', 'PartnerAgency'],
  },
];

const CONFIDENCE_ENUM: Record<string, string> = {
  confirmed: 'CONFIRMED',
  unconfirmed: 'UNCONFIRMED',
  editorial: 'EDITORIAL',
  'source-dated': 'SOURCE_DATED',
};

interface ApiCitation {
  passage: string;
  quote: string;
  confidence: string;
  passageText: string | null;
  document: { id: string } | null;
}

interface NeighbourResult {
  relation: string;
  direction: string;
  entity: { id: string; kind: string; name: string };
  sources: ApiCitation[];
}

const CITATION = 'passage quote confidence passageText document { id }';
const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
const kindEnum = (kind: string) => kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

describe('relationship fields, neighbours and citations agree with the knowledge base', () => {
  let server: TestServer;
  let kindOf: Map<string, NodeKind>;
  let links: LinkRecord[];

  /** Every node of a list query (all kinds have well under 100 entities), with the given selection. */
  async function all<T extends { id: string }>(kind: NodeKind, selection: string, first = 100): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        list: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await server.data(
        `query($first: Int!, $after: String) { list: ${LIST_QUERY[kind]}(first: $first, after: $after) {
          edges { node { id ${selection} } } pageInfo { hasNextPage endCursor } } }`,
        { first, after },
      );
      nodes.push(...data.list.edges.map((e) => e.node));
      if (!data.list.pageInfo.hasNextPage) return nodes;
      after = data.list.pageInfo.endCursor;
    }
  }

  /** What the dataset says a field of `id` must hold. */
  function expected(spec: FieldSpec, id: string): string[] {
    if ('types' in spec) {
      const found = links.filter((l) =>
        spec.dir === 'out'
          ? l.from === id && spec.types.includes(l.type) && spec.kinds.includes(kindOf.get(l.to)!)
          : l.to === id && spec.types.includes(l.type) && spec.kinds.includes(kindOf.get(l.from)!),
      );
      return sorted(found.map((l) => (spec.dir === 'out' ? l.to : l.from)));
    }
    const collaborations = links.filter((l) => l.type === spec.role && l.to === id).map((l) => l.from);
    const targets = links.filter(
      (l) =>
        collaborations.includes(l.from) &&
        l.type === spec.targetRole &&
        l.to !== id &&
        spec.kinds.includes(kindOf.get(l.to)!),
    );
    return sorted(targets.map((l) => l.to));
  }

  beforeAll(async () => {
    server = await startTestServer();
    kindOf = new Map(server.dataset.entities.map((e) => [e.id, e.kind]));
    links = server.dataset.links;
  });
  afterAll(() => server.close());

  describe('typed relationship fields', () => {
    const owners = [...new Set(FIELDS.map((f) => f.owner))];

    it.each(owners)('every %s field lists exactly the entities the dataset links to it', async (owner) => {
      const specs = FIELDS.filter((f) => f.owner === owner);
      const nodes = await all<Record<string, unknown> & { id: string }>(
        owner,
        specs.map((s) => `${s.field} { id }`).join(' '),
      );
      expect(nodes.length).toBe(server.dataset.entities.filter((e) => e.kind === owner).length);
      for (const node of nodes) {
        for (const spec of specs) {
          const got = (node[spec.field] as { id: string }[]).map((x) => x.id);
          expect(new Set(got).size, `${node.id}.${spec.field} has duplicates`).toBe(got.length);
          expect(sorted(got), `${node.id}.${spec.field}`).toEqual(expected(spec, node.id));
        }
      }
    });

    it('the fields checked are not all empty: the knowledge base exercises most of them', async () => {
      const exercised = FIELDS.filter((spec) =>
        server.dataset.entities.some((e) => e.kind === spec.owner && expected(spec, e.id).length > 0),
      );
      expect(exercised.length).toBeGreaterThan(FIELDS.length * 0.8);
    });

    it('for every APPLIES_TO link Instrument → Sector, the sector lists the instrument and the instrument the sector', async () => {
      const applies = links.filter((l) => l.type === 'APPLIES_TO' && kindOf.get(l.from) === 'Instrument');
      expect(applies.length).toBeGreaterThan(0);
      const sectors = new Map(
        (await all<{ id: string; instruments: { id: string }[] }>('Sector', 'instruments { id }')).map(
          (s) => [s.id, s.instruments.map((i) => i.id)],
        ),
      );
      const instruments = new Map(
        (await all<{ id: string; sectors: { id: string }[] }>('Instrument', 'sectors { id }')).map((i) => [
          i.id,
          i.sectors.map((s) => s.id),
        ]),
      );
      for (const link of applies) {
        expect(sectors.get(link.to), `${link.to}.instruments`).toContain(link.from);
        expect(instruments.get(link.from), `${link.from}.sectors`).toContain(link.to);
      }
    });

    it('Programme.department is the department that runs it (first by name), or null when none does', async () => {
      const programmes = await all<{
        id: string;
        department: { id: string; name: string } | null;
        departments: { id: string; name: string }[];
      }>('Programme', 'department { id name } departments { id name }');
      let withDepartment = 0;
      for (const p of programmes) {
        const runners = links.filter((l) => l.type === 'RUNS' && l.to === p.id).map((l) => l.from);
        if (runners.length === 0) {
          expect(p.department, p.id).toBeNull();
        } else {
          withDepartment++;
          expect(runners, p.id).toContain(p.department?.id);
          const names = p.departments.map((d) => d.name).sort((a, b) => a.localeCompare(b));
          expect(p.department?.name).toBe(names[0]);
        }
      }
      expect(withDepartment).toBeGreaterThan(0);
    });

    it('operational objectives belong to the strategic objective of their code, and are listed by it', async () => {
      const objectives = await all<{
        id: string;
        code: string | null;
        level: string | null;
        partOf: { id: string; code: string | null } | null;
        operationalObjectives: { id: string; code: string | null }[];
      }>('Objective', 'code level partOf { id code } operationalObjectives { id code }');
      const strategic = objectives.filter((o) => o.level === 'strategic');
      const operational = objectives.filter((o) => o.level === 'operational');
      expect(strategic.length).toBe(4);
      expect(operational.length).toBeGreaterThan(strategic.length);
      for (const o of operational) {
        // Operational objective 3b belongs to strategic objective 3.
        expect(o.partOf?.code, o.id).toBe(o.code?.replace(/[a-z]+$/, ''));
        expect(o.operationalObjectives).toEqual([]);
      }
      for (const s of strategic) {
        expect(s.partOf).toBeNull();
        const own = operational.filter((o) => o.partOf?.id === s.id).map((o) => o.id);
        expect(sorted(s.operationalObjectives.map((o) => o.id))).toEqual(sorted(own));
        expect(s.operationalObjectives.every((o) => o.code?.startsWith(s.code ?? '?'))).toBe(true);
      }
    });

    it('agriculture has FAO among its partner agencies, through the FAO collaboration', async () => {
      const data = await server.data<{
        entity: {
          partners: { id: string; acronym: string | null }[];
          collaborations: { id: string; partners: { id: string }[] }[];
        };
      }>(`{ entity(id: "sector:agriculture-plantations-other-rural-sectors") { ... on Sector {
        partners { id acronym } collaborations { id partners { id } } } } }`);
      expect(data.entity.partners.map((p) => p.acronym)).toContain('FAO');
      const viaFao = data.entity.collaborations.filter((c) => c.partners.some((p) => p.id === 'agency:FAO'));
      expect(viaFao.length).toBeGreaterThan(0);
    });

    it("a partner agency's collaborations each name it among their partners", async () => {
      const agencies = await all<{
        id: string;
        collaborations: { id: string; partners: { id: string }[] }[];
      }>('PartnerAgency', 'collaborations { id partners { id } }');
      const fao = agencies.find((a) => a.id === 'agency:FAO')!;
      expect(fao.collaborations.map((c) => c.id)).toContain('collaboration:fao-agriculture-fishing');
      for (const agency of agencies) {
        for (const c of agency.collaborations)
          expect(
            c.partners.map((p) => p.id),
            c.id,
          ).toContain(agency.id);
      }
    });
  });

  describe('Entity.neighbours', () => {
    const SAMPLE = [
      'sector:agriculture-plantations-other-rural-sectors',
      'programme:sectoral-activities-programme',
      'instrument:C182',
      'department:sector',
      'topic:social-dialogue',
      'objective:3b',
    ];

    /** The dataset's links touching an entity whose other end is an entity (collaborations are not). */
    const linksOf = (id: string) =>
      links
        .filter((l) => l.from === id || l.to === id)
        .map((l) => ({
          link: l,
          other: l.from === id ? l.to : l.from,
          direction: l.from === id ? 'OUT' : 'IN',
        }))
        .filter((x) => kindOf.get(x.other) !== 'Collaboration');

    const neighbours = async (id: string, args = '') =>
      (
        await server.data<{ entity: { neighbours: NeighbourResult[] } }>(
          `query($id: ID!) { entity(id: $id) { neighbours(first: 100 ${args}) {
            relation direction entity { id kind name } sources { ${CITATION} } } } }`,
          { id },
        )
      ).entity.neighbours;

    const key = (n: { relation: string; direction: string; id: string }) =>
      `${n.direction} ${n.relation} ${n.id}`;

    it.each(SAMPLE)(
      '%s has one neighbour per stored link, with its relation, direction and sources',
      async (id) => {
        const expectedLinks = linksOf(id);
        expect(expectedLinks.length).toBeGreaterThan(0);
        const all = await neighbours(id);
        // Neighbours reached through a collaboration are checked in neighbours.test.ts.
        const got = all.filter((n) => n.direction !== 'VIA_COLLABORATION');
        expect(got.map((n) => key({ ...n, id: n.entity.id })).sort()).toEqual(
          expectedLinks
            .map((x) => key({ relation: x.link.type, direction: x.direction, id: x.other }))
            .sort(),
        );
        for (const n of got) {
          const { link } = expectedLinks.find((x) => x.other === n.entity.id && x.link.type === n.relation)!;
          if (link.sources.length > 0)
            expect(n.sources.length, `${id} ${n.relation} ${n.entity.id}`).toBeGreaterThan(0);
          expect(n.sources.map((s) => [s.passage, s.quote, s.confidence])).toEqual(
            link.sources.map((s) => [s.passage, s.quote, CONFIDENCE_ENUM[s.confidence]]),
          );
        }
        // Ordered by name, character by character (the order the store's ORDER BY gives).
        const names = all.map((n) => n.entity.name);
        expect(names).toEqual([...names].sort());
      },
    );

    it('direction OUT and IN split the neighbours by which way the stored link points', async () => {
      const id = 'department:social-dialogue-sector';
      const outIds = (await neighbours(id, ', direction: OUT')).map(
        (n) => `${n.relation} ${n.entity.id} ${n.direction}`,
      );
      const inIds = (await neighbours(id, ', direction: IN')).map(
        (n) => `${n.relation} ${n.entity.id} ${n.direction}`,
      );
      const expectedLinks = linksOf(id);
      expect(outIds.sort()).toEqual(
        expectedLinks
          .filter((x) => x.direction === 'OUT')
          .map((x) => `${x.link.type} ${x.other} OUT`)
          .sort(),
      );
      expect(inIds.sort()).toEqual(
        expectedLinks
          .filter((x) => x.direction === 'IN')
          .map((x) => `${x.link.type} ${x.other} IN`)
          .sort(),
      );
      expect(outIds.length).toBeGreaterThan(0);
      expect(inIds.length).toBeGreaterThan(0);
    });

    it('kinds keeps only neighbours of those kinds', async () => {
      const id = 'programme:sectoral-activities-programme';
      const got = await neighbours(id, ', kinds: [SECTOR, TOPIC]');
      const want = linksOf(id).filter((x) => ['Sector', 'Topic'].includes(kindOf.get(x.other)!));
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(linksOf(id).length);
      expect(got.map((n) => n.entity.id).sort()).toEqual(want.map((x) => x.other).sort());
      expect(new Set(got.map((n) => n.entity.kind))).toEqual(new Set(['SECTOR', 'TOPIC']));
    });

    it('relation keeps only links of that type', async () => {
      const id = 'programme:sectoral-activities-programme';
      const got = await neighbours(id, ', relation: "TARGETS"');
      const want = linksOf(id).filter((x) => x.link.type === 'TARGETS');
      expect(want.length).toBeGreaterThan(0);
      expect(got.map((n) => n.entity.id).sort()).toEqual(want.map((x) => x.other).sort());
      expect(got.every((n) => n.relation === 'TARGETS')).toBe(true);
    });

    it('an unknown relation is refused with BAD_USER_INPUT', async () => {
      const result = await server.gql(
        `{ entity(id: "department:sector") { neighbours(relation: "FRIENDS_WITH") { relation } } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('FRIENDS_WITH');
    });

    it('first limits the number of neighbours', async () => {
      const got = await neighbours('programme:sectoral-activities-programme');
      const firstThree = (
        await server.data<{ entity: { neighbours: { entity: { id: string } }[] } }>(
          `{ entity(id: "programme:sectoral-activities-programme") { neighbours(first: 3) { entity { id } } } }`,
        )
      ).entity.neighbours;
      expect(firstThree.map((n) => n.entity.id)).toEqual(got.slice(0, 3).map((n) => n.entity.id));
    });
  });

  describe('documents and citations', () => {
    it('Document.passages are the passages of the document, in reading order', async () => {
      const documents = await all<{
        id: string;
        passages: { id: string; label: string; ordinal: number; text: string }[];
      }>('Document', 'passages { id label ordinal text }', 10);
      let withPassages = 0;
      for (const doc of documents) {
        const want = server.dataset.passages
          .filter((p) => p.documentId === doc.id)
          .sort((a, b) => a.ordinal - b.ordinal);
        if (want.length > 0) withPassages++;
        expect(
          doc.passages.map((p) => p.id),
          doc.id,
        ).toEqual(want.map((p) => p.id));
        expect(doc.passages.map((p) => p.text)).toEqual(want.map((p) => p.text));
        const ordinals = doc.passages.map((p) => p.ordinal);
        for (let i = 1; i < ordinals.length; i++) expect(ordinals[i]!).toBeGreaterThan(ordinals[i - 1]!);
      }
      expect(withPassages).toBeGreaterThanOrEqual(5);
      // Footnotes keep their labels: 002#fn4 is passage fn4 of document 002.
      const fn4 = documents.flatMap((d) => d.passages).find((p) => p.id === '002#fn4');
      expect(fn4?.label).toBe('fn4');
    });

    it('every citation of every entity, collaboration and relationship names its document and passage, and its quote is in the passage text', async () => {
      const passageDoc = new Map(server.dataset.passages.map((p) => [p.id, p.documentId]));
      const citations: { where: string; citation: ApiCitation }[] = [];
      for (const kind of Object.keys(LIST_QUERY) as NodeKind[]) {
        const nodes = await all<{ id: string; sources: ApiCitation[]; neighbours?: NeighbourResult[] }>(
          kind,
          kind === 'Collaboration'
            ? `sources { ${CITATION} }`
            : `sources { ${CITATION} } neighbours(direction: OUT, first: 100) { relation direction entity { id kind name } sources { ${CITATION} } }`,
          4,
        );
        for (const node of nodes) {
          for (const c of node.sources) citations.push({ where: node.id, citation: c });
          for (const n of node.neighbours ?? [])
            for (const c of n.sources)
              citations.push({ where: `${node.id} ${n.relation} ${n.entity.id}`, citation: c });
        }
      }
      const datasetCount =
        server.dataset.entities.reduce((n, e) => n + e.sources.length, 0) +
        links.filter((l) => kindOf.get(l.from) !== 'Collaboration').reduce((n, l) => n + l.sources.length, 0);
      expect(citations.length).toBe(datasetCount);
      for (const { where, citation } of citations) {
        expect(citation.document?.id, `${where}: ${citation.passage}`).toBe(passageDoc.get(citation.passage));
        expect(citation.passageText, `${where}: ${citation.passage}`).toBeTruthy();
        expect(citation.quote.length).toBeGreaterThan(0);
        expect(foldSpace(citation.passageText!), `${where}: "${citation.quote}"`).toContain(
          foldSpace(citation.quote),
        );
      }
    });

    it('citations from collaboration roles (HAS_PARTNER...) also resolve to their passage', async () => {
      const data = await server.data<{
        collaborations: { edges: { node: { id: string; sources: ApiCitation[] } }[] };
      }>(`{ collaborations(first: 100) { edges { node { id sources { ${CITATION} } } } } }`);
      const fao = data.collaborations.edges.find(
        (e) => e.node.id === 'collaboration:fao-agriculture-fishing',
      )!.node;
      expect(fao.sources.map((s) => s.passage)).toContain('002#fn4');
      const cited = fao.sources.find((s) => s.passage === '002#fn4')!;
      expect(cited.document?.id).toBe('document:002');
      expect(foldSpace(cited.passageText!)).toContain(foldSpace(cited.quote));
    });

    it('an instrument status from an unconfirmed or weak reference source reads UNCONFIRMED, a sourced one CONFIRMED', async () => {
      // The reference table itself says how each status is sourced (status_source column).
      const tsv = await readFile(new URL('../../seed/reference/instruments.tsv', import.meta.url), 'utf8');
      const [header, ...rows] = tsv
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t'));
      const col = (name: string) => header!.indexOf(name);
      const instruments = new Map(
        (
          await all<{ id: string; confidence: string; sources: ApiCitation[] }>(
            'Instrument',
            `confidence sources { ${CITATION} }`,
          )
        ).map((i) => [i.id, i]),
      );
      let unconfirmed = 0;
      let confirmed = 0;
      for (const row of rows) {
        const code = row[col('code')]!;
        const instrument = instruments.get(`instrument:${code}`);
        if (!instrument) continue;
        const status = instrument.sources.find(
          (s) => s.passage === `ref-instruments#${code}` && s.quote.startsWith('status'),
        );
        expect(status, `status citation of ${code}`).toBeDefined();
        expect(status!.document?.id).toBe('document:ref-instruments');
        // `unconfirmed`, or a source seed/reference/README.md calls weak (C184: Swedish Wikipedia; C107's
        // "outdated" label: Wikipedia mirrors).
        const source = row[col('status_source')]!;
        if (source === 'unconfirmed' || /wikipedia|\(weak\)/iu.test(source)) {
          unconfirmed++;
          expect(status!.confidence, code).toBe('UNCONFIRMED');
          // One unconfirmed fact makes the whole entity read UNCONFIRMED.
          expect(instrument.confidence, code).toBe('UNCONFIRMED');
        } else {
          confirmed++;
          expect(status!.confidence, code).toBe('CONFIRMED');
        }
      }
      expect(unconfirmed).toBeGreaterThan(0);
      expect(confirmed).toBeGreaterThan(0);
    });

    it("an entity's confidence is the weakest of its citations", async () => {
      const order = ['UNCONFIRMED', 'SOURCE_DATED', 'EDITORIAL', 'CONFIRMED'];
      for (const kind of ['Sector', 'Ngo', 'Country', 'PartnerAgency'] as const) {
        const nodes = await all<{
          id: string;
          kind: string;
          confidence: string;
          sources: { confidence: string }[];
        }>(kind, 'kind confidence sources { confidence }');
        for (const node of nodes) {
          expect(node.kind).toBe(kindEnum(kind));
          const weakest =
            node.sources.length === 0
              ? 'NONE'
              : order.find((c) => node.sources.some((s) => s.confidence === c));
          expect(node.confidence, node.id).toBe(weakest);
          const record = server.dataset.entities.find((e) => e.id === node.id)!;
          expect(node.sources.map((s) => s.confidence)).toEqual(
            record.sources.map((s: Citation) => CONFIDENCE_ENUM[s.confidence]),
          );
        }
      }
    });
  });
});
