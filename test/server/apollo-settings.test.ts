import { createHash } from 'node:crypto';

import { buildClientSchema, getIntrospectionQuery, parse, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { queryDepth } from '../../src/server/plugins/query-limits.plugin.js';
import { startHarness, type Harness } from './harness.js';

const INTROSPECT = '{ __schema { queryType { name } } }';

describe('Apollo production settings', () => {
  let dev: Harness;
  let prod: Harness;
  beforeAll(async () => {
    [dev, prod] = await Promise.all([
      startHarness({ env: { NODE_ENV: 'development' } }),
      startHarness({ env: { NODE_ENV: 'production' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([dev.close(), prod.close()]);
  });

  it('serves automatic persisted queries: hash only → PERSISTED_QUERY_NOT_FOUND, hash + query → data, hash only → data', async () => {
    const query = 'query ApqSectors { sectors(first: 2) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };

    const miss = await prod.post({ extensions });
    expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));

    const register = await prod.post({ query, extensions });
    expect(register.body.errors).toBeUndefined();
    const expected = register.body.data;
    expect((expected?.sectors as { totalCount: number }).totalCount).toBeGreaterThan(20);

    const hit = await prod.post({ extensions });
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data).toEqual(expected);

    const wrong = await prod.post({ query: '{ __typename }', extensions });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('turns introspection and GraphiQL off by default in production and on in development; Apollo’s CDN Sandbox only when asked for', async () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      introspection: false,
      explorer: false,
      landingPage: false,
    });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      introspection: true,
      explorer: true,
      landingPage: false,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', EXPLORER: 'on', LANDING_PAGE: 'on' }),
    ).toMatchObject({ introspection: true, explorer: true, landingPage: true });
    expect(loadConfig({ NODE_ENV: 'development', INTROSPECTION: 'false', EXPLORER: '0' })).toMatchObject({
      introspection: false,
      explorer: false,
    });

    const refused = await prod.gql(INTROSPECT);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
    const allowed = await dev.gql(INTROSPECT);
    expect(allowed.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });

    const html = { accept: 'text/html' };
    const devPage = await fetch(`${dev.url}/graphql`, { headers: html });
    expect(devPage.status).toBe(200);
    expect(devPage.headers.get('content-type')).toMatch(/text\/html/);
    // Production: no GraphiQL; a person is told so (the explorer links here), the API is unchanged.
    const prodPage = await fetch(`${prod.url}/graphql`, { headers: html });
    expect(prodPage.status).toBe(404);
    expect(await prodPage.text()).toContain('GraphiQL is off on this server');
    const prodApi = await fetch(`${prod.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(prodApi.status).toBe(400);
  });

  it('turns introspection back on in production when INTROSPECTION=true', async () => {
    const h = await startHarness({ env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
    try {
      expect((await h.gql(INTROSPECT)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await h.close();
    }
  });

  it('serves graphql’s standard introspection query (depth 15) when introspection is on, and refuses it when off', async () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(queryDepth(parse(full))).toBeGreaterThan(dev.config.limits.maxDepth);
    const loaded = await dev.gql(full);
    expect(loaded.status).toBe(200);
    expect(loaded.body.errors).toBeUndefined();
    const schema = buildClientSchema(loaded.body.data as unknown as IntrospectionQuery);
    expect(schema.getQueryType()?.getFields().connections).toBeDefined();

    const refused = await prod.gql(full);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.data).toBeUndefined();
  });

  it('exempts only the introspection subtrees: the rest of the operation is limited as before, and introspection has bounds of its own', async () => {
    // Depth 11 beside __schema: still refused.
    const deep = await dev.gql(`{ __schema { queryType { name } } sectors(first: 1) { edges { node {
      instruments { sectors { instruments { sectors { instruments { sectors { instruments { id } } } } } } }
    } } } }`);
    expect(deep.body.errors?.[0]?.message).toBe('Query depth 11 exceeds the limit of 10.');
    // Each __schema/__type field costs 5000 whatever its selection: 5 aliases are refused.
    const many = Array.from({ length: 5 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    const aliased = await dev.gql(`{ ${many} }`);
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors?.[0]?.message).toBe('Query complexity 25000 exceeds the limit of 20000.');
    // graphql-js bounds nested introspection lists (Apollo runs its MaxIntrospectionDepthRule).
    const nested = await dev.gql(
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    expect(nested.status).toBe(400);
    expect(nested.body.errors?.[0]?.message).toBe('Maximum introspection depth exceeded');
  });

  it('marks read-only answers cacheable with a cache-control max-age', async () => {
    const r = await prod.gql('{ sectors(first: 2) { edges { node { id name instruments { id } } } } }');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(r.headers.get('cache-control')).toMatch(/public/);
    const failed = await prod.gql('{ nope }');
    expect(failed.headers.get('cache-control') ?? 'no-store').not.toMatch(/max-age=[1-9]/);
  });
});
