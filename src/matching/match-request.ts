import type { EntityKind } from '../domain/entity-kind.js';
import type { EntityModel } from '../domain/entity-from-node.js';
import type { MatchFeatureId } from './features.js';

/** A value a hint compares with the entity: text, a number, a yes/no, or an entity by id. */
export type HintValue = string | number | boolean | { id: string; name?: string };

/**
 * Something the user knows besides the name: the acronym, the country, the year, or a
 * kind-specific field (`instrumentType`, `agencyType`, `isoAlpha2`...). Several values: any may agree.
 */
export type MatchHint =
  | { on: 'acronym'; values: HintValue[] }
  | { on: 'country'; values: HintValue[] }
  | { on: 'year'; values: HintValue[] }
  | { on: 'field'; field: string; values: HintValue[] };

/** One name to match, as a partner's spreadsheet gives it, with what else is known. */
export interface MatchRequest {
  /** The name as written; may be empty when an acronym hint names the entity instead. */
  name: string;
  /** Kinds the user expects: candidates of other kinds score lower (kind_agreement). */
  expectedKinds: readonly EntityKind[];
  /** Only candidates of these kinds (empty: every kind). */
  kinds: readonly EntityKind[];
  hints: readonly MatchHint[];
  /** At most this many candidates, best first. */
  limit: number;
}

/** One feature of one candidate, with what it added to the score and why, in words. */
export interface FeatureScore {
  id: MatchFeatureId;
  /** 1 or less for a name feature that holds, 0 when it does not; agreeing minus disagreeing hints for a qualifier. */
  value: number;
  /** What it added to the score (negative: took away); 0 for a name feature weaker than the best one. */
  contribution: number;
  /** What held, e.g. `French name "Organisation mondiale de la Santé"`, `country "Suisse" agrees`. */
  detail: string;
}

/** An entity as matching sees it: its record and the countries it is in or works in. */
export interface CandidateEntity {
  entity: EntityModel;
  places: EntityModel[];
}

export interface MatchCandidate {
  entity: EntityModel;
  /** 0 to 1: how surely the input names this entity. */
  score: number;
  /** This candidate is the one: its score is over the threshold and clearly ahead of the next. */
  match: boolean;
  /** Every feature, in the order of MATCH_FEATURES. */
  features: FeatureScore[];
}

export interface MatchResult {
  /** Best first; ties by id. */
  candidates: MatchCandidate[];
}
