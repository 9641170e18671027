import MiniSearch, { type Query } from 'minisearch';

import type { PassageMatch, PassageSearchOptions } from '../store/port/graph-store.port.js';
import type { PassageClause, PassageQuery } from './passage-query.js';
import { tokenize } from './passage-text.js';
import { PASSAGE_CANDIDATES, rankPassages } from './rank-passages.js';

/** The searchable part of one passage. */
export interface PassageDocument {
  id: string;
  documentId: string;
  text: string;
}

/**
 * The embedded store's passage search: an in-process BM25 index (MiniSearch) over the full text
 * of every passage, rebuilt after each committed write, like the entity index
 * (entity-search-index.ts) and for the same reason: Kuzu's full-text extension crashes beside
 * writes (DESIGN.md section 6).
 *
 * MiniSearch finds the candidates (every clause's words, in any order); rank-passages.ts then
 * checks phrases and word order on each candidate's words, which MiniSearch does not know, and
 * scores and orders them as it does Neo4j's: a phrase matches here exactly where Neo4j's phrase
 * query matches, and the same query answers the same hits on both stores.
 */
export class PassageSearchIndex {
  private readonly index: MiniSearch<{ id: string; words: string }>;
  private readonly words = new Map<string, string[]>();
  private readonly documentOf = new Map<string, string>();

  constructor(passages: readonly PassageDocument[]) {
    this.index = new MiniSearch({
      fields: ['words'],
      storeFields: [],
      // The words are already folded and one space apart (passage-text.ts).
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
    });
    const docs = passages.map((p) => {
      const words = tokenize(p.text).map((t) => t.word);
      this.words.set(p.id, words);
      this.documentOf.set(p.id, p.documentId);
      return { id: p.id, words: words.join(' ') };
    });
    this.index.addAll(docs);
  }

  get size(): number {
    return this.index.documentCount;
  }

  search(query: PassageQuery, options: PassageSearchOptions): PassageMatch[] {
    if (query.clauses.length === 0) return [];
    const documents = options.documents && options.documents.length > 0 ? new Set(options.documents) : null;
    const tree: Query = { combineWith: 'AND', queries: query.clauses.map(clauseQuery) };
    const results = this.index.search(tree, {
      filter: documents ? (r) => documents.has(this.documentOf.get(String(r.id)) ?? '') : undefined,
    });
    const candidates = results
      .slice(0, PASSAGE_CANDIDATES)
      .map((r) => ({ id: String(r.id), words: this.words.get(String(r.id)) ?? [] }));
    return rankPassages(query, candidates, options.limit);
  }
}

/** One clause as a MiniSearch query: candidates only, the order of a phrase is checked after. */
function clauseQuery(clause: PassageClause): Query {
  if (clause.kind === 'word') return { combineWith: 'OR', queries: [clause.word], prefix: clause.prefix };
  const together: Query = { combineWith: 'AND', queries: clause.words, prefix: false };
  return clause.joined ? { combineWith: 'OR', queries: [together, clause.joined], prefix: false } : together;
}
