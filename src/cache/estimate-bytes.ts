/**
 * An estimate of the heap a value holds, for cache budgets: cheap (one walk, no serialisation)
 * and on the high side, so a budget is not exceeded by a bad guess. Strings count two bytes a
 * character (V8 stores some strings that way), objects and arrays a fixed overhead plus their
 * slots. An object reached twice is counted once (cycles end there); the walk stops once the
 * estimate passes `stopAbove` (the caller only needs to know it is too large).
 */
export function estimateBytes(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0 && total <= stopAbove) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    switch (typeof v) {
      case 'string':
        total += STRING_HEADER + 2 * v.length;
        break;
      case 'number':
      case 'boolean':
      case 'bigint':
        total += SLOT;
        break;
      case 'object':
        if (v === null) {
          total += SLOT;
        } else if (v instanceof Map) {
          total += OBJECT_HEADER + MAP_ENTRY * v.size;
          for (const [k, item] of v) stack.push(k, item);
        } else if (v instanceof Set) {
          total += OBJECT_HEADER + MAP_ENTRY * v.size;
          for (const item of v) stack.push(item);
        } else if (ArrayBuffer.isView(v)) {
          total += OBJECT_HEADER + v.byteLength;
        } else if (Array.isArray(v)) {
          total += OBJECT_HEADER + SLOT * v.length;
          for (const item of v) stack.push(item);
        } else {
          const entries = Object.entries(v);
          total += OBJECT_HEADER + PROPERTY * entries.length;
          for (const [k, item] of entries) stack.push(k, item);
        }
        break;
      default:
        total += SLOT;
    }
  }
  return total;
}

/** Bytes of a string used as a key (two a character, as above). */
export const stringBytes = (s: string): number => STRING_HEADER + 2 * s.length;

const SLOT = 8;
const STRING_HEADER = 16;
const OBJECT_HEADER = 32;
/** A named property: its slot, and its share of the hidden class and of the key's string. */
const PROPERTY = 24;
/** A Map or Set entry: key and value slots, hash-table overhead. */
const MAP_ENTRY = 40;
