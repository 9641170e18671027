import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
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
