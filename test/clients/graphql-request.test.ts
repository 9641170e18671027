import { GraphQLClient } from 'graphql-request';
import { describe, expect, it } from 'vitest';

import { EXAMPLES, serverWithReferenceAnswers, recordingFetch } from './examples.js';

/** graphql-request against the running server, with its default POST and with `method: 'GET'`. */
describe('graphql-request', () => {
  const target = serverWithReferenceAnswers();

  for (const method of ['POST', 'GET'] as const) {
    it(`runs every example operation as ${method} with the same answer as a plain POST`, async () => {
      const recorder = recordingFetch();
      const client = new GraphQLClient(`${target.server.url}/graphql`, {
        fetch: recorder.fetch,
        ...(method === 'GET' ? { method: 'GET' } : {}),
      });
      for (const example of EXAMPLES) {
        const data = await client.request(example.document, example.variables);
        expect(data, example.name).toEqual(target.reference.get(example.name));
      }
      expect(recorder.requests.map((r) => r.method)).toEqual(EXAMPLES.map(() => method));
    });
  }
});
