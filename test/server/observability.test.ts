import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { httpErrorHandler } from '../../src/server/http-refusals.js';
import { requestIdMiddleware } from '../../src/server/request-id.js';
import { captureLogger, startHarness, type Harness } from './harness.js';

describe('observability: structured logs and Prometheus metrics', () => {
  const log = captureLogger();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ logger: log.logger });
  });
  afterAll(() => h.close());

  it('logs one JSON line per operation with the request id, operation name and duration', async () => {
    const r = await h.gql(
      'query SectorPage { sectors(first: 3) { edges { node { id instruments { id } } } } }',
      undefined,
      { 'x-request-id': 'obs-1' },
    );
    expect(r.status).toBe(200);
    const line = log.lines().find((l) => l.requestId === 'obs-1' && l.msg === 'graphql operation');
    expect(line).toMatchObject({
      level: 30,
      operation: 'SectorPage',
      outcome: 'ok',
      durationMs: expect.any(Number),
    });
    expect(line!.durationMs as number).toBeGreaterThan(0);
    expect(line!.time).toEqual(expect.any(Number));
  });

  it('logs a failed operation with its error codes', async () => {
    await h.gql('query Broken { connections(from: "nope:1", to: "nope:2") { length } }', undefined, {
      'x-request-id': 'obs-2',
    });
    const line = log.lines().find((l) => l.requestId === 'obs-2' && l.msg === 'graphql operation');
    expect(line).toMatchObject({ operation: 'Broken', outcome: 'error', errorCodes: ['NOT_FOUND'] });
  });

  it('exposes request, store, DataLoader and process metrics at /metrics after a request', async () => {
    await h.gql('query SectorPage { sectors(first: 3) { edges { node { id instruments { id } } } } }');
    const response = await fetch(`${h.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/ilo_graph_graphql_requests_total\{operation="SectorPage",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/ilo_graph_graphql_request_duration_seconds_count\{operation="SectorPage"\} [1-9]/);
    expect(text).toMatch(
      /ilo_graph_graphql_request_duration_seconds_bucket\{le="0\.1",operation="SectorPage"\}/,
    );
    expect(text).toMatch(/ilo_graph_store_queries_total\{query="[\w-]+",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/ilo_graph_store_query_duration_seconds_count\{query="[\w-]+"\} [1-9]/);
    expect(text).toMatch(/ilo_graph_dataloader_batch_size_count\{loader="[\w-]+"\} [1-9]/);
    expect(text).toMatch(/ilo_graph_process_resident_memory_bytes \d+/);
    expect(text).toMatch(/ilo_graph_nodejs_heap_size_used_bytes \d+/);
  });

  it('bounds the operation label: the first METRICS_MAX_OPERATIONS names, then `other`; unnamed operations as `anonymous`', async () => {
    const small = await startHarness({ env: { METRICS_MAX_OPERATIONS: '5' } });
    try {
      const names = Array.from(
        { length: 300 },
        (_, i) => `Random${i}x${Math.random().toString(36).slice(2)}`,
      );
      for (const name of names) await small.gql(`query ${name} { __typename }`);
      await small.gql('{ __typename }');
      await small.gql('query { __typename }');
      await small.gql(`query ${'L'.repeat(65)} { __typename }`);
      await small.gql(`query ${names[0]} { __typename }`);
      const text = await fetch(`${small.url}/metrics`).then((r) => r.text());
      const labels = new Set(
        [...text.matchAll(/ilo_graph_graphql_requests_total\{operation="([^"]*)"/g)].map((m) => m[1]),
      );
      expect([...labels].sort()).toEqual([...names.slice(0, 5), 'anonymous', 'other'].sort());
      const count = (op: string) =>
        Number(
          text.match(
            new RegExp(`ilo_graph_graphql_requests_total\\{operation="${op}",outcome="ok"\\} (\\d+)`),
          )?.[1],
        );
      expect(count('other')).toBe(296);
      expect(count('anonymous')).toBe(2);
      expect(count(names[0]!)).toBe(2);
      expect(text.length).toBeLessThan(40_000);
    } finally {
      await small.close();
    }
    expect(() => loadConfig({ METRICS_MAX_OPERATIONS: 'lots' })).toThrow(
      'METRICS_MAX_OPERATIONS must be a whole number from 1 to 10000, got "lots"',
    );
    expect(loadConfig({}).metricsMaxOperations).toBe(100);
  });
});

const json = { 'content-type': 'application/json' };

describe('requests refused before any GraphQL operation: one log line and a count by status', () => {
  const log = captureLogger();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ logger: log.logger });
  });
  afterAll(() => h.close());

  const lineFor = (requestId: string) =>
    log.lines().filter((l) => l.requestId === requestId && String(l.msg).startsWith('http request'));

  it('logs bad JSON, 413, CSRF, batching, unsupported method and content type with status, codes and request id', async () => {
    const cases: { id: string; init: RequestInit; status: number; code: string; message: RegExp }[] = [
      {
        id: 'r-json',
        init: { method: 'POST', body: '{"query":', headers: json },
        status: 400,
        code: 'BAD_REQUEST',
        message: /not valid JSON/,
      },
      {
        id: 'r-413',
        init: {
          method: 'POST',
          body: JSON.stringify({ query: 'x'.repeat(h.config.limits.maxBodyBytes) }),
          headers: json,
        },
        status: 413,
        code: 'BAD_REQUEST',
        message: /too large/,
      },
      {
        id: 'r-csrf',
        init: {
          method: 'POST',
          body: '{"query":"{ __typename }"}',
          headers: { 'content-type': 'text/plain' },
        },
        status: 400,
        code: 'BAD_REQUEST',
        message: /Cross-Site Request Forgery/,
      },
      {
        id: 'r-batch',
        init: { method: 'POST', body: '[{"query":"{ __typename }"}]', headers: json },
        status: 400,
        code: 'BAD_REQUEST',
        message: /batch/i,
      },
      {
        id: 'r-put',
        init: { method: 'PUT', body: '{}', headers: json },
        status: 405,
        code: 'BAD_REQUEST',
        message: /GET\/POST/,
      },
      {
        id: 'r-415',
        init: { method: 'GET', headers: { 'content-type': 'text/plain', 'apollo-require-preflight': '1' } },
        status: 415,
        code: 'BAD_REQUEST',
        message: /content-type/,
      },
    ];
    for (const c of cases) {
      const response = await fetch(`${h.url}/graphql?query=%7B__typename%7D`, {
        ...c.init,
        headers: { ...(c.init.headers as Record<string, string>), 'x-request-id': c.id },
      });
      expect(response.status, c.id).toBe(c.status);
      await response.text();
      await new Promise((r) => setTimeout(r, 10)); // 'finish' fires after the body is sent
      const lines = lineFor(c.id);
      expect(lines, c.id).toHaveLength(1);
      expect(lines[0], c.id).toMatchObject({
        msg: 'http request refused',
        level: 30,
        status: c.status,
        path: '/graphql',
        method: c.init.method ?? 'GET',
        errorCodes: [c.code],
        durationMs: expect.any(Number),
      });
      expect(String(lines[0]!.message), c.id).toMatch(c.message);
    }
    const text = await fetch(`${h.url}/metrics`).then((r) => r.text());
    expect(text).toMatch(/ilo_graph_http_refused_total\{status="400"\} 3\n/);
    expect(text).toMatch(/ilo_graph_http_refused_total\{status="413"\} 1\n/);
    expect(text).toMatch(/ilo_graph_http_refused_total\{status="405"\} 1\n/);
    expect(text).toMatch(/ilo_graph_http_refused_total\{status="415"\} 1\n/);
  });

  it('leaves requests that ran an operation to the operation’s own line, even when it failed', async () => {
    await h.gql('{ nope }', undefined, { 'x-request-id': 'r-op' });
    await new Promise((r) => setTimeout(r, 10));
    expect(lineFor('r-op')).toHaveLength(0);
    expect(log.lines().filter((l) => l.requestId === 'r-op' && l.msg === 'graphql operation')).toHaveLength(
      1,
    );
  });
});

describe('the HTTP error handler: a client’s error is a 4xx, an unexpected one is logged and a 500', () => {
  const log = captureLogger();
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.use(requestIdMiddleware);
    app.get('/client', () => {
      throw Object.assign(new Error('bad range'), { status: 416, expose: true });
    });
    app.get('/ours', () => {
      throw new Error('connection string postgres://secret');
    });
    app.get('/ours-5xx', () => {
      throw Object.assign(new Error('upstream down'), { status: 502 });
    });
    app.use(httpErrorHandler(log.logger));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a client error with its 4xx status and BAD_REQUEST, without an error log', async () => {
    const r = await fetch(`${url}/client`, { headers: { 'x-request-id': 'h-client' } });
    expect(r.status).toBe(416);
    expect(await r.json()).toEqual({
      errors: [{ message: 'Malformed request.', extensions: { code: 'BAD_REQUEST', requestId: 'h-client' } }],
    });
    expect(log.lines().filter((l) => l.requestId === 'h-client')).toHaveLength(0);
  });

  it('answers an unexpected error with a masked 500 and logs it with its stack', async () => {
    for (const [path, id] of [
      ['/ours', 'h-ours'],
      ['/ours-5xx', 'h-502'],
    ] as const) {
      const r = await fetch(`${url}${path}`, { headers: { 'x-request-id': id } });
      expect(r.status).toBe(500);
      const text = await r.text();
      expect(JSON.parse(text)).toEqual({
        errors: [
          {
            message: 'Internal server error. Quote the request id when reporting it.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id },
          },
        ],
      });
      expect(text).not.toMatch(/postgres|upstream/);
      const line = log.lines().find((l) => l.requestId === id);
      expect(line).toMatchObject({ level: 50, msg: 'unexpected error in the HTTP handler' });
      expect((line!.err as { stack: string }).stack).toMatch(/observability\.test/);
    }
  });
});
