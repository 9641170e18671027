/** A run of text, marked when it is (part of) a quote. */
export interface Segment {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a quote is in a passage. Quotes are stored "found verbatim, whitespace folded", so any run
 * of whitespace in the quote matches any run in the text; the exact case is tried first, then any
 * case. Returns [start, end) or null when the quote is not there.
 */
export function findQuote(text: string, quote: string): [number, number] | null {
  const words = quote.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return null;
  const source = words.join('\\s+');
  for (const flags of ['u', 'iu']) {
    const match = new RegExp(source, flags).exec(text);
    if (match) return [match.index, match.index + match[0].length];
  }
  return null;
}

/**
 * A passage cut into runs, the quotes found in it marked (overlapping quotes merge into one
 * mark). `missing` lists the quotes not found, so a page can say so instead of hiding them.
 */
export function highlightQuotes(
  text: string,
  quotes: readonly string[],
): { segments: Segment[]; missing: string[] } {
  const ranges: [number, number][] = [];
  const missing: string[] = [];
  for (const quote of quotes) {
    const range = findQuote(text, quote);
    if (range) ranges.push(range);
    else missing.push(quote);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false });
  return { segments, missing };
}
