import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { NodeKind } from '../../src/domain/entity-kind.js';
import { pageRanks } from '../../src/api/services/page-rank.service.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/test-server.js';

interface Count {
  name: string;
  count: number;
}

interface Ranked {
  degree: number;
  pageRank: number | null;
  entity: { id: string; kind: string };
}

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
};
const byName = (counts: Count[]) => [...counts].sort((a, b) => a.name.localeCompare(b.name));
const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

describe('stats and commonNeighbours', () => {
  let server: TestServer;
  let kindOf: Map<string, NodeKind>;
  beforeAll(async () => {
    server = await startTestServer();
    kindOf = new Map(server.dataset.entities.map((e) => [e.id, e.kind]));
  });
  afterAll(() => server.close());

  const degreeOf = (id: string) => server.dataset.links.filter((l) => l.from === id || l.to === id).length;
  const mostConnected = async (args: string) =>
    (
      await server.data<{ stats: { mostConnected: { rankedBy: string; entities: Ranked[] } } }>(
        `{ stats { mostConnected(${args}) { rankedBy entities { degree pageRank entity { id kind } } } } }`,
      )
    ).stats.mostConnected;

  describe('stats', () => {
    it('counts entities by kind and relationships by type as the knowledge base holds them, and the totals add up', async () => {
      const { stats } = await server.data<{
        stats: {
          entitiesByKind: Count[];
          relationshipsByType: Count[];
          totalEntities: number;
          totalRelationships: number;
        };
      }>(
        `{ stats { entitiesByKind { name count } relationshipsByType { name count } totalEntities totalRelationships } }`,
      );
      expect(byName(stats.entitiesByKind)).toEqual(countBy(server.dataset.entities, (e) => e.kind));
      expect(byName(stats.relationshipsByType)).toEqual(countBy(server.dataset.links, (l) => l.type));
      expect(stats.totalEntities).toBe(stats.entitiesByKind.reduce((n, c) => n + c.count, 0));
      expect(stats.totalEntities).toBe(server.dataset.entities.length);
      expect(stats.totalRelationships).toBe(stats.relationshipsByType.reduce((n, c) => n + c.count, 0));
      expect(stats.totalRelationships).toBe(server.dataset.links.length);
    });

    it('the counts by kind agree with the totalCount of each list', async () => {
      const { stats, sectors, partnerAgencies, topics } = await server.data<{
        stats: { entitiesByKind: Count[] };
        sectors: { totalCount: number };
        partnerAgencies: { totalCount: number };
        topics: { totalCount: number };
      }>(
        `{ stats { entitiesByKind { name count } } sectors(first: 0) { totalCount } partnerAgencies(first: 0) { totalCount } topics(first: 0) { totalCount } }`,
      );
      const count = (name: string) => stats.entitiesByKind.find((c) => c.name === name)?.count;
      expect(count('Sector')).toBe(sectors.totalCount);
      expect(count('PartnerAgency')).toBe(partnerAgencies.totalCount);
      expect(count('Topic')).toBe(topics.totalCount);
    });

    it('mostConnected(kind: SECTOR, first: 3, by: PAGE_RANK) gives 3 sectors ranked by PageRank, highest first', async () => {
      const top = await mostConnected('kind: SECTOR, first: 3, by: PAGE_RANK');
      expect(top.rankedBy).toBe('PAGE_RANK');
      expect(top.entities.length).toBe(3);
      expect(top.entities.every((r) => r.entity.kind === 'SECTOR')).toBe(true);
      const ranks = top.entities.map((r) => r.pageRank);
      expect(ranks.every((r) => typeof r === 'number' && r > 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => b! - a!));
      for (const r of top.entities) expect(r.degree, r.entity.id).toBe(degreeOf(r.entity.id));
      // They are the top of the ranking of every sector, not of a subset.
      const all = await mostConnected('kind: SECTOR, first: 100, by: PAGE_RANK');
      expect(all.entities.length).toBe(server.dataset.entities.filter((e) => e.kind === 'Sector').length);
      expect(all.entities.slice(0, 3).map((r) => r.entity.id)).toEqual(top.entities.map((r) => r.entity.id));
      const allRanks = all.entities.map((r) => r.pageRank!);
      expect(allRanks).toEqual([...allRanks].sort((a, b) => b - a));
    });

    it('mostConnected ranks by degree by default, and says so', async () => {
      const top = await mostConnected('first: 10');
      expect(top.rankedBy).toBe('DEGREE');
      const entityIds = server.dataset.entities.filter((e) => e.kind !== 'Collaboration').map((e) => e.id);
      const want = entityIds
        .map((id) => ({ id, degree: degreeOf(id) }))
        // Ties by id, in code-point order as the store sorts strings.
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, 10);
      expect(top.entities.map((r) => [r.entity.id, r.degree])).toEqual(want.map((w) => [w.id, w.degree]));
      // pageRank is given when ranked by degree too, and is the same number.
      const byRank = await mostConnected('first: 100, by: PAGE_RANK');
      const rankOf = new Map(byRank.entities.map((r) => [r.entity.id, r.pageRank]));
      for (const r of top.entities) {
        expect(r.pageRank, r.entity.id).toBeGreaterThan(0);
        if (rankOf.has(r.entity.id)) expect(r.pageRank).toBe(rankOf.get(r.entity.id));
      }
    });

    it('PageRank runs on the undirected graph: it agrees with degree where degree is clear', async () => {
      // Ranked on stored directions, sinks won: IPU (1 link) and UN-NGLS above WHO (4), and the
      // Sectoral Activities Programme (the highest degree) came 20th.
      const top = await mostConnected('first: 5, by: PAGE_RANK');
      expect(top.rankedBy).toBe('PAGE_RANK');
      const sap = 'programme:sectoral-activities-programme';
      const highest = server.dataset.entities
        .filter((e) => e.kind !== 'Collaboration')
        .reduce((best, e) => (degreeOf(e.id) > degreeOf(best.id) ? e : best));
      expect(highest.id).toBe(sap);
      expect(top.entities.slice(0, 3).map((r) => r.entity.id)).toContain(sap);

      const agencies = await mostConnected('kind: PARTNER_AGENCY, first: 100, by: PAGE_RANK');
      const position = (id: string) => agencies.entities.findIndex((r) => r.entity.id === id);
      expect(degreeOf('agency:WHO')).toBeGreaterThan(degreeOf('agency:IPU'));
      expect(position('agency:WHO')).toBeGreaterThanOrEqual(0);
      expect(position('agency:WHO')).toBeLessThan(position('agency:IPU'));
      expect(position('agency:WHO')).toBeLessThan(position('agency:UN-NGLS'));
    });

    it('PageRank values sum to 1 over all nodes, collaborations included, and cover every node', async () => {
      const ranks = await pageRanks(server.store);
      expect([...ranks.keys()].sort()).toEqual(server.dataset.entities.map((e) => e.id).sort());
      const sum = [...ranks.values()].reduce((n, r) => n + r, 0);
      expect(sum).toBeCloseTo(1, 9);
      expect([...ranks.values()].every((r) => r > 0)).toBe(true);
      // Over entities only (what mostConnected lists), the same values.
      const listed = await mostConnected('kind: PARTNER_AGENCY, first: 100, by: PAGE_RANK');
      for (const r of listed.entities) expect(r.pageRank).toBeCloseTo(ranks.get(r.entity.id)!, 12);
    });

    it('mostConnected without kind ranks entities of any kind but never collaborations', async () => {
      const top = await mostConnected('first: 20');
      expect(top.entities.length).toBe(20);
      expect(new Set(top.entities.map((r) => r.entity.kind)).size).toBeGreaterThan(1);
      for (const r of top.entities) {
        expect(kindOf.get(r.entity.id)).not.toBe('Collaboration');
        expect(r.degree, r.entity.id).toBe(degreeOf(r.entity.id));
      }
    });

    it.each([0, -1, 101])('refuses mostConnected(first: %i) with BAD_USER_INPUT', async (first) => {
      const result = await server.gql(`{ stats { mostConnected(first: ${first}) { rankedBy } } }`);
      expect(code(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('commonNeighbours', () => {
    /** What each entity is linked to, directly or through a collaboration it takes part in. */
    const neighboursOf = (id: string): Set<string> => {
      const result = new Set<string>();
      for (const l of server.dataset.links) {
        if (l.from !== id && l.to !== id) continue;
        const other = l.from === id ? l.to : l.from;
        if (kindOf.get(other) !== 'Collaboration') {
          result.add(other);
          continue;
        }
        for (const role of server.dataset.links)
          if (role.from === other && role.to !== id) result.add(role.to);
      }
      return result;
    };
    const expectedCommon = (ids: string[], kinds?: NodeKind[]) =>
      [...neighboursOf(ids[0]!)]
        .filter((m) => ids.every((id) => neighboursOf(id).has(m)) && !ids.includes(m))
        .filter((m) => kindOf.get(m) !== 'Collaboration' && (!kinds || kinds.includes(kindOf.get(m)!)))
        .sort();
    // Why kinds inline rather than a variable: the query-limits plugin re-coerces already coerced
    // variables, so an enum variable (SECTOR, internally "Sector") is refused there today.
    const common = async (ids: string[], kinds?: string[]) =>
      (
        await server.data<{ commonNeighbours: { id: string; kind: string }[] }>(
          `query($ids: [ID!]!) { commonNeighbours(ids: $ids${kinds ? `, kinds: [${kinds.join(', ')}]` : ''}) { id kind } }`,
          { ids },
        )
      ).commonNeighbours;

    /** Pairs of partner agencies that cooperate with the ILO on a same sector, from the dataset. */
    const agencyPairsSharingASector = () => {
      const sectorsOf = (agency: string) => {
        const collaborations = server.dataset.links
          .filter((l) => l.type === 'HAS_PARTNER' && l.to === agency)
          .map((l) => l.from);
        return new Set(
          server.dataset.links
            .filter((l) => l.type === 'ON_SECTOR' && collaborations.includes(l.from))
            .map((l) => l.to),
        );
      };
      const agencies = server.dataset.entities.filter((e) => e.kind === 'PartnerAgency').map((e) => e.id);
      const pairs: { pair: [string, string]; sector: string }[] = [];
      for (const a of agencies) {
        for (const b of agencies) {
          if (a >= b) continue;
          const shared = [...sectorsOf(a)].find((s) => sectorsOf(b).has(s));
          if (shared) pairs.push({ pair: [a, b], sector: shared });
        }
      }
      return pairs;
    };

    it('returns the sector two partner agencies both cooperate with the ILO on', async () => {
      const pairs = agencyPairsSharingASector();
      expect(pairs.length).toBeGreaterThan(0);
      for (const { pair, sector } of pairs) {
        const shared = await common(pair);
        expect(
          shared.map((e) => e.id),
          pair.join(' & '),
        ).toContain(sector);
        expect(shared.map((e) => e.id).sort()).toEqual(expectedCommon(pair));
      }
    });

    it('FAO and IMO share fishing (not shipping, which only IMO works on)', async () => {
      const shared = await common(['agency:FAO', 'agency:IMO'], ['SECTOR']);
      expect(shared).toEqual([{ id: 'sector:fisheries', kind: 'SECTOR' }]);
    });

    it.each([
      [['sector:health-services', 'sector:education']],
      [['sector:agriculture-plantations-other-rural-sectors', 'sector:fisheries']],
      [['instrument:C138', 'instrument:C182']],
      [['instrument:C138', 'instrument:C182', 'programme:ipec']],
      [['agency:WHO', 'agency:IOM', 'sector:health-services']],
    ])('returns exactly what %j are all linked to', async (ids) => {
      const want = expectedCommon(ids);
      expect(want.length).toBeGreaterThan(0);
      expect((await common(ids)).map((e) => e.id).sort()).toEqual(want);
    });

    it('kinds keeps only shared entities of those kinds', async () => {
      const ids = ['sector:agriculture-plantations-other-rural-sectors', 'sector:fisheries'];
      const partners = await common(ids, ['PARTNER_AGENCY']);
      expect(partners.map((e) => e.id)).toEqual(expectedCommon(ids, ['PartnerAgency']));
      expect(partners.map((e) => e.id)).toContain('agency:FAO'); // FAO works on both
      expect(partners.every((e) => e.kind === 'PARTNER_AGENCY')).toBe(true);
    });

    it.each([[['agency:FAO']], [['agency:FAO', 'agency:FAO']], [[]]])(
      'refuses %j (fewer than two different ids) with BAD_USER_INPUT',
      async (ids) => {
        const result = await server.gql(`query($ids: [ID!]!) { commonNeighbours(ids: $ids) { id } }`, {
          ids,
        });
        expect(code(result)).toBe('BAD_USER_INPUT');
        expect(result.data ?? null).toBeNull();
      },
    );

    it('answers NOT_FOUND naming an unknown id', async () => {
      const result = await server.gql(`query($ids: [ID!]!) { commonNeighbours(ids: $ids) { id } }`, {
        ids: ['agency:FAO', 'agency:ATLANTIS'],
      });
      expect(code(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toContain('agency:ATLANTIS');
    });
  });
});
