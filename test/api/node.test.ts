import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENTITY_KINDS } from '../../src/domain/entity-kind.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface NodeResult {
  __typename: string;
  id: string;
  kind?: string;
  name?: string;
}

const NODE_FIELDS = '__typename id ... on Entity { kind name } ... on Collaboration { name }';
const kindEnum = (kind: string) => kind.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

describe('refetching by global id: node, nodes and entity', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const node = async (id: string) =>
    (
      await server.data<{ node: NodeResult | null }>(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, {
        id,
      })
    ).node;

  it.each(ENTITY_KINDS)('node(id) of a %s returns that type, with its name', async (kind) => {
    const records = server.dataset.entities.filter((e) => e.kind === kind);
    expect(records.length).toBeGreaterThan(0);
    // The first and the last of the kind, so one lucky id is not enough.
    for (const record of [records[0]!, records.at(-1)!]) {
      const found = await node(record.id);
      expect(found).toEqual({ __typename: kind, id: record.id, kind: kindEnum(kind), name: record.name });
    }
  });

  it('node(id) of a collaboration returns a Collaboration, an Entity of kind COLLABORATION', async () => {
    const collaboration = server.dataset.entities.find(
      (e) => e.id === 'collaboration:fao-agriculture-fishing',
    )!;
    expect(await node(collaboration.id)).toEqual({
      __typename: 'Collaboration',
      id: collaboration.id,
      kind: 'COLLABORATION',
      name: collaboration.name,
    });
  });

  it.each(['sector:no-such-sector', 'agency:who', 'WHO', '', 'collaboration:'])(
    'node(id) of the unknown id "%s" is null, not an error',
    async (id) => {
      const result = await server.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toBeNull();
    },
  );

  it('nodes(ids) keeps the order of the ids, with null for unknown ids', async () => {
    const ids = [
      'topic:migration',
      'sector:no-such-sector',
      'agency:WHO',
      'collaboration:unesco-education',
      'instrument:C182',
      'agency:NOPE',
      'agency:WHO', // repeated ids come back repeated
    ];
    const data = await server.data<{ nodes: (NodeResult | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
      { ids },
    );
    expect(data.nodes.map((n) => n?.id ?? null)).toEqual(
      ids.map((id) => (server.dataset.entities.some((e) => e.id === id) ? id : null)),
    );
    expect(data.nodes.map((n) => n?.__typename ?? null)).toEqual([
      'Topic',
      null,
      'PartnerAgency',
      'Collaboration',
      'Instrument',
      null,
      'PartnerAgency',
    ]);
  });

  it('nodes of every id in the knowledge base returns each one, in order', async () => {
    const ids = server.dataset.entities.map((e) => e.id).slice(0, 100);
    const data = await server.data<{ nodes: ({ id: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids },
    );
    expect(data.nodes.map((n) => n?.id)).toEqual(ids);
  });

  it('nodes([]) is an empty list', async () => {
    expect((await server.data<{ nodes: unknown[] }>(`{ nodes(ids: []) { id } }`)).nodes).toEqual([]);
  });

  it('nodes with more ids than the page-size limit is refused with BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `sector:x${i}`);
    const result = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
  });

  it('entity(id) returns entities but null for a collaboration id', async () => {
    const collaborationIds = server.dataset.entities
      .filter((e) => e.kind === 'Collaboration')
      .map((e) => e.id);
    expect(collaborationIds.length).toBeGreaterThan(0);
    for (const id of collaborationIds.slice(0, 3)) {
      const result = await server.gql<{ entity: unknown; node: { __typename: string } }>(
        `query($id: ID!) { entity(id: $id) { id } node(id: $id) { __typename } }`,
        { id },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.entity).toBeNull();
      expect(result.data?.node.__typename).toBe('Collaboration'); // it exists: entity() just is not for it
    }
    const sector = await server.data<{ entity: { __typename: string; kind: string } }>(
      `{ entity(id: "sector:education") { __typename kind } }`,
    );
    expect(sector.entity).toEqual({ __typename: 'Sector', kind: 'SECTOR' });
    expect(
      (await server.data<{ entity: unknown }>(`{ entity(id: "sector:nowhere") { id } }`)).entity,
    ).toBeNull();
  });
});
