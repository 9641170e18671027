import { ENTITY_TABLE } from '../store/graph-schema.js';

/** Columns that are not facts to compare: identity, names (matched as names), evidence, search copies. */
const NOT_COMPARABLE = new Set([
  'id',
  'kind',
  'name',
  'acronym',
  'aliases',
  'names',
  'aliasText',
  'description',
  'sources',
  'confidence',
  'sourcePassages',
  'nameFolded',
  'acronymFolded',
  'aliasesFolded',
  'descriptionFolded',
]);

/**
 * The fields a hint may name: every kind-specific column of the graph (`instrumentType`,
 * `agencyType`, `isoAlpha2`, `consultativeStatus`, `year`...), read from the one description of
 * what the graph stores, so a field added there can be hinted at without a change here.
 */
export const HINT_FIELDS: readonly string[] = ENTITY_TABLE.columns
  .map((c) => c.name)
  .filter((name) => !NOT_COMPARABLE.has(name));
