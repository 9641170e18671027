import MiniSearch from 'minisearch';

import type { SearchMatch, SearchOptions } from '../store/port/graph-store.port.js';
import { exactKey, foldText } from './fold-text.js';

/** The searchable fields of one entity. */
export interface SearchDocument {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  aliases: string[];
  description: string | null;
}

const FIELDS = ['name', 'acronym', 'aliases', 'description'] as const;
type Field = (typeof FIELDS)[number];

/** Score added to an entity whose name, acronym or an alias is exactly the query: it must rank first. */
const EXACT_MATCH_BONUS = 1000;

/**
 * The embedded store's search: an in-process BM25 index (MiniSearch) over entity names,
 * acronyms, aliases and descriptions.
 *
 * Why not Kuzu's full-text extension: its stop words drop "who" (so `WHO` finds nothing), a
 * custom stop-word list crashed the process on the next insert, and a full-text query beside a
 * write corrupted the heap (DESIGN.md section 6). This index is rebuilt from the store after
 * each committed write, so it never runs inside the engine.
 *
 * Matching is case- and accent-insensitive, accepts prefixes and one typo in words of four
 * letters or more, and puts an exact name/acronym/alias match first.
 */
export class EntitySearchIndex {
  private readonly index: MiniSearch<SearchDocument & { aliasesText: string }>;
  private readonly exact = new Map<string, Set<string>>();
  private readonly kinds = new Map<string, string>();

  constructor(documents: readonly SearchDocument[]) {
    this.index = new MiniSearch({
      fields: ['name', 'acronym', 'aliasesText', 'description'],
      storeFields: [],
      processTerm: (term) => foldText(term),
      searchOptions: {
        boost: { name: 3, acronym: 3, aliasesText: 2, description: 1 },
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 4 ? 1 : false),
        combineWith: 'OR',
      },
    });
    this.index.addAll(documents.map((d) => ({ ...d, aliasesText: d.aliases.join(' | ') })));
    for (const d of documents) {
      this.kinds.set(d.id, d.kind);
      for (const text of [d.name, d.acronym, ...d.aliases]) {
        if (!text) continue;
        const key = exactKey(text);
        if (!this.exact.has(key)) this.exact.set(key, new Set());
        this.exact.get(key)!.add(d.id);
      }
    }
  }

  get size(): number {
    return this.index.documentCount;
  }

  search(text: string, options: SearchOptions): SearchMatch[] {
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const exactIds = this.exact.get(exactKey(text)) ?? new Set<string>();
    const hits = new Map<string, SearchMatch>();

    for (const result of this.index.search(text)) {
      const id = String(result.id);
      const kind = this.kinds.get(id) ?? '';
      if (kinds && !kinds.has(kind)) continue;
      const matchedOn = new Set<Field>();
      for (const fields of Object.values(result.match)) {
        for (const f of fields) matchedOn.add(f === 'aliasesText' ? 'aliases' : (f as Field));
      }
      hits.set(id, { id, kind, score: result.score, matchedOn: FIELDS.filter((f) => matchedOn.has(f)) });
    }
    // An exact name/acronym match ranks first even when the index scored it low (or dropped it).
    for (const id of exactIds) {
      const kind = this.kinds.get(id) ?? '';
      if (kinds && !kinds.has(kind)) continue;
      const hit = hits.get(id) ?? { id, kind, score: 0, matchedOn: [] };
      hit.score += EXACT_MATCH_BONUS;
      hits.set(id, hit);
    }
    return [...hits.values()]
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, options.limit);
  }
}
