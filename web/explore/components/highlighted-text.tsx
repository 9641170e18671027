import { highlightQuotes } from '../text/highlight.js';

/** A passage with the given quotes marked; a quote not found in it is said, not hidden. */
export function HighlightedText({ text, quotes }: { text: string; quotes: readonly string[] }) {
  const { segments, missing } = highlightQuotes(text, quotes);
  return (
    <>
      <p className="passage-text">
        {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </p>
      {missing.length > 0 ? (
        <p className="warning">Quote not found in this passage: {missing.map((q) => `“${q}”`).join('; ')}</p>
      ) : null}
    </>
  );
}
