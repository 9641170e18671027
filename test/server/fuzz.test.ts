import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  GraphQLBoolean,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getSchema } from '../../src/api/build-schema.js';
import { startHarness, type Harness, type HttpResult } from './harness.js';

/** An argument value: often of the right type, sometimes of a wrong one. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({}),
    fc.constant([]),
  );
  const inner = isNonNullType(type) ? type.ofType : type;
  let right: fc.Arbitrary<unknown>;
  if (isListType(inner))
    right = fc.array(valueFor(inner.ofType as GraphQLInputType, depth + 1), { maxLength: 3 });
  else {
    const named = getNamedType(inner);
    if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.name));
    else if (isInputObjectType(named) && depth < 3) {
      const fields = Object.values(named.getFields());
      right = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
        requiredKeys: [],
      });
    } else if (named.name === 'Int')
      right = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: -5, max: 200 }));
    else if (named.name === 'Float') right = fc.double();
    else if (named.name === 'Boolean') right = fc.boolean();
    else
      right = fc.oneof(
        fc.constantFrom('agency:WHO', 'sector:health-services', 'topic:child-labour', 'who', ''),
        fc.string(),
      );
  }
  return fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** A random selection set for a type, from the real schema (bounded depth and breadth). */
function selectionFor(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isScalarType(type) || isEnumType(type)) return fc.constant('');
  if (depth <= 0) return fc.constant('{ __typename }');
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    return fc
      .constantFrom(...possible)
      .chain((t) =>
        selectionFor(schema, t, depth - 1).map(
          (s) => `{ __typename ... on ${t.name} ${s || '{ __typename }'} }`,
        ),
      );
  }
  if (!isObjectType(type)) return fc.constant('{ __typename }');
  const fields = Object.values(type.getFields());
  const field = fc.constantFrom(...fields).chain((f) =>
    fc
      .tuple(
        fc.record(Object.fromEntries(f.args.map((a) => [a.name, valueFor(a.type)])), {
          requiredKeys: f.args
            .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
            .map((a) => a.name),
        }),
        selectionFor(schema, getNamedType(f.type), depth - 1),
      )
      .map(([args, sub]) => ({ name: f.name, args, sub })),
  );
  return fc.array(field, { minLength: 1, maxLength: 3 }).map((picked) => {
    const parts = picked.map((p, i) => {
      const vars = Object.entries(p.args).map(([k, v]) => `${k}: ${literal(v)}`);
      return `f${i}: ${p.name}${vars.length ? `(${vars.join(', ')})` : ''} ${p.sub}`;
    });
    return `{ __typename ${parts.join(' ')} }`;
  });
}

/** A JS value as a GraphQL literal (enum-looking strings stay strings: wrong types are the point). */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${literal(x)}`)
      .join(', ')}}`;
  if (typeof v === 'string' && /^[A-Z][A-Z_]+$/.test(v)) return v;
  if (typeof v === 'number' && !Number.isFinite(v)) return '0';
  return JSON.stringify(v);
}

/** JSON for a variable of `type`: a value of that type, or (sometimes) of another type. */
function jsonFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const across = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, -0, 1e308),
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  let right: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = jsonFor(inner.ofType as GraphQLInputType, depth + 1);
    // A single value stands for a list of one (input coercion).
    right = fc.oneof(fc.array(item, { maxLength: 4 }), item);
  } else {
    const named = getNamedType(inner);
    if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.name));
    else if (isInputObjectType(named) && depth < 3) {
      const fields = Object.values(named.getFields());
      right = fc.record(Object.fromEntries(fields.map((f) => [f.name, jsonFor(f.type, depth + 1)])), {
        requiredKeys: [],
      });
    } else if (named.name === 'Int')
      right = fc.oneof(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: -5, max: 200 }),
        fc.constantFrom(2 ** 31 - 1, -(2 ** 31)),
      );
    else if (named.name === 'Float') right = fc.double({ noNaN: true, noDefaultInfinity: true });
    else if (named.name === 'Boolean') right = fc.boolean();
    else if (named.name === 'ID') right = fc.oneof(fc.constantFrom(...IDS), fc.integer(), fc.string());
    else right = fc.oneof(fc.constantFrom(...IDS, 'who', 'labour', ''), fc.string());
  }
  return fc.oneof(
    { weight: 12, arbitrary: nonNull ? right : fc.oneof({ weight: 8, arbitrary: right }, fc.constant(null)) },
    { weight: 1, arbitrary: across },
  );
}

