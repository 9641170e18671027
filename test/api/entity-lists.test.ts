import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EntityRecord } from '../../src/domain/dataset.js';
import { ENTITY_KINDS, type EntityKind } from '../../src/domain/entity-kind.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/test-server.js';

/** Every per-kind list query, the kind it lists and the type of its `where` argument. */
const LISTS: { query: string; kind: EntityKind; where: string }[] = [
  { query: 'sectors', kind: 'Sector', where: 'SectorWhere' },
  { query: 'instruments', kind: 'Instrument', where: 'InstrumentWhere' },
  { query: 'guidance', kind: 'Guidance', where: 'GuidanceWhere' },
  { query: 'departments', kind: 'Department', where: 'DepartmentWhere' },
  { query: 'programmes', kind: 'Programme', where: 'ProgrammeWhere' },
  { query: 'partnerAgencies', kind: 'PartnerAgency', where: 'PartnerAgencyWhere' },
  { query: 'ngos', kind: 'Ngo', where: 'NgoWhere' },
  { query: 'socialPartners', kind: 'SocialPartner', where: 'SocialPartnerWhere' },
  { query: 'topics', kind: 'Topic', where: 'EntityWhere' },
  { query: 'countries', kind: 'Country', where: 'CountryWhere' },
  { query: 'regions', kind: 'Region', where: 'EntityWhere' },
  { query: 'objectives', kind: 'Objective', where: 'ObjectiveWhere' },
  { query: 'meetings', kind: 'Meeting', where: 'MeetingWhere' },
  { query: 'documents', kind: 'Document', where: 'DocumentWhere' },
  { query: 'persons', kind: 'Person', where: 'EntityWhere' },
  { query: 'fieldOffices', kind: 'FieldOffice', where: 'FieldOfficeWhere' },
  { query: 'resolutions', kind: 'Resolution', where: 'ResolutionWhere' },
  { query: 'registers', kind: 'Register', where: 'RegisterWhere' },
  { query: 'classifications', kind: 'Classification', where: 'EntityWhere' },
];

const listOf = (query: string) => LISTS.find((l) => l.query === query)!;

interface ListNode {
  id: string;
  name: string;
  kind: string;
  year?: number | null;
}

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: ListNode }[];
}

interface ListArgs {
  where?: Record<string, unknown>;
  orderBy?: string;
  first?: number;
  after?: string | null;
}

/** The kinds whose nodes have a `year`. */
const DATED: readonly EntityKind[] = ['Instrument', 'Guidance', 'Programme', 'Meeting'];

function listQuery(list: { query: string; kind: EntityKind; where: string }): string {
  return `query List($where: ${list.where}, $orderBy: EntityOrder! = NAME_ASC, $first: Int! = 20, $after: String) {
    page: ${list.query}(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node {
        id name kind
        ${DATED.includes(list.kind) ? `... on ${list.kind} { year }` : ''}
      } }
    }
  }`;
}

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const sorted = (ids: Iterable<string>) => [...ids].sort();
const fold = (text: string | null | undefined) => (text ?? '').toLowerCase();

