import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXAMPLE_OPERATIONS } from '../helpers/example-operations.js';
import { startHarness, type Harness } from './harness.js';
import { repeat } from '../reliability/target.js';

describe('document limits: refused before validation, with the measured value', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { INTROSPECTION: 'true' } });
  });
  afterAll(() => h.close());

  const refused = async (query: string, message: string, extensions: Record<string, number>) => {
    const before = await h.metrics.storeQueryCount();
    const r = await h.gql(query);
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors?.[0]?.message).toBe(message);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', ...extensions });
    expect(r.body.errors?.[0]?.extensions?.requestId).toBe(r.headers.get('x-request-id'));
    expect(await h.metrics.storeQueryCount()).toBe(before);
  };

  it('refuses more tokens than MAX_QUERY_TOKENS (3000), counting them all', async () => {
    await refused(
      `{ sectors(first: 1) { edges { node { ${repeat(3_000, 'a#: id')} } } } }`,
      'Query has 9016 tokens; the limit is 3000.',
      { tokens: 9_016, maxTokens: 3_000 },
    );
  });

  it('refuses nesting deeper than 128 (a stack overflow in the parser otherwise)', async () => {
    await refused(
      `{ search(query: ${'['.repeat(1_000)}"x"${']'.repeat(1_000)}) { score } }`,
      'Query is nested 1002 levels deep (braces, brackets and parentheses); the limit is 128.',
      { nesting: 1_002, maxNesting: 128 },
    );
  });

  it('refuses a selection of more than MAX_SELECTION_FIELDS (200) fields, counting the fragments spread into it', async () => {
    await refused(
      `{ sectors(first: 1) { edges { node { ${repeat(150, 'a#: id')} ...F } } } } fragment F on Sector { ${repeat(60, 'b#: name')} }`,
      'A selection has 210 fields (fragments spread into it included); the limit is 200.',
      { selectionFields: 210, maxSelectionFields: 200 },
    );
  });

  it('refuses a selection spreading more than MAX_SELECTION_SPREADS (50) fragments', async () => {
    await refused(
      `{ sectors(first: 1) { edges { node { ${repeat(51, '...F#')} } } } } ${repeat(51, 'fragment F# on Sector { id }')}`,
      'A selection spreads 51 fragments; the limit is 50.',
      { selectionSpreads: 51, maxSelectionSpreads: 50 },
    );
  });

  it('refuses a field repeated so often that validation would compare too many pairs (MAX_OVERLAPPING_FIELD_PAIRS, 5000)', async () => {
    // 120 × id: 7140 pairs.
    await refused(
      `{ sectors(first: 1) { edges { node { ${repeat(120, 'id')} } } } }`,
      'Query repeats fields so often that checking they merge takes 7140 comparisons; the limit is 5000. Select each field once per selection.',
      { overlappingFieldPairs: 7_140, maxOverlappingFieldPairs: 5_000 },
    );
    // 50 fragments each selecting instruments { id ×20 } into one selection (~1 s of validation before).
    await refused(
      `{ sectors(first: 1) { edges { node { ${repeat(50, '...F#')} } } } } ${repeat(50, `fragment F# on Sector { instruments { ${repeat(20, 'id')} } }`)}`,
      'Query repeats fields so often that checking they merge takes 549725 comparisons; the limit is 5000. Select each field once per selection.',
      { overlappingFieldPairs: 549_725 },
    );
  });

  it('checks a GET query the same way', async () => {
    const query = `{ sectors(first: 1) { edges { node { ${repeat(120, 'id')} } } } }`;
    const r = await fetch(`${h.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets through every example operation, the standard introspection query and a field selected a few times', async () => {
    for (const { name, query, variables } of EXAMPLE_OPERATIONS) {
      const r = await h.gql(query, variables);
      expect(r.status, name).toBe(200);
      expect(r.body.errors, name).toBeUndefined();
    }
    const introspection = await h.gql(getIntrospectionQuery());
    expect(introspection.status).toBe(200);
    const repeated = await h.gql(
      `{ sectors(first: 2) { edges { node { id id name ...A ...B } } } } fragment A on Sector { id name } fragment B on Sector { id instruments { id } }`,
    );
    expect(repeated.status).toBe(200);
    expect(repeated.body.errors).toBeUndefined();
  });

  it('leaves a syntax error to the parser (GRAPHQL_PARSE_FAILED, as before)', async () => {
    const r = await h.gql('{ sectors(first: 1) { ');
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
