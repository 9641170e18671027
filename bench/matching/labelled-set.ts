import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { isEntityKind, type EntityKind } from '../../src/domain/entity-kind.js';
import type { MatchHint, MatchRequest, MatchResult } from '../../src/matching/match-request.js';
import { MAX_MATCH_INPUTS, type MatchService } from '../../src/matching/match.service.js';
import { parseTsv } from '../../seed/reference/tsv.js';
import { round, table } from '../lib/machine.js';

/**
 * The labelled set (labelled-set.tsv) and what matching scores on it. One row per name as a
 * partner's list or a report writes it, read from the documents and reference tables: the entity
 * it is (`expected`), or `none` for a name the graph lacks, which must never be matched.
 */

export const LABELLED_SET_PATH = fileURLToPath(new URL('labelled-set.tsv', import.meta.url));

/** What the tests and the report hold matching to. */
export const TARGETS = {
  /** Share of the names in the graph whose first candidate is the right entity. */
  topOnePrecision: 0.95,
  /** `match: true` on the wrong entity, or on a name the graph lacks. */
  wrongMatches: 0,
} as const;

export const CATEGORIES = [
  'name',
  'variant',
  'translation',
  'typo',
  'abbreviation',
  'acronym',
  'reference',
  'hinted',
  'non-match',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LabelledItem {
  input: string;
  /** The entity id it names, or null for a name the graph lacks. */
  expected: string | null;
  category: Category;
  kind: EntityKind | null;
  country: string | null;
  acronym: string | null;
  year: number | null;
  /** Where the form was read: a passage, a reference row, or how partner lists write it. */
  source: string;
  /** Line in the TSV (header = 1), for reports. */
  line: number;
}

/** Reads the set, refusing a malformed row (unknown category or kind) with its line. */
export async function readLabelledSet(path = LABELLED_SET_PATH): Promise<LabelledItem[]> {
  const rows = parseTsv(await readFile(path, 'utf8'));
  return rows.map((row, i) => {
    const line = i + 2;
    const category = row.category as Category;
    if (!CATEGORIES.includes(category))
      throw new Error(`${path}:${line}: unknown category "${row.category}"`);
    if (row.kind && !isEntityKind(row.kind)) throw new Error(`${path}:${line}: unknown kind "${row.kind}"`);
    if (!row.input || !row.expected) throw new Error(`${path}:${line}: input and expected are required`);
    return {
      input: row.input,
      expected: row.expected === 'none' ? null : row.expected,
      category,
      kind: (row.kind || null) as EntityKind | null,
      country: row.country || null,
      acronym: row.acronym || null,
      year: row.year ? Number(row.year) : null,
      source: row.source ?? '',
      line,
    };
  });
}

/** An item as a user would send it: the name, and the hints their list has. */
export function requestOf(item: LabelledItem, limit = 3): MatchRequest {
  const hints: MatchHint[] = [];
  if (item.country) hints.push({ on: 'country', values: [item.country] });
  if (item.acronym) hints.push({ on: 'acronym', values: [item.acronym] });
  if (item.year !== null) hints.push({ on: 'year', values: [item.year] });
  return { name: item.input, expectedKinds: item.kind ? [item.kind] : [], kinds: [], hints, limit };
}

export interface Outcome {
  item: LabelledItem;
  result: MatchResult;
  /** The first candidate's id, or null when there is none. */
  top: string | null;
  /** The candidate with `match: true`, or null. */
  matched: string | null;
  /** For a name in the graph: its first candidate is the right entity. Null for a non-match. */
  topIsRight: boolean | null;
  /** `match: true` on another entity than the expected one (any match, for a non-match). */
  wrongMatch: boolean;
}

export interface Tally {
  items: number;
  /** Names in the graph, and how many have the right entity first. */
  positives: number;
  topRight: number;
  /** Matches claimed, and how many of them are wrong. */
  matches: number;
  wrongMatches: number;
  /** Names in the graph matched to the right entity (match: true). */
  rightMatches: number;
  /** Names the graph lacks, and how many were (wrongly) matched. */
  negatives: number;
  negativesMatched: number;
}

export interface Evaluation {
  outcomes: Outcome[];
  total: Tally;
  byCategory: Map<Category, Tally>;
}

/** Runs every item through the matching service, in batches of the most it takes. */
export async function evaluate(service: MatchService, items: readonly LabelledItem[]): Promise<Evaluation> {
  const outcomes: Outcome[] = [];
  for (let start = 0; start < items.length; start += MAX_MATCH_INPUTS) {
    const batch = items.slice(start, start + MAX_MATCH_INPUTS);
    const results = await service.match(batch.map((item) => requestOf(item)));
    batch.forEach((item, i) => outcomes.push(outcomeOf(item, results[i]!)));
  }
  const byCategory = new Map<Category, Tally>();
  for (const category of CATEGORIES) {
    const inCategory = outcomes.filter((o) => o.item.category === category);
    if (inCategory.length > 0) byCategory.set(category, tally(inCategory));
  }
  return { outcomes, total: tally(outcomes), byCategory };
}

function outcomeOf(item: LabelledItem, result: MatchResult): Outcome {
  const top = result.candidates[0]?.entity.id ?? null;
  const matched = result.candidates.find((c) => c.match)?.entity.id ?? null;
  return {
    item,
    result,
    top,
    matched,
    topIsRight: item.expected === null ? null : top === item.expected,
    wrongMatch: matched !== null && matched !== item.expected,
  };
}

function tally(outcomes: readonly Outcome[]): Tally {
  const positives = outcomes.filter((o) => o.item.expected !== null);
  return {
    items: outcomes.length,
    positives: positives.length,
    topRight: positives.filter((o) => o.topIsRight).length,
    matches: outcomes.filter((o) => o.matched !== null).length,
    wrongMatches: outcomes.filter((o) => o.wrongMatch).length,
    rightMatches: positives.filter((o) => o.matched === o.item.expected).length,
    negatives: outcomes.length - positives.length,
    negativesMatched: outcomes.filter((o) => o.item.expected === null && o.matched !== null).length,
  };
}

/** Top-1 precision on the names in the graph (1 when there are none). */
export function topOnePrecision(t: Tally): number {
  return t.positives === 0 ? 1 : t.topRight / t.positives;
}

const percent = (n: number, of: number) => (of === 0 ? '-' : `${round((100 * n) / of, 1)}%`);

/** The report `npm run match:report` prints: totals, one line per category, then every miss. */
export function formatReport(evaluation: Evaluation): string {
  const row = (label: string, t: Tally) => [
    label,
    String(t.items),
    `${t.topRight}/${t.positives}`,
    percent(t.topRight, t.positives),
    String(t.matches),
    String(t.wrongMatches),
    percent(t.rightMatches, t.positives),
    t.negatives === 0 ? '-' : `${t.negatives - t.negativesMatched}/${t.negatives}`,
  ];
  const lines = [
    table(
      [
        'category',
        'names',
        'top-1 right',
        'top-1 precision',
        'match: true',
        'wrong',
        'matched (recall)',
        'non-matches left alone',
      ],
      [...[...evaluation.byCategory].map(([c, t]) => row(c, t)), row('all', evaluation.total)],
    ),
  ];
  const misses = evaluation.outcomes.filter((o) => o.topIsRight === false || o.wrongMatch);
  lines.push('', misses.length === 0 ? 'No miss.' : 'Misses (line: input → expected; first candidates):');
  for (const o of misses) {
    const candidates = o.result.candidates
      .map((c) => `${c.entity.id} ${c.score}${c.match ? ' MATCH' : ''}`)
      .join(', ');
    lines.push(
      `  ${o.item.line}: ${JSON.stringify(o.item.input)} → ${o.item.expected ?? 'none'}; ${candidates || 'no candidate'}${o.wrongMatch ? '  (WRONG MATCH)' : ''}`,
    );
  }
  const precision = topOnePrecision(evaluation.total);
  lines.push(
    '',
    `Targets: top-1 precision ${percent(evaluation.total.topRight, evaluation.total.positives)} (at least ${100 * TARGETS.topOnePrecision}%: ${precision >= TARGETS.topOnePrecision ? 'met' : 'MISSED'}); wrong matches ${evaluation.total.wrongMatches} (${TARGETS.wrongMatches} allowed: ${evaluation.total.wrongMatches <= TARGETS.wrongMatches ? 'met' : 'MISSED'}).`,
  );
  return lines.join('\n');
}
