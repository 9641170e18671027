import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import { toStoreValue as kuzuToStoreValue } from '../../../src/store/kuzu/kuzu-values.js';
import { toDriverParams, toRow, toStoreValue } from '../../../src/store/neo4j/neo4j-values.js';
import type { StoreNode, StoreRelationship, StoreValue } from '../../../src/store/port/graph-store.port.js';

const { Node, Relationship, Path, PathSegment, Record: Neo4jRecord } = neo4j.types;
const int = neo4j.int;

/** What neo4j-driver hands back for an Entity node (integers as Integers, unset properties absent or null). */
const entityNode = (identity: number, id: string, elementId: string): InstanceType<typeof Node> =>
  new Node(int(identity), ['Entity'], { id, kind: 'Instrument', year: int(2001), acronym: null }, elementId);

const link = (from: string, to: string): InstanceType<typeof Relationship> =>
  new Relationship(
    int(7),
    int(0),
    int(1),
    'LINK',
    { id: `${from}|APPLIES_TO|${to}`, type: 'APPLIES_TO', sources: '[]', confidence: 'confirmed' },
    '5:db:7',
    '4:db:0',
    '4:db:1',
  );

/** The Kuzu driver's shape for the same node and relationship (internal ids, `_label`, nulls for unset columns). */
const kuzuEntity = (offset: number, id: string) => ({
  _id: { offset, table: 0 },
  _label: 'Entity',
  id,
  kind: 'Instrument',
  year: 2001,
  acronym: null,
});
const kuzuLink = (from: string, to: string) => ({
  _src: { offset: 0, table: 0 },
  _dst: { offset: 1, table: 0 },
  _label: 'LINK',
  _id: { offset: 0, table: 1 },
  id: `${from}|APPLIES_TO|${to}`,
  type: 'APPLIES_TO',
  sources: '[]',
  confidence: 'confirmed',
});

/** A value with the engine-internal ids blanked: the part both adapters must agree on. */
function withoutElementIds(value: StoreValue): StoreValue {
  if (Array.isArray(value)) return value.map(withoutElementIds);
  if (value && typeof value === 'object') {
    if (value.$type === 'node') return { ...(value as StoreNode), elementId: '*' };
    if (value.$type === 'relationship') return { ...(value as StoreRelationship), start: '*', end: '*' };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutElementIds(v)]));
  }
  return value;
}

