import { connect } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import type { Params, Row } from '../../src/store/port/graph-store.port.js';
import type { QueryName } from '../../src/store/query-names.js';
import { StoreDecorator } from '../../src/store/store-decorator.js';
import { createTestStore, seedTestStore } from '../helpers/test-store.js';
import { readResult, startHarness, type Harness } from './harness.js';

/**
 * The store under test, whose reads wait while `held` (a slow store, as a long query makes it):
 * what keeps a request in flight for as long as a test needs.
 */
class HeldStore extends StoreDecorator {
  private release: (() => void) | undefined;
  private gate: Promise<void> = Promise.resolve();

  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release?.();
  }

  override async read(query: QueryName, params?: Params): Promise<Row[]> {
    await this.gate;
    return this.inner.read(query, params);
  }
}

const SECTORS = '{ sectors(first: 2) { edges { node { id } } } }';

describe('back-pressure: requests served at once, waiting, and per connection', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function harness(env: Record<string, string>): Promise<{ h: Harness; store: HeldStore }> {
    const raw = createTestStore();
    await seedTestStore(raw);
    const store = new HeldStore(raw);
    h = await startHarness({ env, store });
    return { h, store };
  }

  it('refuses a request beyond MAX_IN_FLIGHT and MAX_QUEUED with 503, Retry-After and SERVER_BUSY, while /health answers', async () => {
    const { h, store } = await harness({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '0' });
    store.hold();
    const first = h.gql(SECTORS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await h.gql(SECTORS);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVER_BUSY',
      requestId: refused.headers.get('x-request-id'),
    });
    const health = await fetch(`${h.url}/health`);
    expect(health.status).toBe(200);
    store.open();
    expect((await first).status).toBe(200);
    expect((await h.gql(SECTORS)).status).toBe(200);
  });

  it('lets a request wait for a place (MAX_QUEUED) and serves it when one frees', async () => {
    const { h, store } = await harness({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '1' });
    store.hold();
    const first = h.gql(SECTORS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = h.gql(SECTORS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await h.gql(SECTORS)).status).toBe(503); // the queue is full
    store.open();
    const [a, b] = await Promise.all([first, second]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.data).toEqual(a.body.data);
  });

  it('refuses a request that waited MAX_QUEUE_WAIT_MS for a place', async () => {
    const { h, store } = await harness({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '5', MAX_QUEUE_WAIT_MS: '300' });
    store.hold();
    const first = h.gql(SECTORS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const waited = await h.gql(SECTORS);
    expect(waited.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    store.open();
    expect((await first).status).toBe(200);
  });

  it('answers pipelined requests of one connection in order, at most MAX_IN_FLIGHT_PER_CONNECTION at once', async () => {
    const { h } = await harness({ MAX_IN_FLIGHT_PER_CONNECTION: '2' });
    const { port } = new URL(h.url);
    const ids = Array.from({ length: 12 }, (_, i) => `q${i}`);
    const request = (id: string) => {
      const body = JSON.stringify({ query: `query ${id} { __typename }` });
      return `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nx-request-id: ${id}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    };
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.write(ids.map(request).join(''));
    const deadline = Date.now() + 10_000;
    while ((received.match(/HTTP\/1\.1 /g) ?? []).length < ids.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    socket.destroy();
    expect(received.match(/HTTP\/1\.1 \d+/g)).toEqual(ids.map(() => 'HTTP/1.1 200'));
    expect([...received.matchAll(/x-request-id: (q\d+)/g)].map((m) => m[1])).toEqual(ids);
  });

  it('never refuses /health, /ready or /metrics', async () => {
    const { h, store } = await harness({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '0' });
    store.hold();
    const first = h.gql(SECTORS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const path of ['/health', '/metrics'])
      expect((await fetch(`${h.url}${path}`)).status, path).toBe(200);
    store.open();
    await first;
    expect((await readResult(await fetch(`${h.url}/ready`))).status).toBe(200);
  });
});
