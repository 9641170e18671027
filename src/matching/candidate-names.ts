import type { EntityModel } from '../domain/entity-from-node.js';
import { acronymKey, foldedKey, nameTokens, withoutGloss, withoutYear } from './normalize.js';

/** One name of a candidate, in the forms an input is compared with. */
export interface NameForm {
  raw: string;
  key: string;
  tokens: string[];
  /** The entity's own name, or another it goes by. */
  of: 'name' | 'alias';
  /** 1 for the name as recorded, 0.9 for it without its bracketed gloss or its year. */
  credit: number;
  /** How an explanation calls it: `name`, `French name`, `reference`, `alias`. */
  label: string;
  /**
   * Whether the input being this name, folded, is evidence on its own. Not for an acronym: the
   * acronym feature judges those (they are often shared); as a word it still counts in
   * token_similarity, so that a typo in a long one (`UNESO`) comes close.
   */
  whole: boolean;
}

export interface CandidateNames {
  forms: NameForm[];
  /** Acronym keys it answers to, with how an explanation calls each. */
  acronyms: { key: string; label: string; raw: string }[];
}

/** What a name without its bracketed gloss or its year is worth against the name itself. */
export const SHORTENED_CREDIT = 0.9;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish' };
const TYPE_LABELS: Record<string, string> = {
  official: 'name',
  short: 'short title',
  acronym: 'acronym',
  reference: 'reference',
  variant: 'variant',
};

/** `French name`, `Spanish acronym`, `reference`, `short title`: the label of a recorded name. */
function labelOf(entity: EntityModel, alias: string): string {
  const recorded = (entity.names ?? []).find((n) => n.name === alias);
  if (!recorded) return 'alias';
  const type = TYPE_LABELS[recorded.type] ?? recorded.type;
  return recorded.language === 'en' ? type : `${LANGUAGE_NAMES[recorded.language]} ${type}`;
}

/**
 * Every name a candidate answers to, read once per candidate: its name and aliases (and each
 * without a bracketed gloss), its acronyms in every language, and for a country its ISO codes.
 */
export function candidateNames(entity: EntityModel): CandidateNames {
  const forms: NameForm[] = [];
  const form = (raw: string, of: NameForm['of'], label: string, credit = 1, whole = true): NameForm => ({
    raw,
    key: foldedKey(raw),
    tokens: nameTokens(raw),
    of,
    credit,
    label,
    whole,
  });
  const add = (raw: string, of: NameForm['of'], label: string) => {
    forms.push(form(raw, of, label));
    // Titles are cited without their gloss or year: `Mining` for `Mining (coal; other mining)`,
    // `Convenio sobre pueblos indígenas y tribales` for its title `..., 1989 (núm. 169)`.
    const core = withoutGloss(raw);
    if (core) forms.push(form(core, of, `${label} without its gloss`, SHORTENED_CREDIT));
    const undated = withoutYear(core ?? raw);
    if (undated) forms.push(form(undated, of, `${label} without its year`, SHORTENED_CREDIT));
  };
  const recordedAcronyms = new Set(
    (entity.names ?? []).filter((n) => n.type === 'acronym').map((n) => n.name),
  );
  add(entity.name, 'name', 'name');
  for (const alias of entity.aliases ?? [])
    if (!recordedAcronyms.has(alias)) add(alias, 'alias', labelOf(entity, alias));

  const acronyms: CandidateNames['acronyms'] = [];
  const addAcronym = (raw: string | null | undefined, label: string) => {
    if (raw && !acronyms.some((a) => a.key === acronymKey(raw)))
      acronyms.push({ key: acronymKey(raw), label, raw });
  };
  addAcronym(entity.acronym, 'acronym');
  for (const n of entity.names ?? []) if (n.type === 'acronym') addAcronym(n.name, labelOf(entity, n.name));
  if (entity.kind === 'Country') {
    addAcronym(entity.isoAlpha2, 'ISO code');
    addAcronym(entity.isoAlpha3, 'ISO code');
  }
  for (const a of acronyms) forms.push(form(a.raw, 'alias', a.label, 1, false));
  return { forms, acronyms };
}
