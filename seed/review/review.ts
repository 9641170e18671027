import type { Dataset, EntityRecord, LinkRecord } from '../../src/domain/dataset.js';
import type { NodeKind } from '../../src/domain/entity-kind.js';
import { COLLABORATION_ROLES, type RelationType } from '../../src/domain/relation-type.js';
import { RELATION_ENDPOINTS } from '../rules.js';
import { type Mention, MentionFinder } from './mentions.js';
import type { ReviewRecords } from './records.js';

/**
 * The systematic review of the documents (`npm run seed:review`): for every passage of the five
 * documents, the entities it mentions (mentions.ts) and every pair of them that
 *
 * - some relation type could join (seed/rules.ts; a pair of kinds no type joins, two topics say,
 *   is counted apart, so a new relation type brings its pairs into the review), and
 * - no link citing that passage connects (directly, either way, or as two participants of one
 *   collaboration citing it);
 *
 * and the entities with no link beyond a reference row or a region. Each such pair and entity
 * must get the link the passage states, or a record (seed/review/*.yaml) saying in one line why
 * it has none. A record that no longer matches anything (the pair got its link, the passage
 * changed) is stale, and reported too, so the records stay true.
 */

export interface PairStatus {
  a: string;
  b: string;
  /** The reason recorded for it, or null when it is not reviewed. */
  reason: string | null;
}

export interface PassageReview {
  passage: string;
  mentions: Mention[];
  /** Pairs a link could join, linked by one citing this passage. */
  linked: [string, string][];
  /** Pairs a link could join, not linked from this passage: reviewed (with a reason) or not. */
  unlinked: PairStatus[];
}

export interface IsolatedEntity {
  id: string;
  reason: string | null;
}

export interface ReviewReport {
  passages: PassageReview[];
  /** Entities with no link beyond a reference row or a region. */
  isolated: IsolatedEntity[];
  /** Records that match nothing any more: `<file> › <what>`. */
  stale: string[];
  /** Mentioned pairs no relation type can join, counted by pair of kinds (`Topic–Topic`). */
  unjoinable: Map<string, number>;
}

/** The five documents the review covers (reference rows are data, not prose). */
const DOCUMENT_PASSAGE = /^\d{3}#/u;

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const ROLES = new Set<string>(COLLABORATION_ROLES);

/**
 * Whether the graph can relate the two kinds: some relation type joins them (in either
 * direction), or a collaboration can hold both, a partner and another participant (a partner
 * agency and a sector, two partner agencies).
 */
export function joinable(a: NodeKind, b: NodeKind): boolean {
  const rules = Object.entries(RELATION_ENDPOINTS) as [
    RelationType,
    (typeof RELATION_ENDPOINTS)[RelationType],
  ][];
  const direct = rules.some(([type, rule]) => {
    if (ROLES.has(type)) return false;
    const joins = (from: NodeKind, to: NodeKind) =>
      rule.from.includes(from) &&
      rule.to.includes(to) &&
      (!rule.groups || rule.groups.some((g) => g.includes(from) && g.includes(to)));
    return joins(a, b) || joins(b, a);
  });
  const partner = (k: NodeKind) => RELATION_ENDPOINTS.HAS_PARTNER.to.includes(k);
  const participant = (k: NodeKind) => rules.some(([type, rule]) => ROLES.has(type) && rule.to.includes(k));
  return direct || (partner(a) && participant(b)) || (partner(b) && participant(a));
}

/** Pairs linked from each passage: by a direct link citing it, or through a collaboration citing it. */
function linkedPairs(dataset: Dataset): Map<string, Set<string>> {
  const byPassage = new Map<string, Set<string>>();
  const add = (passage: string, a: string, b: string) => {
    const set = byPassage.get(passage) ?? new Set<string>();
    byPassage.set(passage, set);
    set.add(pairKey(a, b));
  };
  const participants = new Map<string, string[]>();
  for (const link of dataset.links) {
    if (ROLES.has(link.type)) {
      participants.set(link.from, [...(participants.get(link.from) ?? []), link.to]);
      continue;
    }
    for (const s of link.sources) add(s.passage, link.from, link.to);
  }
  for (const entity of dataset.entities) {
    if (entity.kind !== 'Collaboration') continue;
    const members = participants.get(entity.id) ?? [];
    for (const s of entity.sources)
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) add(s.passage, members[i]!, members[j]!);
  }
  return byPassage;
}

/** A link that counts against isolation: not resting on reference rows alone, not a place within a region. */
function substantive(link: LinkRecord, kindOf: Map<string, NodeKind>): boolean {
  if (link.sources.every((s) => s.passage.startsWith('ref-'))) return false;
  return !(link.type === 'PART_OF' && kindOf.get(link.to) === 'Region');
}

export function reviewDocuments(dataset: Dataset, records: ReviewRecords): ReviewReport {
  const finder = new MentionFinder(dataset.entities);
  const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
  const linked = linkedPairs(dataset);
  const used = new Set<string>();
  const unjoinable = new Map<string, number>();
  const passages: PassageReview[] = [];

  for (const passage of dataset.passages) {
    if (!DOCUMENT_PASSAGE.test(passage.id)) continue;
    const mentions = finder.find(passage);
    const review: PassageReview = { passage: passage.id, mentions, linked: [], unlinked: [] };
    const ids = mentions.map((m) => m.id);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!].sort() as [string, string];
        const kinds = [kindOf.get(a)!, kindOf.get(b)!] as const;
        if (!joinable(kinds[0], kinds[1])) {
          const key = [...kinds].sort().join('–');
          unjoinable.set(key, (unjoinable.get(key) ?? 0) + 1);
          continue;
        }
        if (linked.get(passage.id)?.has(pairKey(a, b))) {
          review.linked.push([a, b]);
          continue;
        }
        const reason = records.reasonFor(passage.id, a, b);
        if (reason) used.add(reason.key);
        review.unlinked.push({ a, b, reason: reason?.text ?? null });
      }
    }
    passages.push(review);
  }

  const withLink = new Set<string>();
  for (const link of dataset.links) {
    if (!substantive(link, kindOf)) continue;
    withLink.add(link.from);
    withLink.add(link.to);
  }
  const isolated: IsolatedEntity[] = dataset.entities
    .filter((e: EntityRecord) => !withLink.has(e.id))
    .map((e) => {
      const reason = records.isolationReason(e.id);
      if (reason) used.add(reason.key);
      return { id: e.id, reason: reason?.text ?? null };
    });

  return { passages, isolated, stale: records.unused(used), unjoinable };
}

/** Counts for the summary line and the test. */
export function reviewCounts(report: ReviewReport) {
  const unlinked = report.passages.flatMap((p) => p.unlinked);
  return {
    passages: report.passages.length,
    mentions: report.passages.reduce((n, p) => n + p.mentions.length, 0),
    linkedPairs: report.passages.reduce((n, p) => n + p.linked.length, 0),
    reviewedPairs: unlinked.filter((p) => p.reason !== null).length,
    unreviewedPairs: unlinked.filter((p) => p.reason === null).length,
    isolatedReviewed: report.isolated.filter((e) => e.reason !== null).length,
    isolatedUnreviewed: report.isolated.filter((e) => e.reason === null).length,
    stale: report.stale.length,
  };
}
