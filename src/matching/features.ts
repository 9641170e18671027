/**
 * The matching features: one declared table that the scoring code, the explanations the API
 * returns (GraphQL `match` and the reconciliation service's `features`) and the README all read.
 *
 * How a score is made (score-candidate.ts):
 * - the name evidence is the strongest of the name features that hold, each `weight × value`
 *   (value 1 for a feature that holds outright, less for a weaker form: a name without its
 *   bracketed gloss, a reference with words that disagree, a partial word overlap);
 * - then the qualifiers add `weight` for each hint that agrees and take `penalty` for each that
 *   disagrees (a hint the entity has no data for changes nothing);
 * - the result is kept within 0..1.
 * A candidate is the match (`match: true`) when its score is at least MATCH_THRESHOLD, at
 * least MATCH_MARGIN ahead of the next candidate, and no year the user gave, which it has no
 * year to compare with, is another candidate's (the Conference, or its 2006 session?).
 */

export type MatchFeatureId =
  | 'identifier'
  | 'name_exact'
  | 'name_folded'
  | 'alias'
  | 'instrument_number'
  | 'acronym'
  | 'token_similarity'
  | 'kind_agreement'
  | 'hint_agreement';

export interface MatchFeatureDefinition {
  id: MatchFeatureId;
  /** Name features: the score it gives at value 1. Qualifiers: what each agreeing hint adds. */
  weight: number;
  /** Qualifiers only: what each disagreeing hint takes away. */
  penalty?: number;
  /** `name`: evidence the input names the entity; `qualifier`: hints that raise or lower it. */
  role: 'name' | 'qualifier';
  description: string;
}

export const MATCH_FEATURES: readonly MatchFeatureDefinition[] = [
  {
    id: 'identifier',
    weight: 1,
    role: 'name',
    description: "The input is the entity's id, e.g. `agency:WHO`.",
  },
  {
    id: 'name_exact',
    weight: 1,
    role: 'name',
    description: "The input is the entity's name exactly as written (spaces at the ends ignored).",
  },
  {
    id: 'name_folded',
    weight: 0.98,
    role: 'name',
    description:
      "The input is the entity's name once case, accents, punctuation and spacing are folded (`WORLD HEALTH ORGANIZATION.`); value 0.9 for the name without its bracketed gloss or its year (`Mining` for `Mining (coal; other mining)`).",
  },
  {
    id: 'alias',
    weight: 0.95,
    role: 'name',
    description:
      'The input is, folded, another name the entity goes by: its name in French or Spanish, a short title, a reference such as `Convention No. 138`, a variant such as `Turin Centre` (see `Entity.names` and `aliases`).',
  },
  {
    id: 'instrument_number',
    weight: 0.96,
    role: 'name',
    description:
      'The input cites an instrument by type and number (`C138`, `C.138`, `Convention No. 138`, `ILO Convention 138`, `Convenio núm. 138`) and the entity is that instrument; value 0.8 when the input also has words its titles do not.',
  },
  {
    id: 'acronym',
    weight: 0.93,
    role: 'name',
    description:
      'The input, with dots and spaces removed (`F.A.O.`, `I L O`), is an acronym of the entity: its own, one it has in another language (`OMS`), or an ISO code of a country. Acronyms are often shared: two entities with one acronym are never a match.',
  },
  {
    id: 'token_similarity',
    weight: 0.9,
    role: 'name',
    description:
      "How far the input's words and the closest of the entity's names agree (0 to 1, the Dice coefficient over words): word order ignored, small words (of, the, de, la, y) ignored, abbreviations expanded (`Intl`, `Org.`, `Dept`), British and American spellings read as one, one typo allowed in a word of five letters or more. A word never matches by its prefix: `UN` is not `UNESCO`.",
  },
  {
    id: 'kind_agreement',
    weight: 0.02,
    penalty: 0.4,
    role: 'qualifier',
    description:
      'The kind you expect (`kind` in `match`, the type in a reconciliation query with `type_strict: "should"`) is the entity\'s (+1) or not (-1).',
  },
  {
    id: 'hint_agreement',
    weight: 0.05,
    penalty: 0.3,
    role: 'qualifier',
    description:
      "The hints you give agree with what the graph says of the entity: acronym, country (the country itself, or where it is located or active, or its headquarters' city), year, or a kind-specific field such as `instrumentType`. Value: hints agreeing minus hints disagreeing; each agreeing adds 0.05 (0.1 at most), each disagreeing takes 0.3.",
  },
];

/** Most a score gains from agreeing hints, however many agree. */
export const MAX_HINT_BONUS = 0.1;

/** A candidate is the match only with a score of at least this... */
export const MATCH_THRESHOLD = 0.85;
/** ...and at least this far ahead of the next candidate. */
export const MATCH_MARGIN = 0.1;
/** Candidates scoring below this are not returned: they share a word with the input and little else. */
export const MIN_CANDIDATE_SCORE = 0.3;

/** The definition of a feature. */
export function matchFeature(id: MatchFeatureId): MatchFeatureDefinition {
  const feature = MATCH_FEATURES.find((f) => f.id === id);
  if (!feature) throw new Error(`Unknown match feature ${id}`);
  return feature;
}
