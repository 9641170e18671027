import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { LinkRecord } from '../../src/domain/dataset.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/test-server.js';

interface Step {
  from: { id: string };
  to: { id: string };
  relation: string;
  reversed: boolean;
  sources: { passage: string; quote: string }[];
}

interface Path {
  length: number;
  steps: Step[];
}

const QUERY = `query($from: ID!, $to: ID!, $maxHops: Int! = 4, $first: Int! = 5) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    steps { from { id } to { id } relation reversed sources { passage quote } }
  }
}`;

describe('connections: shortest paths between two entities', () => {
  let server: TestServer;
  /** Undirected adjacency over the stored links (paths follow links either way). */
  let adjacent: Map<string, { other: string; link: LinkRecord }[]>;
  let linkById: Map<string, LinkRecord>;

  beforeAll(async () => {
    server = await startTestServer();
    adjacent = new Map();
    linkById = new Map();
    for (const link of server.dataset.links) {
      linkById.set(`${link.from}|${link.type}|${link.to}`, link);
      for (const [a, b] of [
        [link.from, link.to],
        [link.to, link.from],
      ] as const) {
        const list = adjacent.get(a) ?? [];
        list.push({ other: b, link });
        adjacent.set(a, list);
      }
    }
  });
  afterAll(() => server.close());

  /** Breadth-first search over the dataset: the distance and the number of shortest paths. */
  function shortest(from: string, to: string): { distance: number; count: number } | null {
    const distance = new Map([[from, 0]]);
    const count = new Map([[from, 1]]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const { other } of adjacent.get(node) ?? []) {
        if (!distance.has(other)) {
          distance.set(other, distance.get(node)! + 1);
          count.set(other, 0);
          queue.push(other);
        }
        if (distance.get(other) === distance.get(node)! + 1)
          count.set(other, count.get(other)! + count.get(node)!);
      }
    }
    return distance.has(to) ? { distance: distance.get(to)!, count: count.get(to)! } : null;
  }

  const connections = async (from: string, to: string, args: { maxHops?: number; first?: number } = {}) =>
    (await server.data<{ connections: Path[] }>(QUERY, { from, to, ...args })).connections;

  /** Checks a path walks from `from` to `to` over real links, oriented and sourced as stored. */
  function expectValidPath(path: Path, from: string, to: string) {
    expect(path.length).toBe(path.steps.length);
    expect(path.steps[0]?.from.id).toBe(from);
    expect(path.steps.at(-1)?.to.id).toBe(to);
    path.steps.forEach((step, i) => {
      if (i > 0)
        expect(step.from.id, `step ${i} starts where step ${i - 1} ended`).toBe(path.steps[i - 1]!.to.id);
      const forward = linkById.get(`${step.from.id}|${step.relation}|${step.to.id}`);
      const backward = linkById.get(`${step.to.id}|${step.relation}|${step.from.id}`);
      expect(
        forward ?? backward,
        `${step.from.id} ${step.relation} ${step.to.id} is a stored link`,
      ).toBeDefined();
      // reversed is true exactly when the stored link points against the walk.
      expect(step.reversed, `${step.from.id} ${step.relation} ${step.to.id}`).toBe(!forward);
      const link = (forward ?? backward)!;
      expect(step.sources).toEqual(link.sources.map((s) => ({ passage: s.passage, quote: s.quote })));
      expect(step.sources.length).toBeGreaterThan(0);
      // Two quotes from one passage are two citations; the same quote twice would be a duplicate.
      const cited = step.sources.map((s) => `${s.passage} ${s.quote}`);
      expect(new Set(cited).size, `${step.from.id} ${step.relation} ${step.to.id}`).toBe(cited.length);
    });
    const visited = [from, ...path.steps.map((s) => s.to.id)];
    expect(new Set(visited).size, 'a shortest path visits no node twice').toBe(visited.length);
  }

  it('links FAO to an instrument that applies to agriculture, through their collaboration and the sector', async () => {
    const agriculture = 'sector:agriculture-plantations-other-rural-sectors';
    const instrument = server.dataset.links.find(
      (l) => l.type === 'APPLIES_TO' && l.to === agriculture && l.from.startsWith('instrument:'),
    )!.from;
    const paths = await connections('agency:FAO', instrument);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expectValidPath(path, 'agency:FAO', instrument);
    const expected = shortest('agency:FAO', instrument)!;
    expect(paths.map((p) => p.length)).toEqual(paths.map(() => expected.distance));
    // One of them goes through agriculture: FAO <-HAS_PARTNER- collaboration -ON_SECTOR-> agriculture <-APPLIES_TO- instrument.
    const viaAgriculture = paths.find((p) => p.steps.some((s) => s.to.id === agriculture));
    expect(viaAgriculture?.steps.map((s) => [s.relation, s.reversed])).toEqual([
      ['HAS_PARTNER', true],
      ['ON_SECTOR', false],
      ['APPLIES_TO', true],
    ]);
  });

  it.each([
    ['agency:WHO', 'topic:migration'],
    ['agency:IFC', 'programme:better-work'],
    ['agency:WHO', 'programme:ipec'],
    ['country:MA', 'objective:1'],
    ['department:stat', 'agency:WHO'],
    ['guidance:safety-and-health-in-underground-coalmines', 'agency:IMO'],
  ])('every path from %s to %s is a shortest one, and all shortest paths are returned', async (from, to) => {
    const expected = shortest(from, to);
    expect(expected, `${from} and ${to} are connected in the dataset`).not.toBeNull();
    expect(expected!.distance).toBeLessThanOrEqual(6);
    const paths = await connections(from, to, { maxHops: 6, first: 100 });
    expect(paths.length).toBe(Math.min(expected!.count, 100));
    for (const path of paths) {
      expectValidPath(path, from, to);
      expect(path.length).toBe(expected!.distance);
    }
    const distinct = new Set(
      paths.map((p) => p.steps.map((s) => `${s.from.id}>${s.relation}>${s.to.id}`).join('|')),
    );
    expect(distinct.size).toBe(paths.length);
  });

  it('walks the same paths backwards when from and to are swapped', async () => {
    const forward = await connections('agency:WHO', 'topic:migration', { first: 100 });
    const backward = await connections('topic:migration', 'agency:WHO', { first: 100 });
    const key = (steps: Step[]) => steps.map((s) => `${s.from.id}>${s.relation}>${s.to.id}`).join('|');
    const reversedKey = (steps: Step[]) =>
      key([...steps].reverse().map((s) => ({ ...s, from: s.to, to: s.from })));
    expect(backward.map((p) => key(p.steps)).sort()).toEqual(forward.map((p) => reversedKey(p.steps)).sort());
    for (const path of backward) expectValidPath(path, 'topic:migration', 'agency:WHO');
  });

  /** Pairs connected within `maxHops`, from the dataset, with the distance and number of shortest paths. */
  function connectedPairs(maxHops: number) {
    const ids = [
      'agency:WHO',
      'agency:FAO',
      'agency:UNESCO',
      'agency:IMO',
      'programme:ipec',
      'instrument:C182',
    ];
    return ids
      .flatMap((from) => ids.filter((to) => to !== from).map((to) => ({ from, to, ...shortest(from, to)! })))
      .filter((p) => p.distance !== undefined && p.distance <= maxHops);
  }

  it('first limits the number of paths', async () => {
    const { from, to } = connectedPairs(6).find((p) => p.count > 1)!;
    expect((await connections(from, to, { maxHops: 6, first: 1 })).length).toBe(1);
  });

  it('a smaller first is a prefix of a larger one: first: 1 is the first path of first: 5 (UNESCO to IPEC)', async () => {
    const key = (paths: Path[]) =>
      paths.map((p) => p.steps.map((s) => `${s.from.id}>${s.relation}>${s.to.id}`).join('|'));
    const [from, to] = ['agency:UNESCO', 'programme:ipec'];
    const expected = shortest(from, to)!;
    expect(expected.distance).toBeLessThanOrEqual(6);
    expect(expected.count).toBeGreaterThan(5);
    const all = key(await connections(from, to, { maxHops: 6, first: 100 }));
    expect(all.length).toBe(Math.min(expected.count, 100));
    for (const first of [1, 2, 5, 10]) {
      expect(key(await connections(from, to, { maxHops: 6, first })), `first: ${first}`).toEqual(
        all.slice(0, first),
      );
    }
    // And every pair with several shortest paths agrees the same way.
    for (const pair of connectedPairs(6).filter((p) => p.count > 1)) {
      const full = key(await connections(pair.from, pair.to, { maxHops: 6, first: 100 }));
      expect(
        key(await connections(pair.from, pair.to, { maxHops: 6, first: 1 })),
        `${pair.from} → ${pair.to}`,
      ).toEqual(full.slice(0, 1));
    }
  });

  it('returns no path when the shortest one is longer than maxHops', async () => {
    const { from, to, distance } = connectedPairs(6).find((p) => p.distance > 1)!;
    expect(await connections(from, to, { maxHops: distance - 1 })).toEqual([]);
    expect((await connections(from, to, { maxHops: distance })).length).toBeGreaterThan(0);
  });

  describe('bad input', () => {
    const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

    it.each([0, 7, -1])('refuses maxHops = %i with BAD_USER_INPUT', async (maxHops) => {
      const result = await server.gql(QUERY, { from: 'agency:FAO', to: 'sector:education', maxHops });
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    });

    it.each([
      ['agency:NOPE', 'sector:education', 'agency:NOPE'],
      ['agency:FAO', 'sector:atlantis', 'sector:atlantis'],
    ])('answers NOT_FOUND naming the unknown id (%s → %s)', async (from, to, unknown) => {
      const result = await server.gql(QUERY, { from, to });
      expect(code(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toContain(unknown);
      expect(result.data ?? null).toBeNull();
    });

    it('refuses a path from an entity to itself with BAD_USER_INPUT', async () => {
      const result = await server.gql(QUERY, { from: 'agency:FAO', to: 'agency:FAO' });
      expect(code(result)).toBe('BAD_USER_INPUT');
    });

    it.each([0, 101])('refuses first = %i with BAD_USER_INPUT', async (first) => {
      expect(code(await server.gql(QUERY, { from: 'agency:FAO', to: 'sector:education', first }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
