import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readResult, startHarness, type Harness } from './harness.js';

const QUERY = '{ __typename }';

/**
 * CSRF prevention on POST only (docs/security.md): a GET query runs with any client's defaults, a
 * POST a browser could send cross-site without a preflight is refused before its body is read.
 */
describe('CSRF prevention', () => {
  let prod: Harness;
  beforeAll(async () => {
    prod = await startHarness({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => prod.close());

  it('runs a GET query with no extra header, as urql and graphql-request send it', async () => {
    const url = `${prod.url}/graphql?query=${encodeURIComponent('query Q($n: Int) { sectors(first: $n) { totalCount } }')}&variables=${encodeURIComponent('{"n":1}')}`;
    const result = await fetch(url, {
      headers: { accept: 'application/graphql-response+json, application/graphql+json, application/json' },
    }).then(readResult);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect((result.body.data?.sectors as { totalCount: number }).totalCount).toBeGreaterThan(20);
  });

  it('refuses a POST with a content type an HTML form can send, or none, unless a preflight header is present', async () => {
    for (const contentType of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      ' TEXT/PLAIN ',
      undefined,
    ]) {
      const headers: Record<string, string> =
        contentType === undefined ? {} : { 'content-type': contentType };
      const refused = await fetch(`${prod.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: QUERY }),
      }).then(readResult);
      expect(refused.status, String(contentType)).toBe(400);
      expect(refused.body.errors?.[0]?.message, String(contentType)).toMatch(/Cross-Site Request Forgery/);
      expect(refused.body.errors?.[0]?.extensions, String(contentType)).toMatchObject({
        code: 'BAD_REQUEST',
        requestId: expect.any(String),
      });
    }
    for (const header of ['apollo-require-preflight', 'x-apollo-operation-name']) {
      const allowed = await prod.post(JSON.stringify({ query: QUERY }), {
        'content-type': 'text/plain',
        [header]: '1',
      });
      // Past CSRF: refused by the body parser's content type rule, not as CSRF.
      expect(allowed.body.errors?.[0]?.message ?? '', header).not.toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('runs a JSON POST, whatever the charset parameter', async () => {
    for (const contentType of [
      'application/json',
      'application/json; charset=utf-8',
      'application/graphql-response+json',
    ]) {
      const result = await prod.post({ query: QUERY }, { 'content-type': contentType });
      expect(result.body.errors?.[0]?.message ?? '', contentType).not.toMatch(/Cross-Site Request Forgery/);
    }
    expect((await prod.gql(QUERY)).body.data).toEqual({ __typename: 'Query' });
  });

  it('still runs no mutation over GET', async () => {
    const result = await fetch(
      `${prod.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`,
    ).then(readResult);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.body.data ?? null).toBeNull();
  });
});
