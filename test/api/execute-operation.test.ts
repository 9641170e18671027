import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLoaders } from '../../src/loaders/create-loaders.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import type { ApiContext } from '../../src/api/shared/context.js';
import { ApolloServer } from '@apollo/server';
import { getSchema } from '../../src/api/build-schema.js';

/**
 * The same schema through Apollo's `executeOperation` (what resolver-level tests use), with a
 * context built as the HTTP server builds it: the store and fresh loaders per operation.
 */
describe('operations through executeOperation', () => {
  let server: TestServer;
  let apollo: ApolloServer<ApiContext>;
  beforeAll(async () => {
    server = await startTestServer();
    apollo = new ApolloServer<ApiContext>({ schema: await getSchema() });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
    await server.close();
  });

  const context = (): ApiContext => ({
    store: server.store,
    loaders: createLoaders(server.store),
    limits: { maxPageSize: 100 },
    requestId: randomUUID(),
  });

  it('answers the first real query: three sectors with the total', async () => {
    const response = await apollo.executeOperation(
      { query: '{ sectors(first: 3) { totalCount edges { node { id name } } } }' },
      { contextValue: context() },
    );
    expect(response.body.kind).toBe('single');
    if (response.body.kind !== 'single') return;
    const data = response.body.singleResult.data as { sectors: { totalCount: number; edges: unknown[] } };
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(data.sectors.edges).toHaveLength(3);
    expect(data.sectors.totalCount).toBe(server.dataset.entities.filter((e) => e.kind === 'Sector').length);
  });

  it('gives the same answer as over HTTP', async () => {
    const query = '{ node(id: "agency:IFC") { id ... on PartnerAgency { name collaborations { id } } } }';
    const direct = await apollo.executeOperation({ query }, { contextValue: context() });
    const overHttp = await server.data(query);
    expect(direct.body.kind === 'single' && direct.body.singleResult.data).toEqual(overHttp);
  });

  it('carries the error code of bad input', async () => {
    const response = await apollo.executeOperation(
      { query: '{ connections(from: "agency:FAO", to: "agency:FAO") { length } }' },
      { contextValue: context() },
    );
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
