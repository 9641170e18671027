import type { Row } from '../store/port/graph-store.port.js';
import { deepFreeze } from '../util/deep-freeze.js';

/**
 * What a batch function builds from a store result (entity models, groups by key, sorted lists),
 * remembered per result for as long as that result lives.
 *
 * Why: with the read cache on (src/store/cached-store.ts), the same frozen row array answers the
 * same query until the next write, and turning its rows into entities (JSON columns parsed,
 * lists grouped and sorted by name) became the largest cost of a cached nested request. Only
 * frozen results are remembered: they are the shared, immutable ones; a fresh result from the
 * store is used once and derived as before. What is remembered is shared between requests, so
 * it is frozen too, and callers copy before they reorder.
 */
const derivedByRows = new WeakMap<readonly Row[], Map<string, unknown>>();

export function deriveOnce<T>(rows: readonly Row[], name: string, derive: (rows: readonly Row[]) => T): T {
  if (!Object.isFrozen(rows)) return derive(rows);
  let derived = derivedByRows.get(rows);
  if (!derived) {
    derived = new Map();
    derivedByRows.set(rows, derived);
  }
  if (derived.has(name)) return derived.get(name) as T;
  const value = deepFreeze(derive(rows));
  derived.set(name, value);
  return value;
}
