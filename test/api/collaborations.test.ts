import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RelationType } from '../../src/domain/relation-type.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/test-server.js';

interface ApiCollaboration {
  id: string;
  name: string;
  since: number | null;
  partners: { id: string }[];
  iloParties: { id: string }[];
  sectors: { id: string }[];
  topics: { id: string }[];
  sources: {
    passage: string;
    quote: string;
    confidence: string;
    passageText: string | null;
    document: { id: string } | null;
  }[];
}

interface CollaborationPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: ApiCollaboration }[];
}

const QUERY = `query($where: CollaborationWhere, $first: Int! = 20, $after: String) {
  collaborations(where: $where, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      id name since
      partners { id } iloParties { id } sectors { id } topics { id }
      sources { passage quote confidence passageText document { id } }
    } }
  }
}`;

const AGRICULTURE = 'sector:agriculture-plantations-other-rural-sectors';
/** Fishing and shipping are parts of one reference sector ("Shipping; ports; fisheries; inland waterways"). */
const FISHERIES = 'sector:fisheries';
const SHIPPING = 'sector:shipping';
const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const idsOf = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('collaborations: who cooperates with the ILO on what, with evidence', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const page = async (where: Record<string, string> | null, first = 100, after: string | null = null) =>
    (await server.data<{ collaborations: CollaborationPage }>(QUERY, { where, first, after })).collaborations;
  const withPartner = async (partner: string) => (await page({ partner })).edges.map((e) => e.node);

  /** The collaborations the dataset links to every given participant by the given role. */
  const expectedIds = (filters: [RelationType, string][]) =>
    server.dataset.entities
      .filter((e) => e.kind === 'Collaboration')
      .filter((c) =>
        filters.every(([type, to]) =>
          server.dataset.links.some((l) => l.from === c.id && l.type === type && l.to === to),
        ),
      )
      .map((c) => c.id)
      .sort();

  /** The one collaboration of a partner whose sources cite `passage`, checked to quote what the document says. */
  function cited(collaborations: ApiCollaboration[], passage: string, words: RegExp[]): ApiCollaboration {
    const found = collaborations.filter((c) => c.sources.some((s) => s.passage === passage));
    expect(found.length, `a collaboration citing ${passage}`).toBe(1);
    const collaboration = found[0]!;
    const source = collaboration.sources.find((s) => s.passage === passage)!;
    expect(source.confidence).toBe('CONFIRMED');
    expect(source.document?.id).toBe(`document:${passage.split('#')[0]}`);
    expect(foldSpace(source.passageText ?? '')).toContain(foldSpace(source.quote));
    for (const word of words) expect(source.quote).toMatch(word);
    return collaboration;
  }

  it('FAO works with the ILO on agriculture and fishing, as footnote 4 of document 002 says', async () => {
    const fao = cited(await withPartner('agency:FAO'), '002#fn4', [/FAO/, /agriculture/, /fishing/]);
    // Fishing, not the whole reference sector: FAO's work is not about ports or shipping.
    expect(idsOf(fao.sectors)).toEqual([AGRICULTURE, FISHERIES].sort());
    expect(idsOf(fao.partners)).toEqual(['agency:FAO']);
    // footnote 4 names no ILO unit, so the collaboration has no ILO party but the ILO itself.
    expect(idsOf(fao.iloParties)).toEqual([]);
  });

  it('IMO works with the ILO on fishing and shipping', async () => {
    const imo = cited(await withPartner('agency:IMO'), '002#fn4', [/IMO/, /fishing and shipping/]);
    expect(idsOf(imo.sectors)).toEqual([FISHERIES, SHIPPING].sort());
    expect(idsOf(imo.partners)).toEqual(['agency:IMO']);
  });

  it('UNESCO works with the ILO on the education sector', async () => {
    const unesco = cited(await withPartner('agency:UNESCO'), '002#fn4', [/UNESCO/, /education/]);
    expect(idsOf(unesco.sectors)).toEqual(['sector:education']);
  });

  it('the Universal Postal Union works with the ILO on the postal sector', async () => {
    const upu = cited(await withPartner('agency:UPU'), '002#fn4', [/Universal Postal Union/, /postal/]);
    // The postal sector the footnote names, not telecommunications with it.
    expect(idsOf(upu.sectors)).toEqual(['sector:postal-services']);
  });

  it('WHO and IOM work together with the ILO on migration in health services', async () => {
    const viaWho = cited(await withPartner('agency:WHO'), '002#fn4', [
      /WHO/,
      /IOM/,
      /migration/,
      /health services/,
    ]);
    expect(idsOf(viaWho.partners)).toEqual(['agency:IOM', 'agency:WHO']);
    expect(idsOf(viaWho.sectors)).toEqual(['sector:health-services']);
    expect(idsOf(viaWho.topics)).toEqual(['topic:migration']);
    // The same single collaboration is found from either partner.
    const viaIom = cited(await withPartner('agency:IOM'), '002#fn4', [/IOM/]);
    expect(viaIom.id).toBe(viaWho.id);
  });

  it('IFC works with the ILO through the Better Work programme, on global supply chains', async () => {
    const betterWork = cited(await withPartner('agency:IFC'), '000#better-work-programme', [
      /International Finance Corporation/,
      /Better Work/,
    ]);
    expect(idsOf(betterWork.iloParties)).toEqual(['programme:better-work']);
    expect(idsOf(betterWork.topics)).toContain('topic:supply-chains');
  });

  it('every partner filter returns exactly the collaborations the dataset gives that partner, as PartnerAgency.collaborations does', async () => {
    const agencies = await server.data<{
      partnerAgencies: { edges: { node: { id: string; collaborations: { id: string }[] } }[] };
    }>(`{ partnerAgencies(first: 100) { edges { node { id collaborations { id } } } } }`);
    let withAny = 0;
    for (const { node } of agencies.partnerAgencies.edges) {
      const listed = idsOf(await withPartner(node.id));
      expect(listed, node.id).toEqual(expectedIds([['HAS_PARTNER', node.id]]));
      expect(listed, node.id).toEqual(idsOf(node.collaborations));
      if (listed.length > 0) withAny++;
    }
    expect(withAny).toBeGreaterThanOrEqual(6);
  });

  it('combines filters with AND', async () => {
    const cases: { where: Record<string, string>; filters: [RelationType, string][] }[] = [
      { where: { sector: FISHERIES }, filters: [['ON_SECTOR', FISHERIES]] },
      {
        where: { partner: 'agency:FAO', sector: FISHERIES },
        filters: [
          ['HAS_PARTNER', 'agency:FAO'],
          ['ON_SECTOR', FISHERIES],
        ],
      },
      {
        where: { partner: 'agency:IMO', sector: 'sector:education' },
        filters: [
          ['HAS_PARTNER', 'agency:IMO'],
          ['ON_SECTOR', 'sector:education'],
        ],
      },
      {
        where: { sector: 'sector:health-services', topic: 'topic:migration' },
        filters: [
          ['ON_SECTOR', 'sector:health-services'],
          ['ON_TOPIC', 'topic:migration'],
        ],
      },
      {
        where: { department: 'department:sector', partner: 'agency:UNESCO' },
        filters: [
          ['HAS_ILO_PARTY', 'department:sector'],
          ['HAS_PARTNER', 'agency:UNESCO'],
        ],
      },
      {
        where: { programme: 'programme:better-work' },
        filters: [['HAS_ILO_PARTY', 'programme:better-work']],
      },
      { where: { department: 'department:sector' }, filters: [['HAS_ILO_PARTY', 'department:sector']] },
    ];
    for (const { where, filters } of cases) {
      const got = (await page(where)).edges.map((e) => e.node.id).sort();
      expect(got, JSON.stringify(where)).toEqual(expectedIds(filters));
    }
    // The cases are not trivial: one filter alone finds more than the combination, and one combination is empty.
    expect(expectedIds([['ON_SECTOR', FISHERIES]]).length).toBeGreaterThan(
      expectedIds([
        ['HAS_PARTNER', 'agency:FAO'],
        ['ON_SECTOR', FISHERIES],
      ]).length,
    );
    expect(
      expectedIds([
        ['HAS_PARTNER', 'agency:IMO'],
        ['ON_SECTOR', 'sector:education'],
      ]),
    ).toEqual([]);
  });

  it('pages through every collaboration once, ordered by start year (undated last), then id', async () => {
    const all = server.dataset.entities.filter((e) => e.kind === 'Collaboration');
    const seen: ApiCollaboration[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current = await page(null, 5, after);
      pages++;
      expect(current.totalCount).toBe(all.length);
      expect(current.pageInfo.hasPreviousPage).toBe(pages > 1);
      seen.push(...current.edges.map((e) => e.node));
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 5));
    expect(seen.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
    const key = (c: ApiCollaboration) => [c.since ?? Number.MAX_SAFE_INTEGER, c.id] as const;
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [key(seen[i - 1]!), key(seen[i]!)];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]), `${seen[i - 1]!.id} before ${seen[i]!.id}`).toBe(
        true,
      );
    }
    const dated = all.filter((c) => typeof c.since === 'number');
    expect(dated.length).toBeGreaterThan(0);
    expect(seen[0]!.since).toBe(Math.min(...dated.map((c) => c.since!)));
  });

  it('an unknown id in any filter answers NOT_FOUND naming the argument and the id', async () => {
    const cases: [string, string][] = [
      ['partner', 'FAO'], // the acronym, not the id agency:FAO
      ['partner', 'agency:NOPE'],
      ['sector', 'sector:nope'],
      ['topic', 'topic:nope'],
      ['programme', 'programme:nope'],
      ['department', 'department:nope'],
      ['country', 'country:XX'],
    ];
    for (const [field, id] of cases) {
      const result = await server.gql(QUERY, { where: { sector: FISHERIES, [field]: id } });
      const error = result.errors?.[0];
      expect(error?.extensions?.code, `${field}: ${id}`).toBe('NOT_FOUND');
      expect(error?.extensions?.id).toBe(id);
      expect(error?.extensions?.argument).toBe(`where.${field}`);
      expect(error?.message).toContain(`"${id}"`);
      expect(error?.message).toContain(`where.${field}`);
      expect(result.data ?? null).toBeNull();
    }
  });

  it('an id of the wrong kind answers BAD_USER_INPUT saying which kind the filter takes', async () => {
    const result = await server.gql(QUERY, { where: { programme: 'department:sector' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.argument).toBe('where.programme');
    expect(result.errors?.[0]?.message).toBe(
      'where.programme must be a Programme id; department:sector is a Department.',
    );
    const cases: [string, string, RegExp][] = [
      [
        'department',
        'programme:better-work',
        /where\.department must be a Department id; programme:better-work is a Programme/,
      ],
      [
        'partner',
        'sector:education',
        /where\.partner must be a PartnerAgency, Ngo or SocialPartner id; sector:education is a Sector/,
      ],
      ['sector', 'agency:FAO', /where\.sector must be a Sector id; agency:FAO is a PartnerAgency/],
      ['topic', 'sector:education', /where\.topic must be a Topic id/],
      ['country', 'topic:migration', /where\.country must be a Country id/],
      ['partner', 'collaboration:fao-agriculture-fishing', /is a Collaboration/],
    ];
    for (const [field, id, message] of cases) {
      const wrong = await server.gql(QUERY, { where: { [field]: id } });
      expect(wrong.errors?.[0]?.extensions?.code, `${field}: ${id}`).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.extensions?.argument).toBe(`where.${field}`);
      expect(wrong.errors?.[0]?.message).toMatch(message);
    }
  });

  it("a department's collaborations include those of its units (departments and programmes PART_OF it, at any depth)", async () => {
    const unitsOf = (department: string): Set<string> => {
      const units = new Set([department]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const l of server.dataset.links)
          if (l.type === 'PART_OF' && units.has(l.to) && !units.has(l.from)) {
            const kind = server.dataset.entities.find((e) => e.id === l.from)?.kind;
            if (kind === 'Department' || kind === 'Programme') {
              units.add(l.from);
              grew = true;
            }
          }
      }
      return units;
    };
    const withParty = (parties: Set<string>) =>
      [
        ...new Set(
          server.dataset.links
            .filter((l) => l.type === 'HAS_ILO_PARTY' && parties.has(l.to))
            .map((l) => l.from),
        ),
      ].sort();

    const sdSector = 'department:social-dialogue-sector';
    const units = unitsOf(sdSector);
    // SECTOR, DIALOGUE, LAB/ADMIN and Better Work belong to the Social Dialogue Sector.
    expect([...units]).toEqual(
      expect.arrayContaining(['department:sector', 'department:dialogue', 'programme:better-work']),
    );
    const got = (await page({ department: sdSector })).edges.map((e) => e.node.id).sort();
    expect(got).toEqual(withParty(units));
    // Better Work is part of it: the IFC collaboration on Better Work is one of the sector's.
    expect(got).toContain('collaboration:better-work');
    expect(got.length).toBeGreaterThan(withParty(new Set([sdSector])).length);

    // Two levels down: SECTOR and the field specialists belong to the larger sector through its parts.
    const wide = 'department:social-dialogue-labour-law-labour-administration-and-sectoral-activities';
    expect((await page({ department: wide })).edges.map((e) => e.node.id).sort()).toEqual(
      withParty(unitsOf(wide)),
    );
    // Combined with another filter: still AND.
    const ifc = await page({ department: sdSector, partner: 'agency:IFC' });
    expect(ifc.edges.map((e) => e.node.id)).toEqual(['collaboration:better-work']);
    for (const partner of ['agency:FAO', 'agency:IMO', 'agency:WHO']) {
      const both = withParty(units).filter((c) => expectedIds([['HAS_PARTNER', partner]]).includes(c));
      const combined = await page({ department: sdSector, partner });
      expect(combined.edges.map((e) => e.node.id).sort(), partner).toEqual(both);
    }
  });

  it('refuses a cursor from another filter, and a page size above the limit, with BAD_USER_INPUT', async () => {
    const first = await page({ sector: FISHERIES }, 1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const bad = (result: GraphQLResponse) => {
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    };
    bad(
      await server.gql(QUERY, {
        where: { sector: 'sector:education' },
        first: 1,
        after: first.pageInfo.endCursor,
      }),
    );
    bad(await server.gql(QUERY, { where: null, first: 101 }));
    bad(await server.gql(QUERY, { where: null, first: -1 }));
    // The same filter accepts it.
    const second = await page({ sector: FISHERIES }, 1, first.pageInfo.endCursor);
    expect(second.edges[0]?.node.id).not.toBe(first.edges[0]?.node.id);
  });
});