const IDS = ['agency:WHO', 'agency:FAO', 'sector:health-services', 'topic:child-labour', 'instrument:C182'];

/** Declared types to use instead of an argument's own (a mismatch is a validation error, not a crash). */
const OTHER_TYPES = [
  'Int',
  'Int!',
  'String',
  'ID!',
  'Boolean',
  '[ID!]',
  '[ID!]!',
  'Float',
  'EntityKind',
  '[GapKind!]',
];

interface GeneratedOperation {
  document: string;
  variables: Record<string, unknown>;
}

/**
 * An operation that declares variables for its root fields' arguments (values fuzzed against
 * and across their declared types), selects through named fragments, and carries @include/@skip
 * with literal or variable conditions.
 */
function operationWithVariables(schema: GraphQLSchema): fc.Arbitrary<GeneratedOperation> {
  const query = schema.getQueryType()!;
  const rootField = fc.constantFrom(...Object.values(query.getFields())).chain((f) =>
    fc.record({
      field: fc.constant(f),
      args: fc.tuple(
        ...f.args.map((a) =>
          fc.record({
            arg: fc.constant(a),
            // variable, literal or omitted
            how: fc.constantFrom('variable', 'variable', 'literal', 'omitted'),
            declared: fc.oneof(
              { weight: 15, arbitrary: fc.constant(a.type.toString()) },
              { weight: 1, arbitrary: fc.constantFrom(...OTHER_TYPES) },
            ),
            value: jsonFor(a.type),
            literal: valueFor(a.type),
            missing: fc.boolean(),
          }),
        ),
      ),
      selection: selectionFor(schema, getNamedType(f.type), 2),
      viaFragment: fc.boolean(),
      directive: fc.constantFrom(
        '',
        '',
        '@include(if: $on)',
        '@skip(if: $on)',
        '@include(if: true)',
        '@skip(if: false)',
        '@skip(if: true)',
      ),
    }),
  );
  return fc
    .tuple(
      fc.array(rootField, { minLength: 1, maxLength: 2 }),
      // Mostly a boolean; sometimes absent (its default), null or another type.
      fc.oneof({ weight: 4, arbitrary: fc.boolean() }, fc.constant(undefined), jsonFor(GraphQLBoolean)),
    )
    .map(([roots, on]) => {
      const declarations: string[] = [];
      const variables: Record<string, unknown> = {};
      const fragments: string[] = [];
      const parts = roots.map((r, i) => {
        const args: string[] = [];
        r.args.forEach((a, j) => {
          const name = a.arg.name;
          if (a.how === 'omitted') return;
          if (a.how === 'literal') {
            args.push(`${name}: ${literal(a.literal)}`);
            return;
          }
          const variable = `v${i}_${j}`;
          declarations.push(`$${variable}: ${a.declared}`);
          if (!a.missing || isNonNullType(a.arg.type)) variables[variable] = a.value;
          args.push(`${name}: $${variable}`);
        });
        const head = `r${i}: ${r.field.name}${args.length ? `(${args.join(', ')})` : ''} ${r.directive}`;
        const named = getNamedType(r.field.type);
        if (!r.selection) return head;
        if (r.viaFragment && (isObjectType(named) || isInterfaceType(named) || isUnionType(named))) {
          fragments.push(`fragment F${i} on ${named.name} ${r.selection}`);
          return `${head} { ...F${i} @include(if: $on) __typename }`;
        }
        return `${head} ${r.selection}`;
      });
      const body = `{ ${parts.join(' ')} } ${fragments.join(' ')}`;
      // $on only where a directive uses it (an unused variable is a validation error).
      if (body.includes('$on')) {
        declarations.push('$on: Boolean = true');
        if (on !== undefined) variables.on = on;
      }
      return {
        document: `query Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''} ${body}`,
        variables,
      };
    });
}

