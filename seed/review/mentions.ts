import type { EntityRecord, PassageRecord } from '../../src/domain/dataset.js';
import { foldText } from '../../src/search/fold-text.js';

/**
 * Which entities a passage mentions, by name, acronym or alias: the first step of the review of
 * the documents (review.ts). The rules, chosen so that a mention is what a reader would call one:
 *
 * - a name or alias matches case- and accent-insensitively, an acronym exactly as written
 *   (`WHO` the organisation, not "who"; `SECTOR` the department, not "sector");
 * - a match stands between word boundaries (`ILO` not in "ILOLEX");
 * - a match inside a longer one is not a mention of its own: "Social Dialogue Sector" names the
 *   department, not the topic social dialogue;
 * - a reference sector named in the ILO's semicolon style ("Shipping; ports; fisheries; inland
 *   waterways") is mentioned by each of its parts, unless an entity bears that part as its own
 *   name (the sector Fisheries): the more specific entity is the one meant;
 * - when one span names several entities (a topic and the operational objective named after
 *   it: "Child labour"), the topic is taken: the documents use such words for the subject far
 *   more often than for the heading; where no topic is among them, all are taken.
 *
 * Collaborations are not named in the text; they are found through their participants.
 */

export interface Mention {
  id: string;
  /** The text as written in the passage, once per distinct form. */
  forms: string[];
}

interface Name {
  id: string;
  kind: EntityRecord['kind'];
  text: string;
  /** Acronyms match as written; names and aliases folded. */
  exact: boolean;
  /** A part of a semicolon-style name rather than a whole name, acronym or alias. */
  part?: boolean;
}

interface Span {
  start: number;
  end: number;
  names: Name[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The names an entity is mentioned by. */
export function mentionNames(entity: EntityRecord): Name[] {
  const names: Name[] = [{ id: entity.id, kind: entity.kind, text: entity.name, exact: false }];
  if (entity.acronym) names.push({ id: entity.id, kind: entity.kind, text: entity.acronym, exact: true });
  for (const alias of entity.aliases ?? [])
    names.push({ id: entity.id, kind: entity.kind, text: alias, exact: false });
  if (entity.kind === 'Sector') {
    for (const part of entity.name.split(/[;()]/u)) {
      const text = part.replace(/^\s*including\s+/iu, '').trim();
      if (text && text !== entity.name)
        names.push({ id: entity.id, kind: entity.kind, text, exact: false, part: true });
    }
  }
  return names.filter((n) => n.text.length >= 2);
}

/** A finder over a fixed set of entities, reused for every passage. */
export class MentionFinder {
  private readonly names: Name[];

  constructor(entities: readonly EntityRecord[]) {
    this.names = entities.filter((e) => e.kind !== 'Collaboration').flatMap(mentionNames);
  }

  /** The entities a passage mentions, in the order of their first mention. */
  find(passage: Pick<PassageRecord, 'text'>): Mention[] {
    const folded = foldText(passage.text);
    const spans = new Map<string, Span>();
    for (const name of this.names) {
      const haystack = name.exact ? passage.text : folded;
      const needle = name.exact ? name.text : foldText(name.text);
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const before = haystack[at - 1];
        const after = haystack[at + needle.length];
        if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
        const key = `${at}:${at + needle.length}`;
        const span = spans.get(key) ?? { start: at, end: at + needle.length, names: [] };
        span.names.push(name);
        spans.set(key, span);
      }
    }
    // Longest first; a span inside one already kept is not a mention of its own.
    const kept: Span[] = [];
    for (const span of [...spans.values()].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
    )) {
      if (!kept.some((k) => k.start <= span.start && k.end >= span.end)) kept.push(span);
    }
    const mentions = new Map<string, Mention>();
    for (const span of kept.sort((a, b) => a.start - b.start)) {
      const whole = span.names.filter((n) => !n.part);
      const candidates = whole.length > 0 ? whole : span.names;
      const topics = candidates.filter((n) => n.kind === 'Topic');
      const named = topics.length > 0 ? topics : candidates;
      const form = foldText(passage.text).slice(span.start, span.end);
      for (const id of new Set(named.map((n) => n.id))) {
        const mention = mentions.get(id) ?? { id, forms: [] };
        if (!mention.forms.includes(form)) mention.forms.push(form);
        mentions.set(id, mention);
      }
    }
    return [...mentions.values()];
  }
}
