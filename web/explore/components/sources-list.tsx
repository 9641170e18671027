import type { CitationRefFragment } from '../generated/graphql.js';
import { paths } from '../routes.js';
import { ConfidenceTag } from './confidence.js';
import { Link } from './link.js';

/** Citations as quotes, each linked to its passage in the document reader. */
export function SourcesList({ sources }: { sources: readonly CitationRefFragment[] }) {
  if (sources.length === 0) return <p className="warning">No source: this is reported by the gaps report.</p>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={`${s.passage}|${s.quote}`}>
          <blockquote className="quote">{s.quote}</blockquote>
          <Link href={paths.document(s.document.id, s.passage)}>
            {s.document.name}, passage {s.passage}
          </Link>{' '}
          <ConfidenceTag confidence={s.confidence} />
        </li>
      ))}
    </ul>
  );
}
