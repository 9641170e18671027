import { cacheExchange, createClient, fetchExchange } from '@urql/core';
import { describe, expect, it } from 'vitest';

import { EXAMPLES, serverWithReferenceAnswers, recordingFetch, withoutTypenames } from './examples.js';

/**
 * urql's default client against the running server. Its default sends queries as GET (when the URL
 * stays short), which the server's CSRF prevention once refused with a 400 (docs/security.md).
 */
describe('urql', () => {
  const target = serverWithReferenceAnswers();

  it('runs every example operation with its defaults, as GET requests, with the same answer as a plain POST', async () => {
    const recorder = recordingFetch();
    const client = createClient({
      url: `${target.server.url}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recorder.fetch,
    });
    for (const example of EXAMPLES) {
      const result = await client.query(example.document, example.variables).toPromise();
      expect(result.error, example.name).toBeUndefined();
      // urql's document cache adds __typename to every selection.
      expect(withoutTypenames(result.data), example.name).toEqual(
        withoutTypenames(target.reference.get(example.name)),
      );
    }
    expect(recorder.requests.length).toBe(EXAMPLES.length);
    expect(
      recorder.requests.every((r) => r.method === 'GET'),
      JSON.stringify(recorder.requests),
    ).toBe(true);
  });

  it('falls back to POST for a query too long for a URL, as its default says', async () => {
    const recorder = recordingFetch();
    const client = createClient({
      url: `${target.server.url}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      fetch: recorder.fetch,
    });
    // Over 2048 characters of URL, within the server's 50 root fields.
    const alias = (i: number) => `a_root_field_alias_long_enough_to_make_the_url_too_long_${i}`;
    const fields = Array.from({ length: 45 }, (_, i) => `${alias(i)}: __typename`).join(' ');
    const result = await client.query(`query Long { ${fields} }`, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.[alias(44)]).toBe('Query');
    expect(recorder.requests.map((r) => r.method)).toEqual(['POST']);
  });
});
