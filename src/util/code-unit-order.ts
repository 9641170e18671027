/**
 * Plain code-unit order: the order of both stores' ORDER BY on strings, the same on every machine
 * whatever the locale (localeCompare is not). Pages cut in the store and sorted again here agree
 * only if both sides use this order.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
