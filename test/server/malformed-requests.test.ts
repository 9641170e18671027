import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readResult, startHarness, type Harness, type HttpResult } from './harness.js';

/** A 4xx whose body is a GraphQL response with errors that have messages. */
function expectGraphQLClientError(r: HttpResult, code?: string) {
  expect(r.status).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  expect(Array.isArray(r.body.errors)).toBe(true);
  for (const e of r.body.errors!) expect(typeof e.message).toBe('string');
  if (code) expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
}

describe('malformed requests get a 4xx GraphQL error, never a 5xx or a crash', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const raw = (init: RequestInit, path = '/graphql') => fetch(`${h.url}${path}`, init).then(readResult);

  it('refuses truncated JSON', async () => {
    expectGraphQLClientError(await h.post('{"query": "{ sectors { totalCo'), 'BAD_REQUEST');
  });

  it('refuses a JSON body that is not an object', async () => {
    for (const body of [
      'null',
      '5',
      '"text"',
      '[1, 2]',
      '{}',
      '{"query": 5}',
      '{"query": "{ __typename }", "variables": "x"}',
    ]) {
      expectGraphQLClientError(await h.post(body), 'BAD_REQUEST');
    }
  });

  it('refuses text/plain and form bodies', async () => {
    expectGraphQLClientError(
      await h.post('{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
      'BAD_REQUEST',
    );
    expectGraphQLClientError(
      await h.post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
      'BAD_REQUEST',
    );
    expectGraphQLClientError(
      await h.post('--x\r\n', { 'content-type': 'multipart/form-data; boundary=x' }),
      'BAD_REQUEST',
    );
    expectGraphQLClientError(
      await raw({ method: 'POST', body: '{"query":"{ __typename }"}' }),
      'BAD_REQUEST',
    );
  });

  it('refuses an unknown JSON-like content type even with the preflight header', async () => {
    expectGraphQLClientError(
      await h.post('{"query":"{ __typename }"}', {
        'content-type': 'application/xml',
        'apollo-require-preflight': '1',
      }),
      'BAD_REQUEST',
    );
  });

  it('refuses a GET without a query', async () => {
    expectGraphQLClientError(await raw({ headers: { 'apollo-require-preflight': '1' } }), 'BAD_REQUEST');
    expectGraphQLClientError(await raw({}), 'BAD_REQUEST');
  });

  it('refuses a GET carrying a mutation-like or broken query string', async () => {
    expectGraphQLClientError(
      await raw(
        { headers: { 'apollo-require-preflight': '1' } },
        `/graphql?query=${encodeURIComponent('{ sectors(')}`,
      ),
      'GRAPHQL_PARSE_FAILED',
    );
    expectGraphQLClientError(
      await raw(
        { headers: { 'apollo-require-preflight': '1' } },
        '/graphql?query=%7B__typename%7D&variables=%7Bbroken',
      ),
      'BAD_REQUEST',
    );
  });

  it('refuses syntax errors, unknown fields, wrong variable types and missing required variables', async () => {
    expectGraphQLClientError(await h.gql('{ sectors('), 'GRAPHQL_PARSE_FAILED');
    expectGraphQLClientError(await h.gql(''), 'BAD_REQUEST');
    expectGraphQLClientError(await h.gql('{ sectors { nope } }'), 'GRAPHQL_VALIDATION_FAILED');
    expectGraphQLClientError(await h.gql('{ nope }'), 'GRAPHQL_VALIDATION_FAILED');
    const withVar = 'query Q($n: Int!) { sectors(first: $n) { totalCount } }';
    expectGraphQLClientError(await h.gql(withVar, { n: 'abc' }), 'BAD_USER_INPUT');
    expectGraphQLClientError(await h.gql(withVar, { n: 2 ** 40 }), 'BAD_USER_INPUT');
    expectGraphQLClientError(await h.gql(withVar), 'BAD_USER_INPUT');
    expectGraphQLClientError(await h.gql(withVar, { n: null }), 'BAD_USER_INPUT');
    expectGraphQLClientError(
      await h.gql('query Q($k: [EntityKind!]) { search(query: "who", kinds: $k) { score } }', {
        k: ['NOPE'],
      }),
      'BAD_USER_INPUT',
    );
  });

  it('refuses an @include/@skip condition sent as null with BAD_USER_INPUT, not an internal error', async () => {
    for (const query of [
      'query Q($on: Boolean = true) { __typename @include(if: $on) }',
      'query Q($on: Boolean = false) { sectors(first: 1) { totalCount @skip(if: $on) } }',
      'query Q($on: Boolean = false) { ...F @skip(if: $on) } fragment F on Query { __typename }',
    ]) {
      const r = await h.post({ query, variables: { on: null } });
      expectGraphQLClientError(r, 'BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toMatch(
        /^@(include|skip): Argument "if" of non-null type "Boolean!" must not be null\.$/,
      );
    }
  });

  it('refuses an operation name that the document does not define, or a mutation', async () => {
    expectGraphQLClientError(await h.post({ query: 'query A { __typename }', operationName: 'B' }));
    expectGraphQLClientError(await h.post({ query: 'query A { __typename } query B { __typename }' }));
    expectGraphQLClientError(await h.gql('mutation { x }'), 'GRAPHQL_VALIDATION_FAILED');
    expectGraphQLClientError(await h.gql('subscription { x }'), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('still answers afterwards', async () => {
    expect((await raw({}, '/health')).status).toBe(200);
    const r = await h.gql('{ sectors(first: 1) { totalCount } }');
    expect(r.status).toBe(200);
    expect((r.body.data?.sectors as { totalCount: number }).totalCount).toBeGreaterThan(20);
  });
});
