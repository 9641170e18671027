import { foldText } from '../search/fold-text.js';

/** An instrument cited by type and number: Convention 138, Recommendation 190, Protocol 29. */
export interface InstrumentReference {
  type: 'C' | 'R' | 'P';
  number: number;
  /** The id the knowledge base gives it (`instrument:C138`: NORMLEX code, number on three digits). */
  id: string;
  /** The words of the input that made the reference, so the rest can be compared with the title. */
  text: string;
}

/** The words that name an instrument's type, in English, French and Spanish (folded). */
const TYPE_WORDS: [RegExp, InstrumentReference['type']][] = [
  [/^(convention|conv|convenio)s?$/u, 'C'],
  [/^(recommendation|recommandation|recomendacion|rec)s?$/u, 'R'],
  [/^(protocol|protocole|protocolo)s?$/u, 'P'],
];

const typeOf = (word: string): InstrumentReference['type'] | undefined =>
  TYPE_WORDS.find(([pattern]) => pattern.test(word))?.[1];

/** What introduces a number: `No.`, `n°`, `nº`, `núm.`, `Nr`, `number`, `#`. */
const NUMBER_MARK = String.raw`(?:nos?\.?|n\s*[°º]\.?|num\.?|nr\.?|number|#)?`;
const TYPE_WORD = String.raw`(convention|conv\.?|convenio|recommendation|recommandation|recomendacion|rec\.?|protocol|protocole|protocolo)s?`;

/** `Convention No. 138`, `ILO Convention 138`, `Convenio núm. 138`, `Convention (n° 138) sur...` */
const WORD_FORM = new RegExp(
  String.raw`(?:^|[^\p{L}])${TYPE_WORD}\s*\(?\s*${NUMBER_MARK}\s*(\d{1,3})(?!\d)`,
  'gu',
);
/** `C138`, `C 138`, `C.138`, `C-138`, `R190`, `P029` (the letter in capitals inside other text). */
const CODE_FORM = /(?:^|[^\p{L}\p{N}])([CRP])[\s.-]?(?:No\.?\s*)?(\d{1,3})(?!\d)/gu;
/** `(No. 138)` after a title: `Minimum Age Convention, 1973 (No. 138)`. */
const TITLE_NUMBER = new RegExp(String.raw`\(\s*${NUMBER_MARK}\s*(\d{1,3})\s*\)`, 'gu');

function reference(type: InstrumentReference['type'], digits: string, text: string): InstrumentReference {
  const number = Number(digits);
  return { type, number, id: `instrument:${type}${String(number).padStart(3, '0')}`, text };
}

/**
 * The instruments an input cites by type and number, in the forms people write them: `C138`,
 * `C.138`, `Convention No. 138`, `ILO Convention 138`, `Convention (n° 138) sur l'âge minimum`,
 * `Convenio núm. 138`, a title ending `(No. 138)`. Several when the input cites several
 * (`Conventions Nos. 87 and 98` gives 87 only: the first number after the word); none when it
 * cites none. A year (four digits) is never a number.
 */
export function instrumentReferences(input: string): InstrumentReference[] {
  const found = new Map<string, InstrumentReference>();
  const add = (r: InstrumentReference) => {
    if (r.number > 0 && !found.has(r.id)) found.set(r.id, r);
  };
  const folded = foldText(input);
  for (const m of folded.matchAll(WORD_FORM)) {
    const type = typeOf((m[1] ?? '').replace(/\.$/u, ''));
    if (type && m[2]) add(reference(type, m[2], m[0]));
  }
  // A whole input like `c138` may be typed in lower case; inside other text the letter must be a
  // capital, so that words such as `c 1` in prose are not read as codes.
  const whole = /^\s*(?:ilo[\s-]*)?([crp])[\s.-]?(?:no\.?\s*)?(\d{1,3})\s*$/iu.exec(input);
  if (whole?.[1] && whole[2]) add(reference(whole[1].toUpperCase() as 'C' | 'R' | 'P', whole[2], input));
  for (const m of input.matchAll(CODE_FORM)) {
    if (m[1] && m[2]) add(reference(m[1] as 'C' | 'R' | 'P', m[2], m[0]));
  }
  if (found.size === 0) {
    // A title with its number in brackets: its type is the type word it contains.
    const words = folded.split(/[^\p{L}]+/u);
    const type = words.map(typeOf).find((t) => t !== undefined);
    for (const m of folded.matchAll(TITLE_NUMBER)) if (type && m[1]) add(reference(type, m[1], m[0]));
  }
  return [...found.values()];
}
