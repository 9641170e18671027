import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { formatError } from '../../src/server/errors.js';
import { STORE_UNDER_TEST } from '../helpers/test-store.js';
import { captureLogger, seededStoreWithTimeout, startHarness, type Harness } from './harness.js';

describe('error model in production: masked for clients, complete in the log', () => {
  const log = captureLogger();
  let h: Harness;
  let dispose: () => void;
  beforeAll(async () => {
    // A 1 ms store timeout: whole-graph queries fail inside the store, a real internal failure.
    const slow = await seededStoreWithTimeout(1);
    dispose = slow.dispose;
    h = await startHarness({ store: slow.store, env: { NODE_ENV: 'production' }, logger: log.logger });
  });
  afterAll(async () => {
    await h.close();
    dispose();
  });

  it('sends a store failure with its code, a client-safe message and the request id, never the internal message or a stack trace', async () => {
    const r = await h.gql('query Ranking { stats { mostConnected(first: 50) { entities { degree } } } }');
    const error = r.body.errors?.[0];
    expect(error?.extensions?.code).toBe('STORE_TIMEOUT');
    expect(error?.extensions?.requestId).toEqual(expect.any(String));
    expect(r.text).not.toMatch(/Kuzu|Neo4j|Interrupted|stacktrace|\.ts:\d+|node_modules/);

    const logged = log.lines().find((l) => l.requestId === error?.extensions?.requestId && l.err);
    expect(logged).toBeDefined();
    const err = logged!.err as { message: string; stack: string };
    const engine = STORE_UNDER_TEST === 'neo4j' ? 'Neo4j' : 'Kuzu';
    expect(err.message).toMatch(new RegExp(`${engine} query .* timed out.*: interrupted`, 'i'));
    expect(err.stack).toMatch(new RegExp(`${STORE_UNDER_TEST}-store`));
    expect(logged!.operation).toBe('Ranking');
    expect(logged!.code).toBe('STORE_TIMEOUT');
    // The operation's line records the code the client received, not a raw internal one.
    const line = log
      .lines()
      .find((l) => l.requestId === error?.extensions?.requestId && l.msg === 'graphql operation');
    expect(line).toMatchObject({ operation: 'Ranking', outcome: 'error', errorCodes: ['STORE_TIMEOUT'] });
  });

  it('keeps stack traces out of client errors such as syntax errors', async () => {
    const r = await h.gql('{ sectors(');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    expect(r.body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  });

  it('masks an unexpected error in production and passes it through in development', () => {
    const unexpected = new GraphQLError('Unexpected: connection string postgres://secret', {
      originalError: new Error('Unexpected: connection string postgres://secret'),
    });
    const formatted = {
      message: unexpected.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    };
    expect(formatError(true)(formatted, unexpected)).toEqual({
      message: 'Internal server error. Quote the request id when reporting it.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatError(false)(formatted, unexpected).message).toContain('postgres://secret');
  });
});

describe('request ids', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('reuses a client x-request-id in every error and in the response header', async () => {
    const r = await h.gql('{ nope }', undefined, { 'x-request-id': 'client-req-42' });
    expect(r.status).toBe(400);
    expect(r.headers.get('x-request-id')).toBe('client-req-42');
    expect(r.body.errors?.[0]?.extensions?.requestId).toBe('client-req-42');
  });

  it('makes its own id when the client sends none or an unsafe one', async () => {
    const r = await h.gql('{ nope }', undefined, { 'x-request-id': 'bad id with spaces' });
    const id = r.body.errors?.[0]?.extensions?.requestId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('x-request-id')).toBe(id);
  });

  it('puts the request id on errors raised before Apollo runs: bad JSON, CSRF, NOT_FOUND from a resolver', async () => {
    const bad = await h.post('{"query":', { 'x-request-id': 'r-json' });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'r-json' });
    const csrf = await h.post('{"query":"{ __typename }"}', {
      'content-type': 'text/plain',
      'x-request-id': 'r-csrf',
    });
    expect(csrf.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'r-csrf' });
    const missing = await h.gql('{ connections(from: "nope:1", to: "nope:2") { length } }', undefined, {
      'x-request-id': 'r-nf',
    });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: 'r-nf' });
    const input = await h.gql('{ sectors(first: -1) { totalCount } }', undefined, {
      'x-request-id': 'r-bui',
    });
    expect(input.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'r-bui' });
  });
});
