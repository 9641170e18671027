import neo4j from 'neo4j-driver';

import type { Row, StoreValue } from '../port/graph-store.port.js';

const {
  isInt,
  isNode,
  isRelationship,
  isPath,
  isDate,
  isDateTime,
  isLocalDateTime,
  isTime,
  isLocalTime,
  isDuration,
} = neo4j;

/**
 * Converts one value from neo4j-driver to the port's plain form, the same as the Kuzu adapter
 * gives: Integers as exact numbers (a value beyond 2^53 cannot be exact in JS, so it is refused
 * rather than rounded), nodes and relationships as plain objects, temporal values as ISO strings.
 */
export function toStoreValue(value: unknown): StoreValue {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`Integer ${value.toString()} is beyond exact JS numbers`);
    return value.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isNode(value)) {
    return {
      $type: 'node',
      label: value.labels[0] ?? '',
      elementId: value.elementId,
      properties: plainProperties(value.properties as Record<string, unknown>),
    };
  }
  if (isRelationship(value)) {
    return {
      $type: 'relationship',
      label: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainProperties(value.properties as Record<string, unknown>),
    };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toStoreValue),
      links: value.segments.map((s) => toStoreValue(s.relationship)),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(toStoreValue);
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

/**
 * A Cypher map (`RETURN {a: 1, b: null}`): every entry kept, null ones as null, as Neo4j returns
 * them and as the Kuzu adapter gives its maps and structs. Only node and relationship properties
 * drop nulls (an unset property is absent on both engines).
 */
function plainMap(map: Record<string, unknown>): Record<string, StoreValue> {
  const plain: Record<string, StoreValue> = {};
  for (const [key, v] of Object.entries(map)) {
    if (v !== undefined) plain[key] = toStoreValue(v);
  }
  return plain;
}

function plainProperties(properties: Record<string, unknown>): Record<string, StoreValue> {
  const plain: Record<string, StoreValue> = {};
  for (const [key, v] of Object.entries(properties)) {
    if (v !== null && v !== undefined) plain[key] = toStoreValue(v);
  }
  return plain;
}

export function toRow(keys: readonly PropertyKey[], get: (key: string) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = toStoreValue(get(String(key)));
  return row;
}

/**
 * Parameters for the driver: whole JS numbers become Neo4j Integers.
 * Why: the driver sends every JS number as a float, and Neo4j refuses `LIMIT 5.0` and compares
 * `n.year = 2005.0` as a float.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}