function expectWellFormed(r: HttpResult): void {
  expect(r.status).toBeLessThan(500);
  expect(r.body.data !== undefined || r.body.errors !== undefined).toBe(true);
  if (r.body.errors !== undefined) {
    expect(Array.isArray(r.body.errors)).toBe(true);
    for (const e of r.body.errors) {
      expect(typeof e.message).toBe('string');
      expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  }
}

describe('fuzz: random and malformed documents and variables', () => {
  let h: Harness;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    h = await startHarness({ env: { NODE_ENV: 'production' } });
    schema = await getSchema();
  });
  afterAll(() => h.close());

  it('answers random selections of the real schema with random arguments with a well-formed result', async () => {
    const document = selectionFor(schema, schema.getQueryType()!, 3);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(document, async (doc) => {
        const r = await h.gql(doc);
        expectWellFormed(r);
        const refused = (r.body.errors ?? []).some((e) =>
          /GRAPHQL_|QUERY_TOO_COMPLEX/.test(String(e.extensions?.code)),
        );
        if (!refused) answered++;
      }),
      { numRuns: 150, seed: 20240601 },
    );
    // Not only refusals before execution: a good share of the random operations ran.
    expect(answered).toBeGreaterThan(40);
  });

  it('answers operations with variables (fuzzed against and across their types), named fragments and @include/@skip with a well-formed result', async () => {
    let answered = 0;
    let refusedVariables = 0;
    await fc.assert(
      fc.asyncProperty(operationWithVariables(schema), async ({ document, variables }) => {
        const r = await h.post({ query: document, variables, operationName: 'Fuzz' });
        expectWellFormed(r);
        const codes = (r.body.errors ?? []).map((e) => String(e.extensions?.code));
        if (codes.length === 0 || r.body.data) answered++;
        if (codes.includes('BAD_USER_INPUT') && r.status === 400) refusedVariables++;
      }),
      // 300 runs: the schema's growth (passage, citedBy) spread 150 runs too thin to refuse 10.
      { numRuns: 300, seed: 20240603 },
    );
    // Both kinds happened: operations that ran, and variables refused for their type.
    expect(answered).toBeGreaterThan(20);
    expect(refusedVariables).toBeGreaterThan(10);
  });

  it('answers garbage documents, variables and bodies with a well-formed 4xx', async () => {
    const garbage = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(...'{}()[]:$!@#."\\ query fragment on ...'.split('')),
        maxLength: 80,
      }),
      fc.constant('{ sectors(first: 1) { totalCount } }'),
    );
    const variables = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 })),
    );
    await fc.assert(
      fc.asyncProperty(garbage, variables, fc.boolean(), async (query, vars, asRaw) => {
        const r = asRaw ? await h.post(query) : await h.post({ query, variables: vars });
        expect(r.status).toBeLessThan(500);
        expect(Array.isArray(r.body.errors) || r.body.data !== undefined).toBe(true);
        for (const e of r.body.errors ?? []) {
          expect(typeof e.message).toBe('string');
          expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      }),
      { numRuns: 150, seed: 20240602 },
    );
  });

  it('is alive afterwards', async () => {
    expect((await fetch(`${h.url}/health`)).status).toBe(200);
    const r = await h.gql('{ sectors(first: 1) { totalCount } }');
    expect((r.body.data?.sectors as { totalCount: number }).totalCount).toBeGreaterThan(20);
  });
});
