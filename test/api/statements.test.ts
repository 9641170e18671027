import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { StatementRecord } from '../../src/domain/dataset.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface ApiStatement {
  id: string;
  property: string;
  label: string;
  valueType: string;
  value: {
    __typename: string;
    text: string;
    count?: number;
    quantity?: number;
    amount?: number;
    currency?: string;
    unit?: string;
    approximation?: string;
    date?: string;
    year?: number;
    month?: number | null;
    day?: number | null;
    condition?: string;
  };
  since: number | null;
  until: number | null;
  subject: { id: string };
  sources: { passage: string; quote: string; confidence: string; passageText: string | null }[];
}

const STATEMENT = `id property label valueType since until subject { id }
  value { __typename text
    ... on CountValue { count unit approximation }
    ... on QuantityValue { quantity unit approximation }
    ... on AmountValue { amount currency approximation }
    ... on DateValue { date year month day }
    ... on ConditionValue { condition } }
  sources { passage quote confidence passageText }`;

const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const enumOf = (value: string) => value.toUpperCase().replace(/-/g, '_');

/** The API's rendering of a dataset statement's value, field by field. */
function expectedValue(s: StatementRecord): Record<string, unknown> {
  const v = s.value;
  switch (v.type) {
    case 'count':
      return {
        __typename: 'CountValue',
        count: v.count,
        unit: v.unit,
        approximation: enumOf(v.approximation),
      };
    case 'quantity':
      return {
        __typename: 'QuantityValue',
        quantity: v.quantity,
        unit: v.unit,
        approximation: enumOf(v.approximation),
      };
    case 'amount':
      return {
        __typename: 'AmountValue',
        amount: v.amount,
        currency: v.currency,
        approximation: enumOf(v.approximation),
      };
    case 'date': {
      const [year, month, day] = v.date.split('-').map(Number);
      return { __typename: 'DateValue', date: v.date, year, month: month ?? null, day: day ?? null };
    }
    case 'condition':
      return { __typename: 'ConditionValue', condition: v.condition };
  }
}

