import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { kuzuTestStore } from '../helpers/test-store.js';
import { startHarness, WEB_FIXTURE, type Harness } from './harness.js';

/**
 * How the server serves the pages (test/server/fixtures/web-dist stands in for web/dist; the real
 * pages run in a browser in test/browser): where each page is, what an API client gets at the same
 * paths, the security headers, the assets' caching and compression, and a JSON 404 elsewhere.
 */
describe('web pages: GraphiQL at /graphql, the explorer under /explore, assets, and JSON 404s', () => {
  let dev: Harness;
  let webDir: string;
  beforeAll(async () => {
    // The fixture, with the `.gz` beside each asset that the build writes.
    webDir = mkdtempSync(join(tmpdir(), 'ilo-graph-web-'));
    cpSync(WEB_FIXTURE, webDir, { recursive: true });
    const asset = join(webDir, 'assets', 'page-fixture.js');
    writeFileSync(`${asset}.gz`, gzipSync(readFileSync(asset)));
    dev = await startHarness({
      env: { NODE_ENV: 'development' },
      store: kuzuTestStore(),
      seed: false,
      webDir,
    });
  });
  afterAll(async () => {
    await dev.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  it('leads GET / to the explorer', async () => {
    const response = await fetch(`${dev.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explore');
  });

  it('answers every /explore path with the explorer page (the browser routes), never cached stale', async () => {
    for (const path of [
      '/explore',
      '/explore/',
      '/explore/entity/agency%3AWHO',
      '/explore/gaps?kind=UNSOURCED_FACT',
    ]) {
      const response = await fetch(`${dev.url}${path}`, { headers: html });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await response.text(), path).toContain('Explorer (test fixture)');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('sends a Content-Security-Policy that keeps every request on this server', async () => {
    const response = await fetch(`${dev.url}/explore`, { headers: html });
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves GraphiQL at GET /graphql to a browser, and the API to everything else at the same URL', async () => {
    const page = await fetch(`${dev.url}/graphql`, { headers: html });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL (test fixture)');

    const client = await fetch(`${dev.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(client.status).toBe(400);
    expect(
      ((await client.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('BAD_REQUEST');

    const query = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: html,
    });
    expect(query.headers.get('content-type')).toMatch(/json/);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves assets with a year of caching, gzip-compressed when the client accepts it', async () => {
    const plain = await fetch(`${dev.url}/assets/page-fixture.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toMatch(/javascript/);
    expect(plain.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    const text = await plain.text();
    expect(text).toContain("dataset.fixture = 'loaded'");

    // fetch() would decompress by itself: read the raw bytes with node:http semantics instead.
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(
        `${dev.url}/assets/page-fixture.js`,
        { headers: { 'accept-encoding': 'gzip, deflate, br' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      )
        .on('error', reject)
        .end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['content-type']).toMatch(/javascript/);
    expect(raw.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(raw.body).toString('utf8')).toBe(text);
  });

  it('answers an unknown path, or a missing asset, with a JSON 404 NOT_FOUND', async () => {
    for (const path of ['/nope', '/assets/missing.js', '/assets/../package.json', '/graphqlx']) {
      const response = await fetch(`${dev.url}${path}`, { headers: html });
      expect(response.status, path).toBe(404);
      const body = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    }
  });

  it('turns GraphiQL off with EXPLORER=false (the production default) and the pages off with WEB_PAGES=false', async () => {
    const off = await startHarness({
      env: { NODE_ENV: 'production', WEB_PAGES: 'false' },
      store: kuzuTestStore(),
      seed: false,
    });
    try {
      // With no pages at all, GET /graphql is only the API's.
      const graphiql = await fetch(`${off.url}/graphql`, { headers: html });
      expect(graphiql.headers.get('content-type')).toMatch(/json/);
      expect(graphiql.status).toBe(400);
      for (const path of ['/', '/explore', '/explore/entity/agency%3AWHO']) {
        const response = await fetch(`${off.url}${path}`, { headers: html, redirect: 'manual' });
        expect(response.status, path).toBe(404);
        expect(response.headers.get('content-type'), path).toMatch(/json/);
      }
    } finally {
      await off.close();
    }
  });

  it('serves Apollo’s CDN Sandbox at /graphql instead of GraphiQL only when LANDING_PAGE=true', async () => {
    const sandbox = await startHarness({
      env: { LANDING_PAGE: 'true' },
      store: kuzuTestStore(),
      seed: false,
    });
    try {
      const page = await (await fetch(`${sandbox.url}/graphql`, { headers: html })).text();
      expect(page).toMatch(/apollo/i);
      expect(page).not.toContain('GraphiQL (test fixture)');
    } finally {
      await sandbox.close();
    }
  });

  it('says how to build the pages when they are not built, and still serves the API', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ilo-graph-web-'));
    const unbuilt = await startHarness({ store: kuzuTestStore(), seed: false, webDir: empty });
    try {
      const page = await fetch(`${unbuilt.url}/explore`, { headers: html });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build:web');
      expect((await unbuilt.gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    } finally {
      await unbuilt.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
