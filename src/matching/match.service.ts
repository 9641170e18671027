import { entityFromNode, type EntityModel } from '../domain/entity-from-node.js';
import { ENTITY_KINDS } from '../domain/entity-kind.js';
import type { CandidateRow, GraphStore, StoreNode } from '../store/port/graph-store.port.js';
import { candidateNames, type CandidateNames } from './candidate-names.js';
import { MATCH_MARGIN, MATCH_THRESHOLD, MIN_CANDIDATE_SCORE } from './features.js';
import type { MatchCandidate, MatchRequest, MatchResult } from './match-request.js';
import { readInput, type ReadInput } from './read-input.js';
import { scoreCandidate, type HintOutcome } from './score-candidate.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** Most names in one batch. */
export const MAX_MATCH_INPUTS = 100;
/** Most candidates returned for one name. */
export const MAX_MATCH_CANDIDATES = 10;
/** Longest name (and hint text) accepted, in characters. */
export const MAX_MATCH_TEXT = 200;
/** Most hints for one name: each is compared with every candidate. */
export const MAX_MATCH_HINTS = 20;
/**
 * Candidates the store finds by words for one name, before scoring. Why this many: the engines
 * rank by their own relevance, not by this scoring, and each cuts its list in its own order; with
 * 25 a name sharing one common word with many entities (`organization`) kept different ones on
 * each store. Past the knowledge base's whole list of matches, both keep the same (as search does).
 */
export const CANDIDATE_POOL = 200;

/** A request the matching service refuses, with where the problem is (`[3, 'name']`) and why. */
export class MatchInputError extends Error {
  constructor(
    message: string,
    /** The position of the request in the batch, then the field: [] for the batch itself. */
    readonly path: readonly (string | number)[],
  ) {
    super(message);
    this.name = 'MatchInputError';
  }
}

/**
 * Entity matching: for each name of a batch, its best candidates in the graph, each with a score
 * in 0..1, the features that made it and whether it is the match (features.ts). The one service
 * behind GraphQL `match` and the reconciliation service (src/reconcile), neither of which reaches
 * the store another way.
 *
 * One store round trip per batch, whatever its size: the store finds every name's candidates at
 * once (GraphStore.matchCandidates), and all scoring happens here, in code shared by both
 * stores, so that they answer the same.
 */
export class MatchService {
  constructor(private readonly store: GraphStore) {}

  /** Results in the order of `requests`. Throws MatchInputError for a batch it refuses. */
  async match(requests: readonly MatchRequest[]): Promise<MatchResult[]> {
    checkBatch(requests);
    const inputs = requests.map(readInput);
    const rows = await this.store.matchCandidates(
      requests.map((r, i) => ({
        words: inputs[i]!.searchWords,
        ids: inputs[i]!.ids,
        kinds: r.kinds.length > 0 ? r.kinds : ENTITY_KINDS,
      })),
      { limit: CANDIDATE_POOL },
    );
    const batch = new BatchEntities();
    return requests.map((request, i) => rank(request, inputs[i]!, rows[i] ?? [], batch));
  }
}

/** Entities and their names read once per batch, however many inputs share them. */
class BatchEntities {
  private readonly entities = new Map<string, EntityModel>();
  private readonly names = new Map<string, CandidateNames>();

  entity(node: StoreNode): EntityModel {
    const id = String(node.properties.id);
    let entity = this.entities.get(id);
    if (!entity) {
      entity = entityFromNode(node);
      this.entities.set(id, entity);
    }
    return entity;
  }

  namesOf(entity: EntityModel): CandidateNames {
    let names = this.names.get(entity.id);
    if (!names) {
      names = candidateNames(entity);
      this.names.set(entity.id, names);
    }
    return names;
  }
}

function rank(
  request: MatchRequest,
  input: ReadInput,
  rows: readonly CandidateRow[],
  batch: BatchEntities,
): MatchResult {
  const scored = rows
    .map((row) => {
      const entity = batch.entity(row.node);
      // In id order: the stores return them in no set order, and explanations name them.
      const places = row.places.map((p) => batch.entity(p)).sort((a, b) => byCodeUnits(a.id, b.id));
      const { score, features, hints } = scoreCandidate(
        input,
        request,
        { entity, places },
        batch.namesOf(entity),
      );
      return { entity, score, features, match: false, hints };
    })
    .filter((c) => c.score >= MIN_CANDIDATE_SCORE)
    .sort((a, b) => b.score - a.score || byCodeUnits(a.entity.id, b.entity.id));
  const [first, second] = scored;
  // Scores are rounded to 4 decimals: the margin is compared on the same grid.
  if (
    first &&
    first.score >= MATCH_THRESHOLD &&
    first.score - (second?.score ?? 0) >= MATCH_MARGIN - 1e-9 &&
    !datedElsewhere(request, first, scored)
  )
    first.match = true;
  return {
    candidates: scored.slice(0, request.limit).map(({ hints: _hints, ...c }) => c) satisfies MatchCandidate[],
  };
}

/**
 * Whether a year the user gave, which the first candidate has none to compare with, is another
 * candidate's: `International Labour Conference` with 2006 may be the Conference or its 2006
 * session, so neither is the match. Only a year: a country the first has no data for, which a
 * weaker candidate happens to share, says nothing about which is meant.
 */
function datedElsewhere(
  request: MatchRequest,
  first: { hints: HintOutcome[] },
  scored: readonly { hints: HintOutcome[] }[],
): boolean {
  return request.hints.some(
    (hint, i) =>
      hint.on === 'year' && first.hints[i] === 'unknown' && scored.some((c) => c.hints[i] === 'agrees'),
  );
}

/** The batch's problems, the first one thrown: empty, too large, a name too long, a bad limit. */
function checkBatch(requests: readonly MatchRequest[]): void {
  if (requests.length === 0) throw new MatchInputError('Give at least one name to match.', []);
  if (requests.length > MAX_MATCH_INPUTS)
    throw new MatchInputError(
      `At most ${MAX_MATCH_INPUTS} names per batch, got ${requests.length}: send them in several batches.`,
      [],
    );
  requests.forEach((r, i) => {
    const name = r.name.trim();
    const acronym = r.hints.some(
      (h) => h.on === 'acronym' && h.values.some((v) => typeof v === 'string' && v.trim()),
    );
    if (!name && !acronym)
      throw new MatchInputError('The name is empty: give the name as written in your list.', [i, 'name']);
    if (name.length > MAX_MATCH_TEXT)
      throw new MatchInputError(`The name is longer than ${MAX_MATCH_TEXT} characters.`, [i, 'name']);
    if (r.hints.length > MAX_MATCH_HINTS)
      throw new MatchInputError(`At most ${MAX_MATCH_HINTS} hints per name, got ${r.hints.length}.`, [
        i,
        'hints',
      ]);
    for (const hint of r.hints)
      for (const value of hint.values)
        if (typeof value === 'string' && value.length > MAX_MATCH_TEXT)
          throw new MatchInputError(`A hint is longer than ${MAX_MATCH_TEXT} characters.`, [i, hint.on]);
    if (!Number.isInteger(r.limit) || r.limit < 1 || r.limit > MAX_MATCH_CANDIDATES)
      throw new MatchInputError(
        `The number of candidates must be from 1 to ${MAX_MATCH_CANDIDATES}, got ${r.limit}.`,
        [i, 'limit'],
      );
  });
}
