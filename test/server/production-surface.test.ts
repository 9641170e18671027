import { connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startHarness, type Harness } from './harness.js';

/** Sends raw bytes and returns what the server answers before it closes. */
function raw(url: string, bytes: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('end', () => resolve(received));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.end(bytes);
  });
}

describe('what production shows a prober: no fingerprints, JSON everywhere, CORS on every refusal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { NODE_ENV: 'production', CORS_ORIGINS: 'https://partner.example.org' } });
  });
  afterAll(() => h.close());

  it('answers an unknown path with a JSON 404, not an HTML page naming the framework', async () => {
    for (const [method, path] of [
      ['GET', '/nothing-here'],
      ['POST', '/admin'],
      ['DELETE', '/health/x'],
    ] as const) {
      const r = await fetch(`${h.url}${path}`, { method });
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type'), path).toMatch(/application\/json/);
      const body = (await r.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('NOT_FOUND');
      expect(body.errors[0]?.extensions.requestId).toBe(r.headers.get('x-request-id'));
    }
  });

  it('refuses introspection without naming the server software', async () => {
    const r = await h.gql('{ __schema { queryType { name } } }');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toBe('Introspection is disabled on this server.');
    expect(r.text).not.toMatch(/apollo/i);
  });

  it('gives no "Did you mean" suggestions for a mistyped field, argument or enum value', async () => {
    for (const query of [
      '{ sectorz(first: 1) { totalCount } }',
      '{ sectors(frist: 1) { totalCount } }',
      '{ stats { mostConnected(by: PAGERANK) { rankedBy } } }',
    ]) {
      const r = await h.gql(query);
      expect(r.status, query).toBe(400);
      expect(r.text, query).not.toMatch(/did you mean/i);
    }
  });

  it('refuses a deeply nested document with a sentence, not a raw stack overflow', async () => {
    const r = await h.gql(`{ search(query: ${'['.repeat(5_000)}"x"${']'.repeat(5_000)}) { score } }`);
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/call stack/i);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('carries CORS headers on refusals at the socket level (431, malformed HTTP) for a listed origin only', async () => {
    const listed = 'Origin: https://partner.example.org\r\n';
    const big = await raw(
      h.url,
      `GET /graphql HTTP/1.1\r\nHost: x\r\n${listed}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(big).toMatch(/Access-Control-Allow-Origin: https:\/\/partner\.example\.org\r\n/);
    const broken = await raw(h.url, `GET /graphql HTTP/1.1\r\nHost: x\r\n${listed}Bad Header\r\n\r\n`);
    expect(broken).toMatch(/^HTTP\/1\.1 400 /);
    expect(broken).toMatch(/Access-Control-Allow-Origin: https:\/\/partner\.example\.org\r\n/);
    const other = await raw(
      h.url,
      `GET /graphql HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\nBad Header\r\n\r\n`,
    );
    expect(other).toMatch(/^HTTP\/1\.1 400 /);
    expect(other).not.toMatch(/Access-Control-Allow-Origin/i);
  });

  it('lists GET and POST, never OPTIONS, in a preflight answer', async () => {
    const r = await fetch(`${h.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example.org', 'access-control-request-method': 'POST' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-methods')).toBe('GET, POST');
  });
});

describe('METRICS=off', () => {
  it('serves no /metrics', async () => {
    const h = await startHarness({ env: { METRICS: 'off' } });
    try {
      expect((await fetch(`${h.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${h.url}/health`)).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});
