import type { EntityModel } from '../domain/entity-from-node.js';
import { foldText } from '../search/fold-text.js';
import type { CandidateNames, NameForm } from './candidate-names.js';
import { MATCH_FEATURES, MAX_HINT_BONUS, matchFeature, type MatchFeatureId } from './features.js';
import type { CandidateEntity, FeatureScore, HintValue, MatchHint, MatchRequest } from './match-request.js';
import { acronymKey, foldedKey } from './normalize.js';
import type { InputForm, ReadInput } from './read-input.js';
import { tokenSimilarity, wordCredit } from './token-similarity.js';

/** What a form of the input that leaves out a gloss is worth when the gloss is not the entity's acronym. */
const UNCONFIRMED_GLOSS_CREDIT = 0.9;
/** What instrument_number is worth when the input has words the instrument's titles lack. */
const DISAGREEING_WORDS_CREDIT = 0.8;
/** Share of the words beside a reference that must be in the instrument's names for them to agree. */
const WORDS_AGREE_SHARE = 0.5;

interface Evidence {
  value: number;
  detail: string;
}

const quoted = (text: string) => `"${text}"`;
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** How each hint of a request fared with one candidate, in the order of the request's hints. */
export type HintOutcome = 'agrees' | 'disagrees' | 'unknown';

/**
 * Scores one candidate against one input: every feature of MATCH_FEATURES with its value,
 * contribution and detail, the score they make (features.ts says how), and how each hint fared.
 * Pure.
 */
export function scoreCandidate(
  input: ReadInput,
  request: MatchRequest,
  candidate: CandidateEntity,
  names: CandidateNames,
): { score: number; features: FeatureScore[]; hints: HintOutcome[] } {
  const { entity } = candidate;
  const credit = (f: InputForm) =>
    !f.glossed || input.acronyms.some((a) => names.acronyms.some((c) => c.key === a))
      ? 1
      : UNCONFIRMED_GLOSS_CREDIT;

  const evidence = new Map<MatchFeatureId, Evidence>();
  const offer = (id: MatchFeatureId, value: number, detail: string) => {
    if (value > (evidence.get(id)?.value ?? 0)) evidence.set(id, { value, detail });
  };

  if (input.written && foldText(input.written) === foldText(entity.id))
    offer('identifier', 1, `id ${entity.id}`);
  if (input.written === entity.name.trim().replace(/\s+/gu, ' '))
    offer('name_exact', 1, `name ${quoted(entity.name)}`);
  for (const f of input.forms) {
    for (const n of names.forms) {
      if (n.whole && f.key !== '' && f.key === n.key)
        offer(n.of === 'name' ? 'name_folded' : 'alias', credit(f) * n.credit, `${n.label} ${quoted(n.raw)}`);
      const similarity = tokenSimilarity(f.tokens, n.tokens) * credit(f) * n.credit;
      if (similarity > 0)
        offer('token_similarity', round(similarity), `${round(similarity)} with ${describe(n)}`);
    }
  }
  for (const a of input.acronyms) {
    const hit = names.acronyms.find((c) => c.key === a);
    if (hit) offer('acronym', 1, `${hit.label} ${quoted(hit.raw)}`);
  }
  for (const r of input.references) {
    if (r.id !== entity.id) continue;
    const fits = wordsFit(input.wordsBesideReferences, names.forms);
    offer(
      'instrument_number',
      fits ? 1 : DISAGREEING_WORDS_CREDIT,
      `${r.type === 'C' ? 'Convention' : r.type === 'R' ? 'Recommendation' : 'Protocol'} No. ${r.number}${fits ? '' : ', with words its titles do not have'}`,
    );
  }

  // The strongest name feature makes the name evidence; the others hold but add nothing more.
  let best: MatchFeatureId | null = null;
  let nameScore = 0;
  for (const f of MATCH_FEATURES) {
    const e = evidence.get(f.id);
    if (f.role === 'name' && e && f.weight * e.value > nameScore) {
      nameScore = f.weight * e.value;
      best = f.id;
    }
  }

  const kind = kindAgreement(request, entity);
  const hints = hintAgreement(request.hints, candidate);
  const score = round(Math.min(1, Math.max(0, nameScore + kind.contribution + hints.feature.contribution)));

  const features = MATCH_FEATURES.map((f): FeatureScore => {
    if (f.id === 'kind_agreement') return kind;
    if (f.id === 'hint_agreement') return hints.feature;
    const e = evidence.get(f.id);
    if (!e) return { id: f.id, value: 0, contribution: 0, detail: 'does not hold' };
    const contribution = f.id === best ? round(f.weight * e.value) : 0;
    return {
      id: f.id,
      value: round(e.value),
      contribution,
      detail: f.id === best ? e.detail : `${e.detail} (a stronger feature decides)`,
    };
  });
  return { score, features, hints: hints.outcomes };
}

function describe(n: NameForm): string {
  return `${n.label} ${quoted(n.raw)}`;
}

/** Whether the input's words beside an instrument reference are (mostly) words of its names. */
function wordsFit(words: readonly string[], forms: readonly NameForm[]): boolean {
  if (words.length === 0) return true;
  const known = forms.flatMap((f) => f.tokens);
  const found = words.filter((w) => known.some((k) => wordCredit(w, k) > 0)).length;
  return found / words.length >= WORDS_AGREE_SHARE;
}