describe('toStoreValue (Neo4j)', () => {
  it('passes scalars through and turns undefined into null', () => {
    expect(toStoreValue(null)).toBeNull();
    expect(toStoreValue(undefined)).toBeNull();
    expect(toStoreValue('Sécurité')).toBe('Sécurité');
    expect(toStoreValue(0.25)).toBe(0.25);
    expect(toStoreValue(true)).toBe(true);
    expect(toStoreValue(false)).toBe(false);
  });

  it('returns Integers as exact numbers, up to the largest safe one', () => {
    expect(toStoreValue(int(0))).toBe(0);
    expect(toStoreValue(int(-42))).toBe(-42);
    expect(toStoreValue(int(2001))).toBe(2001);
    expect(toStoreValue(int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toStoreValue(int(Number.MIN_SAFE_INTEGER))).toBe(Number.MIN_SAFE_INTEGER);
    expect(typeof toStoreValue(int(5))).toBe('number');
  });

  it('refuses an Integer beyond 2^53 rather than rounding it', () => {
    expect(() => toStoreValue(int('9007199254740993'))).toThrow(RangeError);
    expect(() => toStoreValue(int('-9007199254740993'))).toThrow(RangeError);
    expect(() => toStoreValue(int('9223372036854775807'))).toThrow(/beyond exact JS numbers/);
    // Anywhere in the value, not only at the top.
    expect(() => toStoreValue([int(1), { deep: [int('9007199254740993')] }])).toThrow(RangeError);
    expect(() =>
      toStoreValue(new Node(int(0), ['Entity'], { year: int('9007199254740993') }, '4:db:0')),
    ).toThrow(RangeError);
  });

  it('returns a node as { $type, label, elementId, properties } with null properties absent', () => {
    const value = toStoreValue(entityNode(0, 'ilo:c155', '4:db:0'));
    expect(value).toEqual({
      $type: 'node',
      label: 'Entity',
      elementId: '4:db:0',
      properties: { id: 'ilo:c155', kind: 'Instrument', year: 2001 },
    });
    expect(Object.keys((value as StoreNode).properties)).not.toContain('acronym');
    expect((value as StoreNode).properties.year).toBe(2001);
  });

  it('returns a relationship as { $type, label: its type, start, end, properties }', () => {
    expect(toStoreValue(link('a', 'b'))).toEqual({
      $type: 'relationship',
      label: 'LINK',
      start: '4:db:0',
      end: '4:db:1',
      properties: { id: 'a|APPLIES_TO|b', type: 'APPLIES_TO', sources: '[]', confidence: 'confirmed' },
    });
  });

  it('returns a path as its nodes and relationships in order', () => {
    const a = entityNode(0, 'a', '4:db:0');
    const b = entityNode(1, 'b', '4:db:1');
    const path = new Path(a, b, [new PathSegment(a, link('a', 'b'), b)]);
    const value = toStoreValue(path) as { nodes: StoreNode[]; links: StoreRelationship[] };
    expect(value.nodes.map((n) => n.properties.id)).toEqual(['a', 'b']);
    expect(value.links).toEqual([toStoreValue(link('a', 'b'))]);
    expect(value.links[0]?.start).toBe(value.nodes[0]?.elementId);
    expect(value.links[0]?.end).toBe(value.nodes[1]?.elementId);
  });

  it('returns temporal values as ISO strings', () => {
    expect(toStoreValue(new neo4j.types.Date(2024, 2, 29))).toBe('2024-02-29');
    expect(toStoreValue(new neo4j.types.DateTime(2024, 2, 29, 13, 5, 7, 0, 3600))).toBe(
      '2024-02-29T13:05:07+01:00',
    );
    expect(toStoreValue(new neo4j.types.DateTime(2024, 2, 29, 13, 5, 7, 0, 0))).toBe('2024-02-29T13:05:07Z');
    expect(toStoreValue(new neo4j.types.LocalDateTime(2024, 2, 29, 13, 5, 7, 500_000_000))).toBe(
      '2024-02-29T13:05:07.500000000',
    );
    expect(toStoreValue(new neo4j.types.LocalTime(8, 30, 0, 0))).toBe('08:30:00');
    expect(toStoreValue(new neo4j.types.Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
    // Temporal fields built from Integers (as the driver decodes them) read the same.
    expect(toStoreValue(new neo4j.types.Date(int(1919), int(6), int(28)))).toBe('1919-06-28');
  });

  it('converts lists and nested maps recursively', () => {
    expect(toStoreValue([int(1), 'two', [int(3), 4.5], null])).toEqual([1, 'two', [3, 4.5], null]);
    expect(
      toStoreValue({
        count: int(3),
        inner: { ids: ['a', 'b'], node: entityNode(0, 'a', '4:db:0') },
        when: null,
      }),
    ).toEqual({
      count: 3,
      inner: { ids: ['a', 'b'], node: toStoreValue(entityNode(0, 'a', '4:db:0')) },
      when: null,
    });
  });
});

describe('toRow (Neo4j)', () => {
  it('converts every key of a real driver Record', () => {
    const record = new Neo4jRecord(
      ['key', 'link', 'node', 'count', 'missing'],
      ['a', link('a', 'b'), entityNode(1, 'b', '4:db:1'), int(12), null],
    );
    const row = toRow(record.keys, (k) => record.get(k));
    expect(Object.keys(row)).toEqual(['key', 'link', 'node', 'count', 'missing']);
    expect(row.key).toBe('a');
    expect(row.count).toBe(12);
    expect(row.missing).toBeNull();
    expect((row.link as StoreRelationship).label).toBe('LINK');
    expect((row.node as StoreNode).properties.id).toBe('b');
  });
});

describe('the Neo4j and Kuzu adapters give the same plain shapes', () => {
  const same = (neo4jValue: unknown, kuzuValue: unknown): void => {
    expect(withoutElementIds(toStoreValue(neo4jValue))).toEqual(
      withoutElementIds(kuzuToStoreValue(kuzuValue)),
    );
  };

  it('for a node (unset properties absent on both)', () => {
    same(entityNode(0, 'x', '4:db:0'), kuzuEntity(0, 'x'));
    expect(kuzuToStoreValue(kuzuEntity(0, 'x'))).toMatchObject({ elementId: '0:0' });
  });

  it('for a relationship', () => {
    same(link('a', 'b'), kuzuLink('a', 'b'));
  });

  it('for the rows of linked-out (key, link, node)', () => {
    const neo4jRecord = new Neo4jRecord(
      ['key', 'link', 'node'],
      ['a', link('a', 'b'), entityNode(1, 'b', '4:db:1')],
    );
    const neo4jRow = toRow(neo4jRecord.keys, (k) => neo4jRecord.get(k));
    const kuzuRow = {
      key: 'a',
      link: kuzuToStoreValue(kuzuLink('a', 'b')),
      node: kuzuToStoreValue(kuzuEntity(1, 'b')),
    };
    expect(withoutElementIds(neo4jRow)).toEqual(withoutElementIds(kuzuRow));
    // Within one row, each adapter's relationship points at its own node's elementId.
    expect((neo4jRow.link as StoreRelationship).end).toBe((neo4jRow.node as StoreNode).elementId);
    expect((kuzuRow.link as StoreRelationship).end).toBe((kuzuRow.node as StoreNode).elementId);
  });

  it('for the lists shortest-paths returns (nodes, links)', () => {
    same(
      [entityNode(0, 'a', '4:db:0'), entityNode(1, 'b', '4:db:1')],
      [kuzuEntity(0, 'a'), kuzuEntity(1, 'b')],
    );
    same([link('a', 'b')], [kuzuLink('a', 'b')]);
  });

  it('for counts (Neo4j Integer, Kuzu number or BigInt)', () => {
    same(int(42), 42);
    same(int(42), 42n);
  });

  it('for maps and lists, null entries kept as null', () => {
    same(
      { a: int(1), b: null, c: [int(1), null, 'x'], d: { e: null } },
      { a: 1, b: null, c: [1, null, 'x'], d: { e: null } },
    );
  });
});

describe('toDriverParams', () => {
  it('turns whole numbers into Neo4j Integers', () => {
    const limit = toDriverParams(5);
    expect(neo4j.isInt(limit)).toBe(true);
    expect((limit as ReturnType<typeof int>).toNumber()).toBe(5);
    expect(neo4j.isInt(toDriverParams(0))).toBe(true);
    expect(neo4j.isInt(toDriverParams(-2005))).toBe(true);
    expect((toDriverParams(Number.MAX_SAFE_INTEGER) as ReturnType<typeof int>).toString()).toBe(
      '9007199254740991',
    );
  });

  it('leaves floats, strings, booleans and nulls alone', () => {
    expect(toDriverParams(0.5)).toBe(0.5);
    expect(toDriverParams(Number.NaN)).toBeNaN();
    expect(toDriverParams(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(toDriverParams('2005')).toBe('2005');
    expect(toDriverParams(true)).toBe(true);
    expect(toDriverParams(null)).toBeNull();
    expect(toDriverParams(undefined)).toBeUndefined();
  });

  it('converts recursively in lists and plain objects', () => {
    const params = toDriverParams({
      limit: 10,
      ids: ['a', 'b'],
      yearFrom: 2001,
      score: 1.5,
      rows: [{ id: 'p1', ordinal: 3, text: 'x', weight: 0.1 }],
      nested: [[1, 2.5]],
    }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(neo4j.isInt(params.yearFrom)).toBe(true);
    expect(params.score).toBe(1.5);
    expect(params.ids).toEqual(['a', 'b']);
    const row = (params.rows as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(neo4j.isInt(row.ordinal)).toBe(true);
    expect(row.id).toBe('p1');
    expect(row.weight).toBe(0.1);
    const nested = (params.nested as unknown[][])[0] as unknown[];
    expect(neo4j.isInt(nested[0])).toBe(true);
    expect(nested[1]).toBe(2.5);
  });

  it('does not mutate its input', () => {
    const input = { limit: 10, rows: [{ ordinal: 1 }] };
    toDriverParams(input);
    expect(input).toEqual({ limit: 10, rows: [{ ordinal: 1 }] });
  });

  it('leaves driver values and other class instances alone', () => {
    const already = int(7);
    expect(toDriverParams(already)).toBe(already);
    const date = new neo4j.types.Date(2024, 1, 1);
    expect(toDriverParams(date)).toBe(date);
  });

  it('round-trips through toStoreValue to the same plain value', () => {
    const params = { limit: 10, ids: ['a'], rows: [{ ordinal: 3, weight: 0.5 }] };
    expect(toStoreValue(toDriverParams(params))).toEqual(params);
  });
});