describe('per-kind entity lists (Relay connections)', () => {
  let server: TestServer;
  const ofKind = (kind: EntityKind): EntityRecord[] => server.dataset.entities.filter((e) => e.kind === kind);

  const page = async (query: string, args: ListArgs = {}): Promise<Page> =>
    (await server.data<{ page: Page }>(listQuery(listOf(query)), { ...args })).page;

  /** Every node of a list, walking all pages of `first` items. */
  async function walk(
    query: string,
    args: ListArgs & { first: number },
  ): Promise<{ nodes: ListNode[]; pages: Page[] }> {
    const pages: Page[] = [];
    let after: string | null = null;
    for (;;) {
      const current = await page(query, { ...args, after });
      pages.push(current);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
      expect(pages.length).toBeLessThan(100); // never loop forever on a broken hasNextPage
    }
    return { nodes: pages.flatMap((p) => p.edges.map((e) => e.node)), pages };
  }

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('has a list for every entity kind, so the walks below cover them all', () => {
    expect(sorted(LISTS.map((l) => l.kind))).toEqual(sorted(ENTITY_KINDS));
  });

  describe.each(LISTS)('$query', ({ query, kind }) => {
    it(`counts as many ${kind} entities as the knowledge base holds`, async () => {
      const expected = ofKind(kind).length;
      expect(expected).toBeGreaterThan(0);
      const result = await page(query, { first: 1 });
      expect(result.totalCount).toBe(expected);
      expect(result.edges.map((e) => e.node.kind)).toEqual([kindEnum(kind)]);
    });

    it('visits every id exactly once when walking all pages with first/after', async () => {
      const { nodes, pages } = await walk(query, { first: 7 });
      const ids = nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sorted(ids)).toEqual(sorted(ofKind(kind).map((e) => e.id)));
      // Page info tells the truth on every page.
      pages.forEach((p, i) => {
        expect(p.totalCount).toBe(ids.length);
        expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
        expect(p.pageInfo.hasNextPage).toBe(i < pages.length - 1);
        expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
        expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      });
    });
  });

  describe('filters return exactly the matching entities', () => {
    it('instruments with category "fundamental" are the fundamental Conventions of the knowledge base', async () => {
      const expected = ofKind('Instrument').filter((e) => e.category === 'fundamental');
      expect(expected.length).toBeGreaterThan(0);
      const { nodes } = await walk('instruments', { first: 100, where: { category: 'fundamental' } });
      expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
    });

    it.each([
      ['instruments', 'Instrument', 1950, 1999],
      ['instruments', 'Instrument', 2000, undefined],
      ['instruments', 'Instrument', undefined, 1949],
      ['guidance', 'Guidance', 2005, 2005],
      ['meetings', 'Meeting', 1999, 2001],
      ['programmes', 'Programme', 1990, 2010],
    ] as const)(
      '%s with yearFrom %s and yearTo %s are those dated in that range',
      async (query, kind, yearFrom, yearTo) => {
        const expected = ofKind(kind).filter(
          (e) =>
            typeof e.year === 'number' &&
            (yearFrom === undefined || e.year >= yearFrom) &&
            (yearTo === undefined || e.year <= yearTo),
        );
        expect(expected.length).toBeGreaterThan(0);
        // The range really filters: some entities of the kind fall outside it.
        expect(expected.length).toBeLessThan(ofKind(kind).length);
        const { nodes } = await walk(query, { first: 100, where: { yearFrom, yearTo } });
        expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
      },
    );

    const nameMatches = (e: EntityRecord, text: string) =>
      [e.name, e.acronym, ...(e.aliases ?? [])].some((field) => fold(field).includes(fold(text)));

    it.each([
      ['programmes', 'Programme', 'ipec'], // acronym and aliases, other case
      ['partnerAgencies', 'PartnerAgency', 'WORLD'],
      ['instruments', 'Instrument', 'LaBoUr InSpEcTiOn'],
      ['instruments', 'Instrument', 'multifibre'], // only in an alias
      ['programmes', 'Programme', 'safework'],
      ['topics', 'Topic', 'labour migration'], // only in an alias
      ['departments', 'Department', 'sectoral activities branch'], // only in an alias
    ] as const)(
      '%s whose name, acronym or an alias contains "%s" (any case) are exactly those',
      async (query, kind, text) => {
        const expected = ofKind(kind).filter((e) => nameMatches(e, text));
        expect(expected.length).toBeGreaterThan(0);
        const { nodes } = await walk(query, { first: 100, where: { nameContains: text } });
        expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
      },
    );

    it('nameContains also finds entities through an alias alone', async () => {
      // Guards the probes above: at least one entity matches only through an alias.
      const aliasOnly = server.dataset.entities.filter(
        (e) =>
          !fold(e.name).includes('multifibre') &&
          !fold(e.acronym).includes('multifibre') &&
          nameMatches(e, 'multifibre'),
      );
      expect(aliasOnly.map((e) => e.id)).toContain('instrument:multi-fibre-arrangement');
      const { nodes } = await walk('instruments', { first: 100, where: { nameContains: 'MULTIFIBRE' } });
      expect(nodes.map((n) => n.id)).toContain('instrument:multi-fibre-arrangement');
    });

    it('ids keeps only the given ids of the listed kind, ignoring other kinds and unknown ids', async () => {
      const sectors = ofKind('Sector')
        .slice(0, 3)
        .map((e) => e.id);
      const other = ofKind('Topic')[0]!.id;
      const { nodes } = await walk('sectors', {
        first: 100,
        where: { ids: [...sectors, other, 'sector:no-such-sector'] },
      });
      expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(sectors));
    });

    it('an empty ids list gives an empty list', async () => {
      const result = await page('sectors', { where: { ids: [] } });
      expect(result.totalCount).toBe(0);
      expect(result.edges).toEqual([]);
      expect(result.pageInfo.hasNextPage).toBe(false);
    });

    it('ngos with consultativeStatus "special-list" are the NGOs on the ILO Special List', async () => {
      const expected = ofKind('Ngo').filter((e) => e.consultativeStatus === 'special-list');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(ofKind('Ngo').length);
      const { nodes } = await walk('ngos', { first: 100, where: { consultativeStatus: 'special-list' } });
      expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
    });

    it.each(['Africa', 'Europe and Central Asia', 'Americas'])(
      'countries in the region "%s" are those of the knowledge base',
      async (region) => {
        const expected = ofKind('Country').filter((e) => e.region === region);
        expect(expected.length).toBeGreaterThan(0);
        const { nodes } = await walk('countries', { first: 100, where: { region } });
        expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
      },
    );

    it('combines filters with AND', async () => {
      const expected = ofKind('Instrument').filter(
        (e) => e.category === 'fundamental' && typeof e.year === 'number' && e.year >= 1950,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(
        ofKind('Instrument').filter((e) => e.category === 'fundamental').length,
      );
      const { nodes } = await walk('instruments', {
        first: 100,
        where: { category: 'fundamental', yearFrom: 1950 },
      });
      expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
    });

    it('pages a filtered list with totalCount counting the filtered items', async () => {
      const expected = ofKind('Ngo').filter((e) => e.consultativeStatus === 'special-list');
      const { nodes, pages } = await walk('ngos', {
        first: 3,
        where: { consultativeStatus: 'special-list' },
      });
      expect(pages.length).toBe(Math.ceil(expected.length / 3));
      expect(pages.every((p) => p.totalCount === expected.length)).toBe(true);
      expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((e) => e.id)));
    });
  });

  describe('orderBy', () => {
    const collator = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

    it('NAME_ASC (the default) lists names A to Z', async () => {
      const { nodes } = await walk('topics', { first: 100 });
      for (let i = 1; i < nodes.length; i++)
        expect(collator(nodes[i - 1]!.name, nodes[i]!.name)).toBeLessThanOrEqual(0);
    });

    it.each(LISTS.map((l) => l.query))('NAME_DESC lists %s from Z to A', async (query) => {
      const { nodes } = await walk(query, { first: 100, orderBy: 'NAME_DESC' });
      expect(nodes.length).toBe(ofKind(listOf(query).kind).length);
      for (let i = 1; i < nodes.length; i++)
        expect(collator(nodes[i - 1]!.name, nodes[i]!.name)).toBeGreaterThanOrEqual(0);
      const asc = (await walk(query, { first: 100, orderBy: 'NAME_ASC' })).nodes.map((n) => n.name);
      expect(nodes.map((n) => n.name)).toEqual([...asc].reverse());
    });

    const yearLists = ['instruments', 'guidance', 'meetings', 'programmes'] as const;

    it.each(yearLists)('YEAR_ASC lists %s oldest first, entities without a year last', async (query) => {
      const kind = listOf(query).kind;
      const undated = ofKind(kind).filter((e) => typeof e.year !== 'number').length;
      expect(undated).toBeGreaterThan(0); // the dataset exercises "without a year last"
      const { nodes } = await walk(query, { first: 100, orderBy: 'YEAR_ASC' });
      const years = nodes.map((n) => n.year ?? null);
      const dated = years.filter((y): y is number => y !== null);
      expect(years).toEqual([...dated, ...Array<null>(undated).fill(null)]);
      expect(dated).toEqual([...dated].sort((a, b) => a - b));
      // The years are the entities' own.
      for (const n of nodes)
        expect(n.year ?? null).toBe(ofKind(kind).find((e) => e.id === n.id)!.year ?? null);
    });

    it.each(yearLists)('YEAR_DESC lists %s newest first, entities without a year last', async (query) => {
      const kind = listOf(query).kind;
      const undated = ofKind(kind).filter((e) => typeof e.year !== 'number').length;
      const { nodes } = await walk(query, { first: 100, orderBy: 'YEAR_DESC' });
      const years = nodes.map((n) => n.year ?? null);
      const dated = years.filter((y): y is number => y !== null);
      expect(years).toEqual([...dated, ...Array<null>(undated).fill(null)]);
      expect(dated).toEqual([...dated].sort((a, b) => b - a));
    });

    it('keeps the same order across pages as in one page', async () => {
      const whole = (await walk('instruments', { first: 100, orderBy: 'YEAR_DESC' })).nodes.map((n) => n.id);
      const paged = (await walk('instruments', { first: 4, orderBy: 'YEAR_DESC' })).nodes.map((n) => n.id);
      expect(paged).toEqual(whole);
    });
  });

  describe('bad input is refused with BAD_USER_INPUT and no data', () => {
    const expectBadInput = (result: GraphQLResponse) => {
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    };
    const run = (query: string, args: ListArgs) => server.gql(listQuery(listOf(query)), { ...args });

    it('refuses a malformed cursor', async () => {
      expectBadInput(await run('sectors', { after: 'not-a-cursor' }));
      expectBadInput(await run('sectors', { after: Buffer.from('v1:short:3').toString('base64url') }));
    });

    it('refuses a real cursor with characters added or changed', async () => {
      const cursor = (await page('sectors', { first: 2 })).pageInfo.endCursor;
      expect(cursor).toBeTruthy();
      expectBadInput(await run('sectors', { after: `${cursor}!!!` }));
      expectBadInput(await run('sectors', { after: ` ${cursor}` }));
      expectBadInput(await run('sectors', { after: `${cursor}=` }));
    });

    it('refuses a cursor from another list', async () => {
      const sectors = await page('sectors', { first: 2 });
      expect(sectors.pageInfo.endCursor).toBeTruthy();
      expectBadInput(await run('instruments', { after: sectors.pageInfo.endCursor }));
    });

    it('refuses a cursor from the same list with another where or orderBy', async () => {
      const fundamental = await page('instruments', { first: 2, where: { category: 'fundamental' } });
      expectBadInput(await run('instruments', { after: fundamental.pageInfo.endCursor }));
      expectBadInput(
        await run('instruments', { after: fundamental.pageInfo.endCursor, where: { category: 'technical' } }),
      );
      expectBadInput(
        await run('instruments', {
          after: fundamental.pageInfo.endCursor,
          where: { category: 'fundamental' },
          orderBy: 'NAME_DESC',
        }),
      );
      // ...while the same arguments accept it.
      const next = await page('instruments', {
        after: fundamental.pageInfo.endCursor,
        where: { category: 'fundamental' },
        first: 2,
      });
      expect(next.pageInfo.hasPreviousPage).toBe(true);
    });

    it.each([101, -1])('refuses first = %i (0 to 100 allowed)', async (first) => {
      expectBadInput(await run('sectors', { first }));
    });

    it('accepts first = 0 and first = 100 (the bounds)', async () => {
      const none = await page('sectors', { first: 0 });
      expect(none.edges).toEqual([]);
      expect(none.totalCount).toBe(ofKind('Sector').length);
      expect(none.pageInfo.hasNextPage).toBe(true);
      const all = await page('topics', { first: 100 });
      expect(all.edges.length).toBe(ofKind('Topic').length);
    });

    it('refuses yearFrom after yearTo', async () => {
      expectBadInput(await run('instruments', { where: { yearFrom: 2000, yearTo: 1990 } }));
      expectBadInput(await run('meetings', { where: { yearFrom: 2001, yearTo: 2000 } }));
    });
  });
});

function kindEnum(kind: EntityKind): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
