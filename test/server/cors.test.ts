import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { readResult, startHarness, type Harness } from './harness.js';

const PARTNER = 'https://partner.example.org';
const preflight = (h: Harness, origin: string, headers = 'content-type') =>
  fetch(`${h.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': headers,
    },
  });

describe('CORS: listed origins may call the API from a browser, with CSRF prevention intact', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: { NODE_ENV: 'production', CORS_ORIGINS: `${PARTNER}, https://other.example.com:8443` },
    });
  });
  afterAll(() => h.close());

  it('answers a preflight from a listed origin with 204 and what it may send', async () => {
    const r = await preflight(h, PARTNER, 'content-type,x-request-id');
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(r.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const allowed = r.headers.get('access-control-allow-headers')!.split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'x-request-id',
      ]),
    );
    expect(r.headers.get('access-control-max-age')).toBe('600');
    expect(r.headers.get('vary')).toMatch(/Origin/);
    expect((await preflight(h, 'https://other.example.com:8443')).status).toBe(204);
  });

  it('serves the cross-origin POST that follows, readable by the page (origin and request id exposed)', async () => {
    const r = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { origin: PARTNER, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sectors(first: 1) { totalCount } }' }),
    }).then(readResult);
    expect(r.status).toBe(200);
    expect((r.body.data?.sectors as { totalCount: number }).totalCount).toBeGreaterThan(20);
    expect(r.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(r.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(r.headers.get('vary')).toMatch(/Origin/);
  });

  it('refuses a preflight from an unlisted origin with 403, and gives its requests no CORS header', async () => {
    const r = await preflight(h, 'https://evil.example').then(readResult);
    expect(r.status).toBe(403);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.body.errors?.[0]?.message).toBe(
      'Cross-origin requests from https://evil.example are not allowed (CORS_ORIGINS).',
    );
    const post = await h.post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention for listed origins: a simple (unpreflighted) POST is still refused, readably', async () => {
    const r = await h.post('{"query":"{ __typename }"}', { origin: PARTNER, 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(r.headers.get('access-control-allow-origin')).toBe(PARTNER);
  });

  it('allows no origin by default in production and any in development; validates CORS_ORIGINS', async () => {
    expect(loadConfig({ NODE_ENV: 'production' }).corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'development' }).corsOrigins).toEqual(['*']);
    expect(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(loadConfig({ NODE_ENV: 'development', CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    for (const bad of [
      'partner.example.org',
      'https://partner.example.org/',
      'https://x.org/app',
      'ftp://x.org',
    ]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(
        /^Invalid configuration: CORS_ORIGINS must be/,
      );
    }
    const prod = await startHarness({ env: { NODE_ENV: 'production' } });
    const dev = await startHarness({ env: { NODE_ENV: 'development' } });
    try {
      expect((await preflight(prod, PARTNER)).status).toBe(403);
      const any = await preflight(dev, 'http://localhost:5173');
      expect(any.status).toBe(204);
      expect(any.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await Promise.all([prod.close(), dev.close()]);
    }
  });
});
