import {
  CONFIDENCE_LEVELS,
  NAME_LANGUAGES,
  NAME_TYPES,
  type Citation,
  type Confidence,
  type NameLanguage,
  type NameType,
} from '../../src/domain/dataset.js';
import { slugify } from '../passages/text.js';
import { type SeedProblem, SeedValidationError } from '../problems.js';
import type { ReferenceInput } from '../validate.js';
import { cite, type Row, TableBuilder } from './tsv.js';

const FILE = 'reference/names.tsv';

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  (values as readonly string[]).includes(value ?? '');

/** The passage key of a row: entity, language and name, accents dropped, readable and stable. */
function rowKey(row: Row): string {
  const text = `${row.entity ?? ''} ${row.language ?? ''} ${row.name ?? ''}`;
  return slugify(text.normalize('NFD').replace(/\p{Diacritic}/gu, ''));
}

/**
 * The evidence for one name. A row that names a `passage` cites it with its `quote` (a source
 * document, or another table's row: `ref-instruments#C138`); the seed build checks the quote is
 * there verbatim. A row without one is its own source, as every reference row is: general
 * knowledge (`source: unconfirmed`) cited with the confidence it states.
 */
function citationOf(row: Row, rowPassage: Parameters<typeof cite>[0], confidence: Confidence): Citation {
  if (row.passage) return { passage: row.passage, quote: row.quote ?? '', confidence };
  return cite(rowPassage, 'name', row.name ?? '', confidence);
}

/** What is wrong with a row, in words, or nothing. */
function rowProblems(row: Row): string[] {
  const problems: string[] = [];
  if (!row.entity || !/^[a-z-]+:\S+$/u.test(row.entity)) problems.push('entity must be an entity id');
  if (!row.name) problems.push('name is empty');
  if (!isOneOf(NAME_LANGUAGES, row.language))
    problems.push(`language must be one of ${NAME_LANGUAGES.join(', ')}, got "${row.language ?? ''}"`);
  if (!isOneOf(NAME_TYPES, row.name_type))
    problems.push(`name_type must be one of ${NAME_TYPES.join(', ')}, got "${row.name_type ?? ''}"`);
  if (!isOneOf(CONFIDENCE_LEVELS, row.confidence))
    problems.push(`confidence must be one of ${CONFIDENCE_LEVELS.join(', ')}, got "${row.confidence ?? ''}"`);
  if (row.source === 'unconfirmed' && row.confidence !== 'unconfirmed')
    problems.push('a name whose source is unconfirmed must be cited as unconfirmed');
  if (!row.source) problems.push('source is empty: give the page or document seen, or "unconfirmed"');
  if (Boolean(row.passage) !== Boolean(row.quote)) problems.push('passage and quote go together');
  return problems;
}

/**
 * names.tsv: the names entities really go by, one row per name (README: names.tsv). Each becomes
 * an `EntityName` of its entity, with its language, type and citation, and one of its aliases.
 * The entity may be defined by any table or seed file; the seed build reports a row naming an
 * unknown entity. A malformed row stops the build with every problem of the table listed.
 */
export function loadNames(rows: Row[]): ReferenceInput {
  const b = new TableBuilder(
    'names',
    'names.tsv',
    rows,
    'names entities go by (languages, references, short titles)',
  );
  const problems: SeedProblem[] = [];
  const names: NonNullable<ReferenceInput['names']> = [];
  for (const row of rows) {
    const p = b.addRow(rowKey(row), row);
    const wrong = rowProblems(row);
    if (wrong.length > 0) {
      problems.push(...wrong.map((message) => ({ file: FILE, entry: p.id, message })));
      continue;
    }
    names.push({
      id: row.entity ?? '',
      name: {
        name: row.name ?? '',
        language: row.language as NameLanguage,
        type: row.name_type as NameType,
        sources: [citationOf(row, p, row.confidence as Confidence)],
      },
    });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { file: FILE, entities: b.entities, links: [], passages: b.passages, names };
}
