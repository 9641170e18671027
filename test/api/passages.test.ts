import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface Fact {
  subject: { id: string };
  relation: string | null;
  object: { id: string } | null;
  statement: { id: string } | null;
  field: string | null;
  quote: string;
  confidence: string;
}

const FACTS = `subject { id } relation object { id } statement { id } field quote confidence`;
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('passages read from their side: document and citing facts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('passage(id) gives the passage, its document and its text; an unknown id gives null', async () => {
    const data = await server.data<{
      passage: { id: string; label: string; text: string; document: { id: string } };
      missing: null;
    }>(
      `{ passage(id: "002#fn4") { id label text document { id } } missing: passage(id: "002#nope") { id } }`,
    );
    expect(data.passage).toMatchObject({ id: '002#fn4', label: 'fn4', document: { id: 'document:002' } });
    expect(data.passage.text).toContain('work on agriculture and fishing with FAO');
    expect(data.missing).toBeNull();
  });

  it('lists under footnote 4 the partner agencies and the collaborations it states, with their quotes', async () => {
    const data = await server.data<{ passage: { citedBy: Fact[] } }>(
      `{ passage(id: "002#fn4") { citedBy { ${FACTS} } } }`,
    );
    const fao = data.passage.citedBy.filter((f) => f.subject.id === 'agency:FAO' && f.relation === null);
    expect(fao).toEqual([
      {
        subject: { id: 'agency:FAO' },
        relation: null,
        object: null,
        statement: null,
        field: null,
        quote: 'work on agriculture and fishing with FAO',
        confidence: 'CONFIRMED',
      },
    ]);
    expect(
      data.passage.citedBy.some((f) => f.relation === 'HAS_PARTNER' && f.object?.id === 'agency:FAO'),
    ).toBe(true);
  });

  it('gives every passage of every document exactly the facts the knowledge base cites it for', async () => {
    const data = await server.data<{
      documents: { edges: { node: { passages: { id: string; citedBy: Fact[] }[] } }[] };
    }>(
      // As many documents as there are (a page of 100 would be priced above the complexity limit).
      `{ documents(first: ${server.dataset.entities.filter((e) => e.kind === 'Document').length}) { edges { node { passages { id citedBy { ${FACTS} } } } } } }`,
    );
    const expected = new Map<string, Fact[]>();
    const cite = (passage: string, fact: Fact) => {
      const list = expected.get(passage) ?? [];
      expected.set(passage, list);
      list.push(fact);
    };
    for (const e of server.dataset.entities) {
      for (const s of e.sources) {
        cite(s.passage, {
          subject: { id: e.id },
          relation: null,
          object: null,
          statement: null,
          field: s.field ?? null,
          quote: s.quote,
          confidence: s.confidence.toUpperCase().replace('-', '_'),
        });
      }
    }
    for (const l of server.dataset.links) {
      for (const s of l.sources) {
        cite(s.passage, {
          subject: { id: l.from },
          relation: l.type,
          object: { id: l.to },
          statement: null,
          field: null,
          quote: s.quote,
          confidence: s.confidence.toUpperCase().replace('-', '_'),
        });
      }
    }
    for (const st of server.dataset.statements) {
      for (const s of st.sources) {
        cite(s.passage, {
          subject: { id: st.subject },
          relation: null,
          object: null,
          statement: { id: st.id },
          field: null,
          quote: s.quote,
          confidence: s.confidence.toUpperCase().replace('-', '_'),
        });
      }
    }
    const passages = data.documents.edges.flatMap((e) => e.node.passages);
    expect(passages.length).toBe(server.dataset.passages.length);
    for (const p of passages) {
      const want = (expected.get(p.id) ?? []).sort(
        (a, b) =>
          byCodeUnits(a.subject.id, b.subject.id) ||
          byCodeUnits(a.relation ?? '', b.relation ?? '') ||
          byCodeUnits(a.object?.id ?? '', b.object?.id ?? '') ||
          byCodeUnits(a.statement?.id ?? '', b.statement?.id ?? '') ||
          byCodeUnits(a.quote, b.quote) ||
          byCodeUnits(a.field ?? '', b.field ?? ''),
      );
      expect(p.citedBy, p.id).toEqual(want);
    }
  });

  it('reads the citing facts of all passages in one store query', async () => {
    const before = await server.metrics.storeQueryCount();
    await server.data(`{ documents(first: 100) { edges { node { passages { citedBy { quote } } } } } }`);
    // documents list + its count, passages of the documents, then one batch of citing facts.
    expect((await server.metrics.storeQueryCount()) - before).toBeLessThanOrEqual(4);
  });
});
