import type { GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getSchema } from '../../src/api/build-schema.js';
import { startHarness, type Harness } from './harness.js';
import { minimalSelection, queryFields, requiredArgs, textPaths } from './schema-walk.js';

/** Text that would change a query if it were pasted into Cypher instead of bound as a parameter. */
const PAYLOADS = [
  "') DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 WITH n MATCH (m) DETACH DELETE m RETURN '",
  '$ids',
  '`Entity`) DETACH DELETE n //',
  'sector:agriculture\u0000") DETACH DELETE n',
  "\\' }]->() DELETE r //",
];

const STATS = `{ stats { totalEntities totalRelationships
  entitiesByKind { name count } relationshipsByType { name count } } }`;

/** A valid value for a required argument that is not under test. */
const filler = (name: string, type: string) =>
  type.startsWith('[')
    ? ['agency:WHO', 'sector:health-services']
    : name === 'to'
      ? 'sector:health-services'
      : name === 'query'
        ? 'labour'
        : 'agency:WHO';

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

function casesFor(field: GraphQLField<unknown, unknown>, payload: string): Case[] {
  const cases: Case[] = [];
  for (const arg of field.args) {
    const paths = textPaths(arg.type);
    if (!paths) continue;
    const values: [string, unknown][] =
      paths === 'scalar'
        ? [[arg.name, payload]]
        : paths === 'list'
          ? [[arg.name, [payload]]]
          : Object.entries(paths).map(([f, p]) => [
              `${arg.name}.${f}`,
              { [f]: p === 'list' ? [payload] : payload },
            ]);
    for (const [label, value] of values) {
      const others = requiredArgs(field).filter((a) => a.name !== arg.name);
      const defs = [`$v: ${arg.type.toString()}`, ...others.map((a) => `$${a.name}: ${a.type.toString()}`)];
      const args = [`${arg.name}: $v`, ...others.map((a) => `${a.name}: $${a.name}`)];
      const variables: Record<string, unknown> = { v: value };
      for (const a of others) variables[a.name] = filler(a.name, a.type.toString());
      cases.push({
        label: `${field.name}(${label})`,
        query: `query Injection(${defs.join(', ')}) { ${field.name}(${args.join(', ')}) ${minimalSelection(field.type)} }`,
        variables,
      });
    }
  }
  return cases;
}

describe('injection: every string argument reaches the store as a parameter', () => {
  let h: Harness;
  let cases: Case[];
  beforeAll(async () => {
    h = await startHarness();
    const schema = await getSchema();
    cases = PAYLOADS.flatMap((p) => [
      ...queryFields(schema).flatMap((f) => casesFor(f, p)),
      {
        label: 'Entity.neighbours(relation)',
        query: `query Injection($v: String) { node(id: "sector:health-services") { ... on Entity { neighbours(relation: $v) { __typename } } } }`,
        variables: { v: p },
      },
      {
        label: 'inline literal in search(query)',
        query: `{ search(query: ${JSON.stringify(p)}) { score } }`,
        variables: {},
      },
    ]);
  });
  afterAll(() => h.close());

  it('covers the arguments the brief names', () => {
    const labels = new Set(cases.map((c) => c.label));
    expect(labels.size).toBeGreaterThan(40);
    for (const name of [
      'sectors(where.nameContains)',
      'instruments(where.category)',
      'countries(where.region)',
      'search(query)',
      'node(id)',
      'nodes(ids)',
      'connections(from)',
      'connections(to)',
      'collaborations(where.partner)',
      'collaborations(where.sector)',
      'Entity.neighbours(relation)',
      'passages(query)',
      'passages(documents)',
      'statements(where.properties)',
      'statements(where.documents)',
    ]) {
      expect(labels, name).toContain(name);
    }
  });

  it('leaves the graph unchanged and answers every attempt without a 5xx or an internal error', async () => {
    const before = await h.gql(STATS);
    expect(before.body.errors).toBeUndefined();
    const failures: string[] = [];
    // Four clients at a time: a thousand attempts, each a few store round trips on Neo4j.
    const queue = [...cases];
    const client = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const r = await h.gql(c.query, c.variables);
        const codes = (r.body.errors ?? []).map((e) => String(e.extensions?.code));
        if (
          r.status >= 500 ||
          codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED')
        ) {
          failures.push(`${c.label} ${JSON.stringify(c.variables)} → ${r.status} ${r.text.slice(0, 200)}`);
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(failures).toEqual([]);
    const after = await h.gql(STATS);
    expect(after.body.data).toEqual(before.body.data);
    expect((after.body.data?.stats as { totalEntities: number }).totalEntities).toBeGreaterThan(100);
  }, 120_000);
});