function kindAgreement(request: MatchRequest, entity: EntityModel): FeatureScore {
  const definition = matchFeature('kind_agreement');
  if (request.expectedKinds.length === 0)
    return { id: 'kind_agreement', value: 0, contribution: 0, detail: 'no kind expected' };
  const expected = request.expectedKinds.join(' or ');
  return request.expectedKinds.includes(entity.kind as never)
    ? {
        id: 'kind_agreement',
        value: 1,
        contribution: definition.weight,
        detail: `a ${entity.kind}, as expected`,
      }
    : {
        id: 'kind_agreement',
        value: -1,
        contribution: -(definition.penalty ?? 0),
        detail: `a ${entity.kind}, not a ${expected}`,
      };
}

type Outcome = { agrees: boolean; detail: string } | null;

function hintAgreement(
  hints: readonly MatchHint[],
  candidate: CandidateEntity,
): { feature: FeatureScore; outcomes: HintOutcome[] } {
  const definition = matchFeature('hint_agreement');
  if (hints.length === 0)
    return {
      feature: { id: 'hint_agreement', value: 0, contribution: 0, detail: 'no hint given' },
      outcomes: [],
    };
  const outcomes = hints.map((h) => ({ hint: h, outcome: judgeHint(h, candidate) }));
  const agree = outcomes.filter((o) => o.outcome?.agrees).length;
  const disagree = outcomes.filter((o) => o.outcome && !o.outcome.agrees).length;
  const contribution =
    Math.min(MAX_HINT_BONUS, agree * definition.weight) - disagree * (definition.penalty ?? 0);
  const detail = outcomes
    .map(({ hint, outcome }) => {
      const what = `${hint.on === 'field' ? hint.field : hint.on} ${hint.values.map(showValue).join(' or ')}`;
      return outcome
        ? `${what} ${outcome.agrees ? 'agrees' : 'disagrees'} (${outcome.detail})`
        : `${what}: nothing to compare`;
    })
    .join('; ');
  return {
    feature: { id: 'hint_agreement', value: agree - disagree, contribution: round(contribution), detail },
    outcomes: outcomes.map(({ outcome }) =>
      outcome === null ? 'unknown' : outcome.agrees ? 'agrees' : 'disagrees',
    ),
  };
}

const showValue = (v: HintValue) =>
  typeof v === 'object' ? v.id : typeof v === 'string' ? quoted(v) : String(v);

/** Agrees, disagrees, or null when the graph has nothing to compare the hint with. */
function judgeHint(hint: MatchHint, { entity, places }: CandidateEntity): Outcome {
  switch (hint.on) {
    case 'acronym': {
      const own = [
        entity.acronym,
        ...(entity.names ?? []).filter((n) => n.type === 'acronym').map((n) => n.name),
      ];
      const acronyms = own.filter((a): a is string => Boolean(a));
      if (acronyms.length === 0) return null;
      const keys = hint.values.filter((v) => typeof v === 'string').map((v) => acronymKey(v));
      return { agrees: acronyms.some((a) => keys.includes(acronymKey(a))), detail: acronyms.join(', ') };
    }
    case 'country':
      return judgeCountry(hint.values, entity, places);
    case 'year': {
      if (typeof entity.year !== 'number') return null;
      const years = hint.values.map((v) => Number(typeof v === 'object' ? NaN : v));
      return { agrees: years.includes(entity.year), detail: String(entity.year) };
    }
    case 'field':
      return judgeField(hint.field, hint.values, entity);
  }
}

/** The country hint: the country itself, where the entity is located or active, or its headquarters' city. */
function judgeCountry(
  values: readonly HintValue[],
  entity: EntityModel,
  places: readonly EntityModel[],
): Outcome {
  const countries = entity.kind === 'Country' ? [entity, ...places] : [...places];
  const matches = (country: EntityModel, value: HintValue): boolean => {
    if (typeof value === 'object') return value.id === country.id;
    const text = String(value);
    const key = foldedKey(text);
    const names = [country.name, ...(country.aliases ?? [])].map(foldedKey);
    const codes = [country.isoAlpha2, country.isoAlpha3].filter(Boolean).map((c) => acronymKey(c!));
    return names.includes(key) || codes.includes(acronymKey(text)) || text === country.id;
  };
  const agreeing = countries.find((c) => values.some((v) => matches(c, v)));
  if (agreeing) return { agrees: true, detail: agreeing.name };
  const hq = entity.headquarters ? ` ${foldedKey(entity.headquarters)} ` : null;
  if (hq && values.some((v) => typeof v === 'string' && foldedKey(v) && hq.includes(` ${foldedKey(v)} `)))
    return { agrees: true, detail: `headquarters ${entity.headquarters}` };
  if (countries.length === 0) return null;
  return { agrees: false, detail: countries.map((c) => c.name).join(', ') };
}

function judgeField(field: string, values: readonly HintValue[], entity: EntityModel): Outcome {
  const stored = (entity as unknown as Record<string, unknown>)[field];
  const list = (Array.isArray(stored) ? stored : [stored]).filter(
    (v) => v !== null && v !== undefined && v !== '',
  );
  if (list.length === 0) return null;
  const same = (a: unknown, b: HintValue): boolean => {
    if (typeof b === 'object') return String(a) === b.id;
    if (typeof a === 'number') return a === Number(b);
    if (typeof a === 'boolean') return a === (b === true || String(b).toLowerCase() === 'true');
    return foldedKey(String(a)) === foldedKey(String(b));
  };
  return { agrees: list.some((a) => values.some((b) => same(a, b))), detail: list.map(String).join(', ') };
}
