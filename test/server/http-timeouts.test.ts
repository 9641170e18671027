import { connect, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { captureLogger, startHarness, type Harness } from './harness.js';

/** Opens a raw connection, writes `text`, and resolves when the server closes it (with what it sent). */
function stall(
  url: string,
  text: string,
): Promise<{ closedAfterMs: number; received: string; socket: Socket }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = connect(Number(port), hostname, () => socket.write(text));
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ closedAfterMs: Date.now() - started, received, socket }));
  });
}

describe('socket timeouts: a stalled request is answered 408 and its connection closed', () => {
  const log = captureLogger();
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: { HTTP_REQUEST_TIMEOUT_MS: '1500', HTTP_HEADERS_TIMEOUT_MS: '1000' },
      logger: log.logger,
    });
  });
  afterAll(() => h.close());

  it('closes a request that declares a longer body than it sends, after HTTP_REQUEST_TIMEOUT_MS', async () => {
    const head =
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
    const { closedAfterMs, received } = await stall(h.url, `${head}{"query":`);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1_400);
    expect(closedAfterMs).toBeLessThan(5_000);
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(received).toContain('"code":"BAD_REQUEST"');
    expect(received).toContain('Request timed out.');
    const line = log.lines().find((l) => l.msg === 'http request refused' && l.status === 408);
    expect(line).toMatchObject({ error: 'ERR_HTTP_REQUEST_TIMEOUT', requestId: expect.any(String) });
    const metrics = await fetch(`${h.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/ilo_graph_http_refused_total\{status="408"\} 1\n/);
  });

  it('closes a connection whose headers never end, after HTTP_HEADERS_TIMEOUT_MS', async () => {
    const { closedAfterMs, received } = await stall(h.url, 'POST /graphql HTTP/1.1\r\nHost: localhost\r\n');
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(4_000);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers headers over Node’s limit with 431 and a log line', async () => {
    const r = await fetch(`${h.url}/graphql`, { headers: { 'x-big': 'x'.repeat(20_000) } });
    expect(r.status).toBe(431);
    expect(log.lines().some((l) => l.msg === 'http request refused' && l.status === 431)).toBe(true);
  });

  it('still serves afterwards', async () => {
    const r = await h.gql('{ sectors(first: 1) { totalCount } }');
    expect(r.status).toBe(200);
  });

  it('takes the timeouts from the environment, validated: sane defaults, headers within the request timeout', () => {
    expect(loadConfig({}).http).toEqual({ requestTimeoutMs: 30_000, headersTimeoutMs: 20_000 });
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(
      'HTTP_REQUEST_TIMEOUT_MS must be a whole number from 100 to 600000, got "soon"',
    );
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '10000' })).toThrow(
      'HTTP_HEADERS_TIMEOUT_MS (10000) must not exceed HTTP_REQUEST_TIMEOUT_MS (5000)',
    );
  });
});
