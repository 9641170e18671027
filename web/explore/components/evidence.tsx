import { useEffect, useRef, type ReactNode } from 'react';

import { useQuery } from '../api/use-query.js';
import { ExplorePassageDocument, type CitationRefFragment } from '../generated/graphql.js';
import { paths } from '../routes.js';
import { ConfidenceTag } from './confidence.js';
import { HighlightedText } from './highlighted-text.js';
import { Link } from './link.js';
import { QueryResult } from './status.js';

/**
 * One citation: the quote, how sure the source is, and the passage it was found in (loaded with
 * `passage(id)`) with the quote highlighted, linked to the document reader at that passage.
 */
export function CitationEvidence({ citation }: { citation: CitationRefFragment }) {
  const passage = useQuery(ExplorePassageDocument, { id: citation.passage });
  return (
    <article className="citation">
      <header>
        <Link href={paths.document(citation.document.id, citation.passage)}>{citation.document.name}</Link>
        {', '}
        <span className="passage-id">passage {citation.passage}</span>{' '}
        <ConfidenceTag confidence={citation.confidence} />
      </header>
      <QueryResult state={passage}>
        {(data) =>
          data.passage ? (
            <HighlightedText text={data.passage.text} quotes={[citation.quote]} />
          ) : (
            <blockquote className="quote">{citation.quote}</blockquote>
          )
        }
      </QueryResult>
    </article>
  );
}

/**
 * The evidence panel: what a link says, and every citation behind it. It takes the focus when it
 * opens (so a keyboard user lands on it) and closes with Escape or its button.
 */
export function EvidencePanel({
  title,
  citations,
  onClose,
}: {
  title: ReactNode;
  citations: readonly CitationRefFragment[];
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title, citations]);
  return (
    <section
      className="evidence-panel"
      aria-labelledby="evidence-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="evidence-head">
        <h2 id="evidence-heading" tabIndex={-1} ref={heading}>
          Evidence: {title}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {citations.length === 0 ? (
        <p className="warning">No source states this link: it is reported by the gaps report.</p>
      ) : (
        citations.map((c) => <CitationEvidence key={`${c.passage}|${c.quote}`} citation={c} />)
      )}
    </section>
  );
}
