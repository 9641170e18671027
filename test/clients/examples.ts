import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';

import * as generated from '../../schema/generated/graphql.js';
import variables from '../../schema/operations/variables.json' with { type: 'json' };
import { afterAll, beforeAll } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';

export interface Example {
  name: string;
  document: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  text: string;
  variables: Record<string, unknown>;
}

/** The example operations (schema/operations), as typed documents, with their variables. */
export const EXAMPLES: Example[] = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([, value]) => value as unknown as Example['document'])
  .map((document) => {
    const name = getOperationAST(document)?.name?.value ?? '';
    return {
      name,
      document,
      text: print(document),
      variables: (variables as Record<string, Record<string, unknown>>)[name] ?? {},
    };
  });

/** What a plain JSON POST gets for an example: the reference every client must match. */
async function referenceAnswers(server: TestServer): Promise<Map<string, unknown>> {
  const answers = new Map<string, unknown>();
  for (const example of EXAMPLES)
    answers.set(example.name, await server.data(example.text, example.variables));
  return answers;
}

export interface ClientTarget {
  server: TestServer;
  /** Each example's answer to a plain JSON POST, by operation name. */
  reference: Map<string, unknown>;
}

/**
 * For a describe block: the server on the store under test, and the reference answers; ready
 * before the block's tests, closed after them. The returned object is filled in by then.
 */
export function serverWithReferenceAnswers(): ClientTarget {
  const target = {} as ClientTarget;
  beforeAll(async () => {
    target.server = await startTestServer();
    target.reference = await referenceAnswers(target.server);
  });
  afterAll(() => target.server?.close());
  return target;
}

/** An answer without the `__typename` fields a client adds to every selection (Apollo Client does). */
export function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, v]) => [key, withoutTypenames(v)]),
  );
}

/** A fetch that records each request's method and URL before sending it, unchanged. */
export function recordingFetch(): { fetch: typeof fetch; requests: { method: string; url: string }[] } {
  const requests: { method: string; url: string }[] = [];
  return {
    requests,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push({ method: request.method, url: request.url });
      return fetch(request);
    },
  };
}
