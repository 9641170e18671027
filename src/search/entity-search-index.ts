import MiniSearch from 'minisearch';

import type { SearchMatch, SearchOptions } from '../store/port/graph-store.port.js';
import { exactKey, foldText, queryWords } from './fold-text.js';
import { shortAcronymKey } from './short-acronyms.js';

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
/** Score added when every word of the query (or a prefix of it) is in the name: a strong sign. */
const WHOLE_NAME_BONUS = 100;
/** Query words shorter than this are never prefixes (`it` would find every word starting with it). */
const MIN_PREFIX = 3;

/**
 * The embedded store's search: an in-process BM25 index (MiniSearch) over entity names,
 * acronyms, aliases and descriptions.
 *
 * Why not Kuzu's full-text extension: its stop words drop "who" (so `WHO` finds nothing), a
 * custom stop-word list crashed the process on the next insert, and a full-text query beside a
 * write corrupted the heap (DESIGN.md section 6). This index is rebuilt from the store after
 * each committed write, so it never runs inside the engine.
 *
 * Matching is case- and accent-insensitive, accepts prefixes (of three letters or more, except a
 * short word that is some entity's acronym, such as `who`) and one typo in words of four letters
 * or more, and puts an exact name/acronym/alias match first.
 */
export class EntitySearchIndex {
  private readonly index: MiniSearch<SearchDocument & { aliasesText: string }>;
  /** Folded name/acronym/alias → the entities bearing it, with the field it is in. */
  private readonly exact = new Map<string, Map<string, Set<Field>>>();
  private readonly kinds = new Map<string, string>();
  private readonly nameWords = new Map<string, string[]>();
  /** Folded short one-word acronyms (short-acronyms.ts): query words never expanded as prefixes. */
  private readonly shortAcronyms = new Set<string>();

  constructor(documents: readonly SearchDocument[]) {
    this.index = new MiniSearch({
      fields: ['name', 'acronym', 'aliasesText', 'description'],
      storeFields: [],
      processTerm: (term) => foldText(term),
      searchOptions: {
        boost: { name: 3, acronym: 3, aliasesText: 2, description: 1 },
        prefix: (term) => term.length >= MIN_PREFIX && !this.shortAcronyms.has(term),
        fuzzy: (term) => (term.length >= 4 ? 1 : false),
        combineWith: 'OR',
      },
    });
    this.index.addAll(documents.map((d) => ({ ...d, aliasesText: d.aliases.join(' | ') })));
    for (const d of documents) {
      this.kinds.set(d.id, d.kind);
      this.nameWords.set(d.id, queryWords(d.name));
      const acronym = shortAcronymKey(d.acronym);
      if (acronym) this.shortAcronyms.add(acronym);
      const named: [Field, string | null][] = [
        ['name', d.name],
        ['acronym', d.acronym],
        ...d.aliases.map((a): [Field, string] => ['aliases', a]),
      ];
      for (const [field, text] of named) {
        if (!text) continue;
        const key = exactKey(text);
        const byId = this.exact.get(key) ?? new Map<string, Set<Field>>();
        this.exact.set(key, byId);
        byId.set(d.id, (byId.get(d.id) ?? new Set<Field>()).add(field));
      }
    }
  }

  get size(): number {
    return this.index.documentCount;
  }

  search(text: string, options: SearchOptions): SearchMatch[] {
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const exactMatches = this.exact.get(exactKey(text)) ?? new Map<string, Set<Field>>();
    const hits = new Map<string, SearchMatch>();

    const words = queryWords(text);
    for (const result of this.index.search(words.join(' '))) {
      const id = String(result.id);
      const kind = this.kinds.get(id) ?? '';
      if (kinds && !kinds.has(kind)) continue;
      const matchedOn = new Set<Field>();
      for (const fields of Object.values(result.match)) {
        for (const f of fields) matchedOn.add(f === 'aliasesText' ? 'aliases' : (f as Field));
      }
      const name = this.nameWords.get(id) ?? [];
      const wholeName = words.length > 0 && words.every((w) => name.some((n) => n.startsWith(w)));
      hits.set(id, {
        id,
        kind,
        score: result.score + (wholeName ? WHOLE_NAME_BONUS : 0),
        matchedOn: FIELDS.filter((f) => matchedOn.has(f)),
      });
    }
    // An exact name/acronym match ranks first even when the index scored it low (or dropped it).
    for (const [id, fields] of exactMatches) {
      const kind = this.kinds.get(id) ?? '';
      if (kinds && !kinds.has(kind)) continue;
      const hit = hits.get(id) ?? { id, kind, score: 0, matchedOn: [] };
      hit.score += EXACT_MATCH_BONUS;
      hit.matchedOn = FIELDS.filter((f) => fields.has(f) || hit.matchedOn.includes(f));
      hits.set(id, hit);
    }
    return [...hits.values()]
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, options.limit);
  }
}
