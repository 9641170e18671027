import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { EntityKind } from '../../domain/entity-kind.js';
import { MATCH_MARGIN, MATCH_THRESHOLD, matchFeature } from '../../matching/features.js';
import { HINT_FIELDS } from '../../matching/hint-fields.js';
import type { MatchCandidate as Candidate, MatchHint, MatchRequest } from '../../matching/match-request.js';
import {
  MatchInputError,
  MatchService,
  MAX_MATCH_CANDIDATES,
  MAX_MATCH_INPUTS,
} from '../../matching/match.service.js';
import type { ApiContext } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { MatchInput, MatchResult } from '../types/match.types.js';

/** The GraphQL argument a MatchInputError's path points at: `inputs`, `inputs[3].name`, `first`. */
function argumentOf(path: readonly (string | number)[]): string {
  const [index, field] = path;
  if (index === undefined) return 'inputs';
  if (field === 'limit') return 'first';
  if (field === 'hints') return `inputs[${index}].fields`;
  return `inputs[${index}]${field === undefined ? '' : `.${field}`}`;
}

/** A GraphQL input as the matching service takes it; refuses a field no entity has. */
function toRequest(input: MatchInput, index: number, limit: number): MatchRequest {
  const hints: MatchHint[] = [];
  if (input.acronym) hints.push({ on: 'acronym', values: [input.acronym] });
  if (input.country) hints.push({ on: 'country', values: [input.country] });
  if (input.year !== undefined && input.year !== null) hints.push({ on: 'year', values: [input.year] });
  (input.fields ?? []).forEach(({ field, value }, j) => {
    if (!HINT_FIELDS.includes(field))
      throw badUserInput(
        `Unknown field "${field}": one of ${HINT_FIELDS.join(', ')}.`,
        `inputs[${index}].fields[${j}].field`,
      );
    hints.push({ on: 'field', field, values: [value] });
  });
  return {
    name: input.name,
    expectedKinds: input.kind ? [input.kind as EntityKind] : [],
    kinds: (input.kinds ?? []) as EntityKind[],
    hints,
    limit,
  };
}

function toCandidate(candidate: Candidate) {
  return {
    entity: candidate.entity,
    score: candidate.score,
    match: candidate.match,
    features: candidate.features.map((f) => ({
      feature: f.id,
      value: f.value,
      weight: matchFeature(f.id).weight,
      contribution: f.contribution,
      detail: f.detail,
    })),
  };
}

@Resolver()
export class MatchResolver {
  @Query(() => [MatchResult], {
    description: `Links names as your list writes them to the graph's entities: for each input (up to ${MAX_MATCH_INPUTS}, answered in order), its best candidates, each with a score from 0 to 1 and every feature that made it. A candidate is the match (\`match: true\`, and \`matched\`) when it scores at least ${MATCH_THRESHOLD} and at least ${MATCH_MARGIN} ahead of the next. Case, accents, punctuation and spacing are folded, abbreviations expanded, one typo forgiven in words of five letters or more; a short acronym never matches by prefix. The whole batch costs one store query. The reconciliation service at /reconcile answers from the same matching.`,
  })
  async match(
    @Arg('inputs', () => [MatchInput], { description: `The names to match, 1 to ${MAX_MATCH_INPUTS}.` })
    inputs: MatchInput[],
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 3,
      description: `At most this many candidates per name (1 to ${MAX_MATCH_CANDIDATES}).`,
    })
    first: number,
  ): Promise<MatchResult[]> {
    const requests = inputs.map((input, i) => toRequest(input, i, first));
    let results;
    try {
      results = await new MatchService(ctx.store).match(requests);
    } catch (error) {
      if (error instanceof MatchInputError) throw badUserInput(error.message, argumentOf(error.path));
      throw error;
    }
    return results.map((result, i) => {
      // The candidates are loaded: fields asked of them later in this request need no store query.
      for (const c of result.candidates) ctx.loaders.entity.prime(c.entity.id, c.entity);
      const candidates = result.candidates.map(toCandidate);
      return {
        name: inputs[i]!.name,
        candidates,
        matched: candidates.find((c) => c.match) ?? null,
      } as unknown as MatchResult;
    });
  }
}
