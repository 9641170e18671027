import { clauseMatches, type PassageQuery } from './passage-query.js';
import { tokenize } from './passage-text.js';

/** A part of a passage around what the query matched. Offsets are UTF-16 code units, end exclusive. */
export interface Highlight {
  /** The fragment of the passage text. */
  text: string;
  /** Where the fragment starts in the passage text. */
  start: number;
  /** Where the query matched, relative to `text`. */
  matches: { start: number; end: number }[];
}

export interface HighlightOptions {
  /** Characters of context kept on each side of a match. */
  context: number;
  /** At most this many fragments, the first ones in reading order. */
  maxFragments: number;
}

const DEFAULTS: HighlightOptions = { context: 80, maxFragments: 3 };

/**
 * The fragments of a passage where the query matched, computed from the passage text on either
 * store, so both highlight alike. A match spans from its first word to its last, across line
 * breaks and hyphenation (`sub- Saharan`). Fragments are cut at word boundaries and merged when
 * their contexts overlap.
 */
export function highlight(
  text: string,
  query: PassageQuery,
  options: Partial<HighlightOptions> = {},
): Highlight[] {
  const { context, maxFragments } = { ...DEFAULTS, ...options };
  const tokens = tokenize(text);
  const ranges = clauseMatches(
    query,
    tokens.map((t) => t.word),
  ).flat();
  if (ranges.length === 0) return [];
  // Character spans of the matches, merged where they overlap or touch.
  const spans = ranges
    .map(([first, last]) => ({ start: tokens[first]!.start, end: tokens[last]!.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  // Windows of context around the matches, merged when they overlap.
  const windows: { start: number; end: number; matches: { start: number; end: number }[] }[] = [];
  for (const span of merged) {
    const start = Math.min(span.start, wordStart(text, Math.max(0, span.start - context)));
    const end = Math.max(span.end, wordEnd(text, Math.min(text.length, span.end + context)));
    const last = windows.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.matches.push(span);
    } else windows.push({ start, end, matches: [span] });
  }
  return windows.slice(0, maxFragments).map((w) => ({
    text: text.slice(w.start, w.end),
    start: w.start,
    matches: w.matches.map((m) => ({ start: m.start - w.start, end: m.end - w.start })),
  }));
}

/** Moves a cut forward to the start of a word, so no fragment begins mid-word. */
function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

/** Moves a cut back to the end of a word. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}
