import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Citation, EntityRecord, LinkRecord } from '../../src/domain/dataset.js';
import type { NodeKind } from '../../src/domain/entity-kind.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/test-server.js';

interface ApiNeighbour {
  relation: string;
  direction: string;
  entity: { id: string; kind: string; name: string };
  collaboration: { id: string } | null;
  sources: { passage: string; quote: string }[];
}

interface Expected {
  relation: string;
  direction: 'OUT' | 'IN' | 'VIA_COLLABORATION';
  other: string;
  via: string | null;
  sources: Citation[];
}

const SELECTION = 'relation direction entity { id kind name } collaboration { id } sources { passage quote }';
const kindEnum = (kind: string) => kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
const key = (n: { direction: string; relation: string; other: string; via: string | null }) =>
  `${n.direction} ${n.relation} ${n.other} ${n.via ?? '-'}`;
const keyOf = (n: ApiNeighbour) =>
  key({ direction: n.direction, relation: n.relation, other: n.entity.id, via: n.collaboration?.id ?? null });
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('Entity.neighbours reaches through collaborations, as commonNeighbours does', () => {
  let server: TestServer;
  let byId: Map<string, EntityRecord>;
  let links: LinkRecord[];
  const kindOf = (id: string): NodeKind => byId.get(id)!.kind;

  beforeAll(async () => {
    server = await startTestServer();
    byId = new Map(server.dataset.entities.map((e) => [e.id, e]));
    links = server.dataset.links;
  });
  afterAll(() => server.close());

  /** What the dataset says `id`'s neighbours are: its direct links to entities, and the other participants of its collaborations. */
  function expected(id: string): Expected[] {
    const result: Expected[] = [];
    for (const l of links) {
      if (l.from === id && kindOf(l.to) !== 'Collaboration')
        result.push({ relation: l.type, direction: 'OUT', other: l.to, via: null, sources: l.sources });
      if (l.to === id && kindOf(l.from) !== 'Collaboration')
        result.push({ relation: l.type, direction: 'IN', other: l.from, via: null, sources: l.sources });
    }
    const collaborations = new Set(
      links.filter((l) => l.to === id && kindOf(l.from) === 'Collaboration').map((l) => l.from),
    );
    for (const c of collaborations) {
      for (const role of links.filter((l) => l.from === c && l.to !== id)) {
        result.push({
          relation: role.type,
          direction: 'VIA_COLLABORATION',
          other: role.to,
          via: c,
          sources: byId.get(c)!.sources,
        });
      }
    }
    return result;
  }

  const neighbours = async (id: string, args = '') =>
    (
      await server.data<{ entity: { neighbours: ApiNeighbour[] } }>(
        `query($id: ID!) { entity(id: $id) { neighbours(first: 100 ${args}) { ${SELECTION} } } }`,
        { id },
      )
    ).entity.neighbours;

  it("FAO's neighbours are the sectors of its collaboration, with the collaboration and its sources", async () => {
    const got = await neighbours('agency:FAO');
    expect(got.length).toBeGreaterThan(0);
    const sectors = got.filter((n) => n.relation === 'ON_SECTOR');
    expect(sectors.map((n) => n.entity.id).sort()).toEqual([
      'sector:agriculture-plantations-other-rural-sectors',
      'sector:fisheries',
    ]);
    for (const n of sectors) {
      expect(n.direction).toBe('VIA_COLLABORATION');
      expect(n.collaboration?.id).toBe('collaboration:fao-agriculture-fishing');
      expect(n.sources.map((s) => s.passage)).toContain('002#fn4');
    }
    // Its ILO parties, if the collaboration names any, come the same way.
    expect(
      got
        .filter((n) => n.relation === 'HAS_ILO_PARTY')
        .map((n) => n.entity.id)
        .sort(),
    ).toEqual(
      expected('agency:FAO')
        .filter((w) => w.relation === 'HAS_ILO_PARTY')
        .map((w) => w.other)
        .sort(),
    );
  });

  it('every partner agency with collaborations has exactly the neighbours the dataset gives it', async () => {
    const agencies = server.dataset.entities.filter((e) => e.kind === 'PartnerAgency');
    let withCollaborations = 0;
    for (const agency of agencies) {
      const want = expected(agency.id);
      if (want.some((w) => w.direction === 'VIA_COLLABORATION')) withCollaborations++;
      const got = await neighbours(agency.id);
      expect(got.map(keyOf).sort(), agency.id).toEqual(want.map(key).sort());
      for (const n of got) {
        const w = want.find((x) => key(x) === keyOf(n))!;
        expect(n.sources, `${agency.id} ${keyOf(n)}`).toEqual(
          w.sources.map((s) => ({ passage: s.passage, quote: s.quote })),
        );
        expect(n.collaboration === null, keyOf(n)).toBe(n.direction !== 'VIA_COLLABORATION');
      }
      // Ordered by name, character by character (the order the store's ORDER BY gives).
      const names = got.map((n) => n.entity.name);
      expect(names).toEqual([...names].sort());
    }
    expect(withCollaborations).toBeGreaterThanOrEqual(6);
  });

  it('relation HAS_PARTNER gives the co-partners: IOM for WHO, through their migration collaboration', async () => {
    const got = await neighbours('agency:WHO', ', relation: "HAS_PARTNER"');
    expect(got.map((n) => [n.entity.id, n.direction, n.collaboration?.id])).toEqual([
      ['agency:IOM', 'VIA_COLLABORATION', 'collaboration:who-iom-migration-health-services'],
    ]);
  });

  it.each(['ON_SECTOR', 'ON_TOPIC', 'HAS_ILO_PARTY'])(
    'relation %s matches, through collaborations, what the dataset gives the partners',
    async (relation) => {
      let matched = 0;
      for (const agency of ['agency:FAO', 'agency:WHO', 'agency:IFC', 'agency:UNESCO']) {
        const got = await neighbours(agency, `, relation: "${relation}"`);
        const want = expected(agency).filter((w) => w.relation === relation);
        expect(got.map(keyOf).sort(), agency).toEqual(want.map(key).sort());
        matched += got.length;
      }
      expect(matched).toBeGreaterThan(0);
    },
  );

  it('the entities two partners share by commonNeighbours are those in both their neighbours', async () => {
    const pairs = [
      ['agency:FAO', 'agency:IMO'],
      ['agency:WHO', 'agency:IOM'],
      ['agency:FAO', 'agency:UNESCO'],
      ['sector:health-services', 'agency:WHO'],
    ];
    for (const ids of pairs) {
      const [a, b] = await Promise.all(
        ids.map(async (id) => new Set((await neighbours(id)).map((n) => n.entity.id))),
      );
      const both = [...a!].filter((x) => b!.has(x) && !ids.includes(x)).sort();
      const common = (
        await server.data<{ commonNeighbours: { id: string }[] }>(
          `query($ids: [ID!]!) { commonNeighbours(ids: $ids) { id } }`,
          { ids },
        )
      ).commonNeighbours.map((e) => e.id);
      expect(common.sort(), ids.join(' & ')).toEqual(both);
    }
  });

  it('direction VIA_COLLABORATION keeps only those, OUT and IN only direct links', async () => {
    const id = 'department:social-dialogue-sector';
    const want = expected(id);
    for (const direction of ['VIA_COLLABORATION', 'OUT', 'IN'] as const) {
      const got = await neighbours(id, `, direction: ${direction}`);
      const wanted = want.filter((w) => w.direction === direction);
      expect(wanted.length, direction).toBeGreaterThan(0);
      expect(got.map(keyOf).sort(), direction).toEqual(wanted.map(key).sort());
    }
  });

  it('kinds keeps only neighbours of those kinds, through collaborations too', async () => {
    const got = await neighbours('agency:FAO', ', kinds: [SECTOR]');
    expect(got.map((n) => n.entity.id).sort()).toEqual(
      expected('agency:FAO')
        .filter((w) => kindOf(w.other) === 'Sector')
        .map((w) => w.other)
        .sort(),
    );
    expect(got.every((n) => n.entity.kind === kindEnum('Sector'))).toBe(true);
  });

  it('first keeps the first neighbours of the full list', async () => {
    const all = await neighbours('agency:WHO');
    expect(all.length).toBeGreaterThan(2);
    const firstTwo = (
      await server.data<{ entity: { neighbours: ApiNeighbour[] } }>(
        `{ entity(id: "agency:WHO") { neighbours(first: 2) { ${SELECTION} } } }`,
      )
    ).entity.neighbours;
    expect(firstTwo.map(keyOf)).toEqual(all.slice(0, 2).map(keyOf));
  });

  it.each([
    ['HAS_PARTNER', 'OUT', /VIA_COLLABORATION/],
    ['ON_SECTOR', 'IN', /VIA_COLLABORATION/],
    ['TARGETS', 'VIA_COLLABORATION', /HAS_PARTNER, HAS_ILO_PARTY, ON_SECTOR, ON_TOPIC, IN_COUNTRY/],
  ])(
    'refuses relation %s with direction %s (it can never match) with BAD_USER_INPUT naming what is accepted',
    async (relation, direction, accepted) => {
      const result = await server.gql(
        `{ entity(id: "agency:FAO") { neighbours(relation: "${relation}", direction: ${direction}) { relation } } }`,
      );
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.argument).toBe('relation');
      expect(result.errors?.[0]?.message).toContain(relation);
      expect(result.errors?.[0]?.message).toMatch(accepted);
    },
  );

  it('costs one store query per kind of link, whatever the number of entities asked about', async () => {
    const before = await server.metrics.storeQueryCount();
    const data = await server.data<{
      partnerAgencies: { totalCount: number; edges: { node: { neighbours: ApiNeighbour[] } }[] };
    }>(
      `{ partnerAgencies(first: 20) { totalCount edges { node { neighbours(first: 20) { direction entity { id } collaboration { id } } } } } }`,
    );
    expect(data.partnerAgencies.edges.length).toBe(data.partnerAgencies.totalCount);
    const used = (await server.metrics.storeQueryCount()) - before;
    const found = data.partnerAgencies.edges.flatMap((e) => e.node.neighbours);
    expect(found.filter((n) => n.direction === 'VIA_COLLABORATION').length).toBeGreaterThan(10);
    // The list (ids, page of nodes); neighbours out, in and via collaborations; the collaborations.
    expect(used).toBe(2 + 3 + 1);
  });
});
