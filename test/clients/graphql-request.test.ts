import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { EXAMPLES, referenceAnswers, recordingFetch } from './examples.js';

/** graphql-request against the running server, with its default POST and with `method: 'GET'`. */
describe('graphql-request', () => {
  let server: TestServer;
  let reference: Map<string, unknown>;
  beforeAll(async () => {
    server = await startTestServer();
    reference = await referenceAnswers(server);
  });
  afterAll(() => server.close());

  for (const method of ['POST', 'GET'] as const) {
    it(`runs every example operation as ${method} with the same answer as a plain POST`, async () => {
      const recorder = recordingFetch();
      const client = new GraphQLClient(`${server.url}/graphql`, {
        fetch: recorder.fetch,
        ...(method === 'GET' ? { method: 'GET' } : {}),
      });
      for (const example of EXAMPLES) {
        const data = await client.request(example.document, example.variables);
        expect(data, example.name).toEqual(reference.get(example.name));
      }
      expect(recorder.requests.map((r) => r.method)).toEqual(EXAMPLES.map(() => method));
    });
  }
});
