/**
 * The ids an answer holds, depth first in document order: what two APIs with different schemas
 * must agree on to have answered the same question (the same entities, in the same order).
 */
export function answerIds(data: unknown): string[] {
  const ids: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) {
        if (key === 'id' && typeof field === 'string') ids.push(field);
        else walk(field);
      }
    }
  };
  walk(data);
  return ids;
}
