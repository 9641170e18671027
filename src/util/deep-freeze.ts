/**
 * Freezes a value and everything reachable from it (a Map's values too, though a frozen Map can
 * still be written: only its holders' discipline keeps it as it is). For values shared between
 * requests, so that no caller can change another's.
 */
export function deepFreeze<T>(value: T): T {
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
  } else if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