describe('statements: what the documents state in numbers, amounts, dates and conditions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const list = async (where: Record<string, unknown> | null, first = 100, after: string | null = null) =>
    (
      await server.data<{
        statements: {
          totalCount: number;
          edges: { node: ApiStatement }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>(
        `query($where: StatementWhere, $first: Int, $after: String) { statements(where: $where, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { ${STATEMENT} } } } }`,
        { where, first, after },
      )
    ).statements;

  it('gives the Sialkot project its counts as typed, cited values', async () => {
    const data = await server.data<{ entity: { statements: ApiStatement[] } }>(
      `{ entity(id: "programme:ipec-sialkot") { statements { ${STATEMENT} } } }`,
    );
    const byProperty = new Map(data.entity.statements.map((s) => [s.property, s]));
    expect(byProperty.get('students-educated')?.value).toEqual({
      __typename: 'CountValue',
      text: '10,572 students',
      count: 10572,
      unit: 'students',
      approximation: 'EXACT',
    });
    expect(byProperty.get('non-formal-education-centres')?.value.count).toBe(255);
    expect(byProperty.get('students-mainstreamed')?.value.count).toBe(5838);
    expect(byProperty.get('students-with-health-cover')?.value.count).toBe(5408);
    for (const s of data.entity.statements) {
      expect(s.subject.id).toBe('programme:ipec-sialkot');
      expect(s.valueType).toBe('COUNT');
      for (const c of s.sources) expect(foldSpace(c.passageText ?? '')).toContain(c.quote);
    }
  });

  it('types amounts, dates and conditions: a shortfall, a signing, a list’s admission condition', async () => {
    const data = await server.data<{
      declaration: { statements: ApiStatement[] };
      ipu: { statements: ApiStatement[] };
      list: { statements: ApiStatement[] };
    }>(`{
      declaration: entity(id: "instrument:ilo-declaration-on-fundamental-principles-and-rights-at-work") { statements { ${STATEMENT} } }
      ipu: node(id: "collaboration:ilo-ipu-agreement") { ... on Entity { statements { ${STATEMENT} } } }
      list: entity(id: "register:special-list") { statements(property: "admission") { ${STATEMENT} } }
    }`);
    const shortfall = data.declaration.statements.find((s) => s.valueType === 'AMOUNT')!;
    expect(shortfall.value).toMatchObject({ amount: 2000000, currency: 'USD', approximation: 'MORE_THAN' });
    expect(shortfall.value.text).toBe('more than 2,000,000 USD');
    expect([shortfall.since, shortfall.until]).toEqual([2000, 2001]);
    const signed = data.ipu.statements.find((s) => s.property === 'signed')!;
    expect(signed.value).toMatchObject({
      __typename: 'DateValue',
      date: '1999-03',
      year: 1999,
      month: 3,
      day: null,
    });
    expect(data.list.statements).toHaveLength(1);
    expect(data.list.statements[0]!.value.__typename).toBe('ConditionValue');
    expect(data.list.statements[0]!.value.condition).toMatch(/ILO Constitution/);
    expect(data.list.statements[0]!.sources[0]!.quote).toMatch(/Declaration of Philadelphia/);
  });

  it('lists every statement of the knowledge base, exactly as stored, ordered by subject, property, period', async () => {
    const nodes: ApiStatement[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list(null, 25, after);
      expect(page.totalCount).toBe(server.dataset.statements.length);
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(nodes.length).toBe(server.dataset.statements.length);
    const records = new Map(server.dataset.statements.map((s) => [s.id, s]));
    for (const node of nodes) {
      const record = records.get(node.id)!;
      expect(node.subject.id).toBe(record.subject);
      expect(node.label).toBe(record.label);
      expect(node.valueType).toBe(enumOf(record.value.type));
      expect(node.value).toMatchObject(expectedValue(record));
      expect([node.since, node.until]).toEqual([record.since ?? null, record.until ?? null]);
      expect(node.sources.map((s) => [s.passage, s.quote, s.confidence])).toEqual(
        record.sources.map((s) => [s.passage, s.quote, enumOf(s.confidence)]),
      );
    }
    const keys = nodes.map((n) => [n.subject.id, n.property] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
    );
    expect(keys).toEqual(sorted);
  });

  it('filters by property, value type, subject and citing document', async () => {
    const admissions = await list({ properties: ['admission'] });
    expect(admissions.edges.map((e) => e.node.subject.id).sort()).toEqual(
      server.dataset.statements
        .filter((s) => s.property === 'admission')
        .map((s) => s.subject)
        .sort(),
    );
    const amounts = await list({ valueTypes: ['AMOUNT'] });
    expect(amounts.totalCount).toBe(
      server.dataset.statements.filter((s) => s.value.type === 'amount').length,
    );
    expect(amounts.edges.every((e) => e.node.valueType === 'AMOUNT')).toBe(true);
    const from004 = await list({ documents: ['document:004'] });
    expect(from004.edges.map((e) => e.node.id).sort()).toEqual(
      server.dataset.statements
        .filter((s) => s.sources.some((c) => c.passage.startsWith('004#')))
        .map((s) => s.id)
        .sort(),
    );
    const office = await list({
      subjects: ['department:international-labour-office'],
      valueTypes: ['COUNT'],
    });
    expect(office.edges.map((e) => e.node.property).sort()).toEqual([
      'staff',
      'statistical-and-textual-databases',
      'technical-cooperation-experts',
    ]);
  });

  it('refuses a document filter that names nothing or another kind', async () => {
    const unknown = await server.gql(
      `{ statements(where: { documents: ["document:nope"] }) { totalCount } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'where.documents' });
    const wrongKind = await server.gql(`{ statements(where: { documents: ["agency:WHO"] }) { totalCount } }`);
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'where.documents',
    });
  });
});

describe('per-value provenance: which field a citation supports', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  interface Sourced {
    year: number | null;
    sourcesOf: {
      passage: string;
      confidence: string;
      field: string;
      document: { id: string; documentKind: string };
    }[];
  }
  const yearOf = async (id: string) =>
    (
      await server.data<{ entity: Sourced }>(
        `query($id: ID!) { entity(id: $id) { ... on Instrument { year } ... on Meeting { year }
          sourcesOf(field: "year") { passage confidence field document { id documentKind } } } }`,
        { id },
      )
    ).entity;

  it('tells a year a document states from a year read from a reference table', async () => {
    // C107's year is in its reference row and in document 004 ("Convention, 1957 (No. 107)").
    const c107 = await yearOf('instrument:C107');
    expect(c107.year).toBe(1957);
    expect(c107.sourcesOf.map((s) => s.document.id).sort()).toEqual([
      'document:004',
      'document:ref-instruments',
    ]);
    expect(c107.sourcesOf.every((s) => s.field === 'year')).toBe(true);
    // C182's year comes from its reference row only: no document states it.
    const c182 = await yearOf('instrument:C182');
    expect(c182.sourcesOf.map((s) => s.document.documentKind)).toEqual(['reference table']);
    // A meeting's year that only a document states.
    const ilc88 = await yearOf('meeting:ilc-88');
    expect(ilc88.sourcesOf.map((s) => s.passage)).toEqual(['003#67']);
  });

  it('names the field on each citation of Entity.sources, null for the entity as a whole', async () => {
    const data = await server.data<{ entity: { sources: { quote: string; field: string | null }[] } }>(
      `{ entity(id: "person:juan-somavia") { sources { quote field } } }`,
    );
    const byField = new Map(data.entity.sources.map((s) => [s.field, s.quote]));
    expect(byField.get('role')).toMatch(/Director-General/);
    expect(byField.get('since')).toMatch(/since 1999/);
    expect(byField.get(null)).toMatch(/Juan Somavía/);
    const record = server.dataset.entities.find((e) => e.id === 'person:juan-somavia')!;
    expect(data.entity.sources.map((s) => s.field)).toEqual(record.sources.map((s) => s.field ?? null));
  });

  it('serves every citation of every entity with the field the dataset gives it', async () => {
    const withField = server.dataset.entities.filter((e) => e.sources.some((s) => s.field));
    expect(withField.length).toBeGreaterThan(100);
    const ids = withField.map((e) => e.id);
    const data = await server.data<{
      nodes: ({ id: string; sources: { passage: string; quote: string; field: string | null }[] } | null)[];
    }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { sources { passage quote field } } } }`, {
      ids: ids.slice(0, server.config.limits.maxPageSize),
    });
    for (const node of data.nodes) {
      const record = withField.find((e) => e.id === node!.id)!;
      expect(node!.sources).toEqual(
        record.sources.map((s) => ({ passage: s.passage, quote: s.quote, field: s.field ?? null })),
      );
    }
  });
});
