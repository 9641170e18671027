import MiniSearch from 'minisearch';

import { ENTITY_KINDS } from '../domain/entity-kind.js';
import type { SearchMatch, SearchOptions } from '../store/port/graph-store.port.js';
import { acronymIndexText, exactKey, foldText, queryWords } from './fold-text.js';
import { MIN_FUZZY, MIN_PREFIX, rankCandidates, type SearchCandidate } from './rank-hits.js';
import { shortAcronymKey } from './short-acronyms.js';
import { allowsTypo } from './typo-tolerance.js';

/** The searchable fields of one entity. */
export interface SearchDocument {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  description: string | null;
}

/**
 * How many of the index's best hits are ranked (src/search/rank-hits.ts), beside the exact
 * matches: as many as Neo4j's adapter fetches, so both stores rank the same candidates.
 */
export const candidateCount = (limit: number): number => Math.max(limit * 5, 200);

/**
 * The embedded store's search: an in-process index (MiniSearch) over entity names, acronyms,
 * aliases and descriptions, whose BM25 ranking picks the candidates rank-hits.ts then orders.
 *
 * Why not Kuzu's full-text extension: its stop words drop "who" (so `WHO` finds nothing), a
 * custom stop-word list crashed the process on the next insert, and a full-text query beside a
 * write corrupted the heap (DESIGN.md section 6). This index is rebuilt from the store after
 * each committed write, so it never runs inside the engine.
 *
 * Matching is case- and accent-insensitive, accepts prefixes (of three letters or more, except a
 * short word that is some entity's acronym, such as `who`) and one typo in words of four letters
 * or more. The index finds candidates; rank-hits.ts orders them, as it does Neo4j's.
 */
export class EntitySearchIndex {
  private readonly index: MiniSearch<SearchDocument & { aliasesText: string }>;
  /** Folded name/acronym/alias → the ids of the entities bearing it. */
  private readonly exact = new Map<string, Set<string>>();
  private readonly documents = new Map<string, SearchCandidate>();
  /** Folded short one-word acronyms (short-acronyms.ts): query words never expanded as prefixes. */
  private readonly acronyms = new Set<string>();

  constructor(documents: readonly SearchDocument[]) {
    this.index = new MiniSearch({
      fields: ['name', 'acronym', 'aliasesText', 'description'],
      storeFields: [],
      processTerm: (term) => foldText(term),
      searchOptions: {
        boost: { name: 3, acronym: 3, aliasesText: 2, description: 1 },
        prefix: (term) => term.length >= MIN_PREFIX && !this.acronyms.has(term),
        fuzzy: (term) => (term.length >= MIN_FUZZY ? 1 : false),
        combineWith: 'OR',
      },
    });
    this.index.addAll(
      documents.map((d) => ({
        ...d,
        acronym: d.acronym ? acronymIndexText(d.acronym) : null,
        aliasesText: d.aliases.join(' | '),
      })),
    );
    for (const d of documents) {
      this.documents.set(d.id, d);
      const acronym = shortAcronymKey(d.acronym);
      if (acronym) this.acronyms.add(acronym);
      for (const text of [d.name, d.acronym, ...d.aliases]) {
        if (!text) continue;
        const key = exactKey(text);
        const ids = this.exact.get(key) ?? new Set<string>();
        this.exact.set(key, ids.add(d.id));
      }
    }
  }

  get size(): number {
    return this.index.documentCount;
  }

  /**
   * The ids of the entities whose name, acronym or aliases hold one of `words` (folded), each
   * word matching as itself or one edit away (a letter added, dropped, changed, or two
   * neighbours swapped) when `allowsTypo`, never as a prefix: the same rule as the Lucene query
   * Neo4j runs for matching (luceneCandidateQuery), so both stores find the same candidates.
   * Best first, at most `limit`, ties by id.
   */
  candidates(words: readonly string[], kinds: readonly string[], limit: number): string[] {
    if (words.length === 0) return [];
    const only = new Set(kinds);
    // MiniSearch's fuzzy distance counts a swap as two edits; the swapped forms are added as
    // words of their own, so that `orgainzation` finds `organization` as Lucene's fuzzy query does.
    const terms = new Set(words);
    for (const w of words) if (allowsTypo(w)) for (const swapped of adjacentSwaps(w)) terms.add(swapped);
    const results = this.index.search([...terms].join(' '), {
      fields: ['name', 'acronym', 'aliasesText'],
      boost: { name: 3, acronym: 3, aliasesText: 2 },
      prefix: false,
      fuzzy: (term) => (allowsTypo(term) ? 1 : false),
      combineWith: 'OR',
      filter: (r) => only.has(this.documents.get(String(r.id))?.kind ?? ''),
    });
    return results
      .sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)))
      .slice(0, limit)
      .map((r) => String(r.id));
  }

  /** The folded short acronyms of the indexed entities: passage search reads its query with them too. */
  get shortAcronyms(): ReadonlySet<string> {
    return this.acronyms;
  }

  search(text: string, options: SearchOptions): SearchMatch[] {
    // No kinds: every entity kind, collaborations only when asked for (SearchOptions.kinds).
    const kinds = new Set<string>(options.kinds && options.kinds.length > 0 ? options.kinds : ENTITY_KINDS);
    const wanted = (id: string) => kinds.has(this.documents.get(id)?.kind ?? '');
    const candidates = new Set<string>();
    // An exact name/acronym/alias match is a candidate even when the index scored it low.
    for (const id of this.exact.get(exactKey(text)) ?? []) if (wanted(id)) candidates.add(id);
    const results = this.index.search(queryWords(text).join(' '), { filter: (r) => wanted(String(r.id)) });
    for (const result of results.slice(0, candidateCount(options.limit))) candidates.add(String(result.id));
    const found = [...candidates].map((id) => this.documents.get(id)!);
    return rankCandidates(text, found, this.acronyms, options.limit);
  }
}

/** Every form of a word with two neighbouring letters swapped (`orgainzation` → `organization`, ...). */
function adjacentSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    swaps.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return swaps;
}
