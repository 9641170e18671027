import { useEffect } from 'react';

import { useQuery } from '../api/use-query.js';
import { ConfidenceTag } from '../components/confidence.js';
import { EntityLink } from '../components/entity-link.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { Link } from '../components/link.js';
import { QueryResult } from '../components/status.js';
import {
  ExploreDocumentDocument,
  type ExploreDocumentQuery,
  type NodeRefFragment,
} from '../generated/graphql.js';
import { relationVerb } from '../text/relations.js';
import { paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

type DocumentNode = Extract<NonNullable<ExploreDocumentQuery['node']>, { __typename: 'Document' }>;
type Passage = DocumentNode['passages'][number];

/** The element id of a passage, for links to it (`002#34` → `passage-002-34`). */
export const passageAnchor = (id: string) => `passage-${id.replace(/[^\w-]+/g, '-')}`;

const refOf = (node: NodeRefFragment) => ({
  ...node,
  name: 'name' in node && node.name ? node.name : node.id,
});

/**
 * The document reader (`/explore/document/<id>?passage=<passage id>`): the document's passages in
 * reading order, each with its quotes highlighted and the facts that cite it; a linked passage is
 * scrolled to and focused.
 */
export function DocumentPage({ id, passage }: { id: string; passage?: string }) {
  const state = useQuery(ExploreDocumentDocument, { id });
  return (
    <QueryResult state={state}>
      {(data) =>
        data.node?.__typename === 'Document' ? (
          <DocumentReader document={data.node as DocumentNode} passage={passage} />
        ) : (
          <>
            <h1 tabIndex={-1}>No document has the id {id}</h1>
            <p>
              See the <Link href={paths.documents()}>documents</Link>.
            </p>
          </>
        )
      }
    </QueryResult>
  );
}

function DocumentReader({ document: doc, passage }: { document: DocumentNode; passage?: string }) {
  usePageTitle(doc.name);
  useEffect(() => {
    if (!passage) return;
    const element = window.document.getElementById(passageAnchor(passage));
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [passage, doc.id]);
  const cited = doc.passages.filter((p) => p.citedBy.length > 0).length;
  return (
    <article className="document-reader">
      <header className="card">
        <h1 tabIndex={-1}>{doc.name}</h1>
        <p>
          {[doc.symbol, doc.date, doc.documentKind, doc.issuingBody].filter(Boolean).join(' · ')}
          {doc.url ? (
            <>
              {' · '}
              <a href={doc.url} rel="noreferrer">
                published at {new URL(doc.url).host}
              </a>
            </>
          ) : null}
        </p>
        {doc.description ? <p className="description">{doc.description}</p> : null}
        <p>
          {doc.passages.length} passages, {cited} cited by facts of the graph.{' '}
          <Link href={paths.entity(doc.id)}>This document in the graph</Link>
        </p>
      </header>
      {doc.passages.map((p) => (
        <PassageView key={p.id} passage={p} linked={p.id === passage} />
      ))}
    </article>
  );
}

function PassageView({ passage, linked }: { passage: Passage; linked: boolean }) {
  return (
    <section
      id={passageAnchor(passage.id)}
      tabIndex={-1}
      className={linked ? 'passage linked' : 'passage'}
      aria-labelledby={`${passageAnchor(passage.id)}-label`}
    >
      <h2 id={`${passageAnchor(passage.id)}-label`} className="passage-label">
        {passage.label} <code>{passage.id}</code>
      </h2>
      <HighlightedText text={passage.text} quotes={passage.citedBy.map((f) => f.quote)} />
      {passage.citedBy.length > 0 ? (
        <ul className="citing-facts" aria-label={`Facts citing ${passage.id}`}>
          {passage.citedBy.map((fact, i) => (
            <li key={i}>
              <EntityLink entity={refOf(fact.subject)} showKind={false} />{' '}
              {fact.relation && fact.object ? (
                <>
                  <span className="relation" title={fact.relation}>
                    {relationVerb(fact.relation)}
                  </span>{' '}
                  <EntityLink entity={refOf(fact.object)} showKind={false} />
                </>
              ) : (
                <span className="relation">(about it)</span>
              )}
              : “{fact.quote}”{' '}
              {fact.confidence !== 'CONFIRMED' ? <ConfidenceTag confidence={fact.confidence} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
