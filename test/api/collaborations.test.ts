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
const FISHING_SHIPPING = 'sector:shipping-ports-fisheries-inland-waterways';
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
    expect(idsOf(fao.sectors)).toEqual([AGRICULTURE, FISHING_SHIPPING].sort());
    expect(idsOf(fao.partners)).toEqual(['agency:FAO']);
    // footnote 4 names no ILO unit, so the collaboration has no ILO party but the ILO itself.
    expect(idsOf(fao.iloParties)).toEqual([]);
  });

  it('IMO works with the ILO on fishing and shipping', async () => {
    const imo = cited(await withPartner('agency:IMO'), '002#fn4', [/IMO/, /fishing and shipping/]);
    expect(idsOf(imo.sectors)).toEqual([FISHING_SHIPPING]);
    expect(idsOf(imo.partners)).toEqual(['agency:IMO']);
  });

  it('UNESCO works with the ILO on the education sector', async () => {
    const unesco = cited(await withPartner('agency:UNESCO'), '002#fn4', [/UNESCO/, /education/]);
    expect(idsOf(unesco.sectors)).toEqual(['sector:education']);
  });

  it('the Universal Postal Union works with the ILO on the postal sector', async () => {
    const upu = cited(await withPartner('agency:UPU'), '002#fn4', [/Universal Postal Union/, /postal/]);
    expect(idsOf(upu.sectors)).toEqual(['sector:postal-and-telecommunications-services']);
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
      { where: { sector: FISHING_SHIPPING }, filters: [['ON_SECTOR', FISHING_SHIPPING]] },
      {
        where: { partner: 'agency:FAO', sector: FISHING_SHIPPING },
        filters: [
          ['HAS_PARTNER', 'agency:FAO'],
          ['ON_SECTOR', FISHING_SHIPPING],
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
    expect(expectedIds([['ON_SECTOR', FISHING_SHIPPING]]).length).toBeGreaterThan(
      expectedIds([
        ['HAS_PARTNER', 'agency:FAO'],
        ['ON_SECTOR', FISHING_SHIPPING],
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

  it('an unknown partner id gives an empty list, not an error', async () => {
    const result = await page({ partner: 'agency:NOPE' });
    expect(result.totalCount).toBe(0);
    expect(result.edges).toEqual([]);
    expect(result.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor from another filter, and a page size above the limit, with BAD_USER_INPUT', async () => {
    const first = await page({ sector: FISHING_SHIPPING }, 1);
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
    const second = await page({ sector: FISHING_SHIPPING }, 1, first.pageInfo.endCursor);
    expect(second.edges[0]?.node.id).not.toBe(first.edges[0]?.node.id);
  });
});
