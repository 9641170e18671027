import { foldText, queryWords } from '../search/fold-text.js';
import { instrumentReferences, type InstrumentReference } from './instrument-reference.js';
import type { MatchRequest } from './match-request.js';
import { acronymKey, foldedKey, glossOf, looksLikeAcronym, nameTokens, withoutGloss } from './normalize.js';

/** One way to read the input's name, and how much a match on it is worth (1: all of it). */
export interface InputForm {
  raw: string;
  key: string;
  tokens: string[];
  /** The form leaves out a bracketed gloss: worth 1 only when the gloss is the entity's acronym. */
  glossed: boolean;
}

/** What matching reads from one request, once, before any candidate is scored. */
export interface ReadInput {
  /** The name as written, trimmed, spaces collapsed. */
  written: string;
  forms: InputForm[];
  /** Acronym keys the input gives: the whole name when it looks like one, a gloss, the acronym hint. */
  acronyms: string[];
  references: InstrumentReference[];
  /** The input's words outside its instrument references (ilo/oit left out), to check they fit the title. */
  wordsBesideReferences: string[];
  /** What the store is asked for: words to look for, ids to include. */
  searchWords: string[];
  ids: string[];
}

/**
 * Words that say nothing about which instrument: `ILO Convention 138` and `International Labour
 * Organization Convention 138` are just Convention 138.
 */
const GENERIC_REFERENCE_WORDS = new Set(['ilo', 'oit', 'international', 'labor', 'organization']);

/** An id as the API writes them: `agency:WHO`, `instrument:C138`. */
const ID_SHAPE = /^[a-z-]+:[A-Za-z0-9][A-Za-z0-9-]*$/u;

const form = (raw: string, glossed: boolean): InputForm => ({
  raw,
  key: foldedKey(raw),
  tokens: nameTokens(raw),
  glossed,
});

/** Reads a request's name and hints into the forms matching compares. Pure. */
export function readInput(request: MatchRequest): ReadInput {
  const written = request.name.trim().replace(/\s+/gu, ' ');
  const forms: InputForm[] = [];
  if (written) forms.push(form(written, false));
  const core = withoutGloss(written);
  if (core) forms.push(form(core, true));
  // `WHO - World Health Organization`: either side may be the name.
  const sides = /^(.+?)\s+[-–—]\s+(.+)$/u.exec(written);
  if (sides?.[1] && sides[2]) for (const side of [sides[1], sides[2]]) forms.push(form(side, true));

  const gloss = glossOf(written);
  const glossAcronym = gloss && looksLikeAcronym(gloss) ? acronymKey(gloss) : null;
  const acronyms = new Set<string>();
  if (written && looksLikeAcronym(written)) acronyms.add(acronymKey(written));
  if (glossAcronym) acronyms.add(glossAcronym);
  for (const side of sides ? [sides[1]!, sides[2]!] : [])
    if (looksLikeAcronym(side)) acronyms.add(acronymKey(side));
  const acronymHints = request.hints.flatMap((h) => (h.on === 'acronym' ? h.values : []));
  const hintedAcronyms = acronymHints.filter((v): v is string => typeof v === 'string').map(acronymKey);

  const references = instrumentReferences(written);
  let beside = foldText(written);
  for (const r of references) beside = beside.replace(new RegExp(escape(r.text.trim()), 'iu'), ' ');
  const wordsBesideReferences =
    references.length > 0 ? nameTokens(beside).filter((w) => !GENERIC_REFERENCE_WORDS.has(w)) : [];

  // Words for the store: as written (folded, abbreviations expanded) and in matching's spelling,
  // so `programme` finds `program` and the reverse; small words (of, de, la) would find everything.
  const words = new Set<string>();
  for (const text of [written, ...hintedAcronyms]) {
    for (const w of queryWords(text)) if (nameTokens(w).length > 0) words.add(w);
    for (const w of nameTokens(text)) words.add(w);
  }
  // An acronym written with dots or spaces (`F.A.O.`) is looked for as one word (`fao`).
  for (const a of [...acronyms, ...hintedAcronyms]) words.add(a);
  const ids = new Set(references.map((r) => r.id));
  if (ID_SHAPE.test(written)) ids.add(written);

  return {
    written,
    forms,
    // Without a name, an acronym hint is the name (a reconciliation query with properties only).
    acronyms: [...acronyms, ...(written ? [] : hintedAcronyms)],
    references,
    wordsBesideReferences,
    searchWords: [...words],
    ids: [...ids],
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
