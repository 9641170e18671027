import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  gql,
  graphSnapshot,
  HEALTH_MEDIAN_MS,
  healthDuring,
  percentile,
  repeat,
  startTarget,
  type GraphSnapshot,
  type Target,
} from './target.js';

/**
 * The attacks that already held, kept as tests so that they go on holding: depth, alias and
 * fragment bombs, slow headers and bodies, a gzip bomb, an oversized body, Cypher in every kind
 * of argument. Each is refused with its documented status and code, /health answers meanwhile,
 * and the graph is unchanged after.
 */
describe('attacks that hold', () => {
  let target: Target;
  let before: GraphSnapshot;
  beforeAll(async () => {
    // Short socket timeouts, so that the slow clients are cut within the test's time.
    target = await startTarget({ env: { HTTP_REQUEST_TIMEOUT_MS: '3000', HTTP_HEADERS_TIMEOUT_MS: '2000' } });
    before = await graphSnapshot(target.url);
  }, 120_000);
  afterAll(() => target?.stop());

  it('refuses depth, alias and fragment bombs with QUERY_TOO_COMPLEX', async () => {
    const bombs = [
      `{ sectors(first: 1) { edges { node { ${'instruments { sectors { '.repeat(6)} id ${'} } '.repeat(6)} } } } }`,
      `{ ${repeat(60, 'a#: gaps { kind }')} }`,
      `{ ...F0 } ${Array.from({ length: 40 }, (_, i) => (i < 39 ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { __typename }`)).join(' ')}`,
    ];
    const { result, failures } = await healthDuring(
      target.url,
      Promise.all(bombs.map((query) => gql(target.url, query))),
    );
    for (const r of result) {
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
    expect(failures).toBe(0);
  }, 60_000);

  it('answers slow headers and slow bodies 408 and closes them, while /health answers', async () => {
    const { port } = new URL(target.url);
    const slow = (head: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        let received = '';
        socket.on('data', (c: Buffer) => (received += c.toString()));
        socket.on('close', () => resolve(received));
        socket.on('error', () => resolve(received));
        socket.write(head);
      });
    const { result, latenciesMs, failures } = await healthDuring(
      target.url,
      Promise.all([
        ...Array.from({ length: 10 }, () => slow('POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ')),
        ...Array.from({ length: 10 }, () =>
          slow(
            'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
          ),
        ),
      ]),
    );
    for (const answer of result) expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(failures).toBe(0);
    expect(percentile(latenciesMs, 50)).toBeLessThan(HEALTH_MEDIAN_MS);
  }, 60_000);

  it('refuses a gzip bomb and an oversized body with 413, reading no more than the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, ' '));
    const zipped = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb,
    });
    expect(zipped.status).toBe(413);
    const big = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(500_000) } }),
    });
    expect(big.status).toBe(413);
    expect(
      ((await big.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('BAD_REQUEST');
  }, 60_000);

  it('treats Cypher in every kind of argument as text: nothing changes, nothing leaks', async () => {
    const injections = [
      "x' }) MATCH (n) DETACH DELETE n //",
      '"}) RETURN 1 UNION MATCH (n) RETURN n //',
      "agency:WHO') OR 1=1 //",
    ];
    for (const text of injections) {
      for (const [query, variables] of [
        ['query($t: String!) { search(query: $t) { score } }', { t: text }],
        ['query($t: ID!) { node(id: $t) { id } }', { t: text }],
        ['query($t: String!) { sectors(where: { nameContains: $t }) { totalCount } }', { t: text }],
        ['query($t: ID!) { collaborations(where: { partner: $t }) { totalCount } }', { t: text }],
      ] as const) {
        const r = await gql(target.url, query, variables);
        expect(r.status, query).toBe(200);
        expect(JSON.stringify(r.body)).not.toMatch(/INTERNAL_SERVER_ERROR|Cypher|Kuzu|neo4j/i);
      }
    }
    expect(await graphSnapshot(target.url)).toEqual(before);
  }, 60_000);
});
