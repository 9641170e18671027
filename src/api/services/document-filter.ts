import type { Loaders } from '../../loaders/create-loaders.js';
import { badUserInput, notFound } from '../shared/errors.js';

/** At most this many documents in one filter: more than the knowledge base holds. */
const MAX_DOCUMENTS = 100;

/**
 * Checks a `documents` argument: every id names a Document (an unknown id is NOT_FOUND, an id of
 * another kind BAD_USER_INPUT, both naming the argument). Without this check a mistyped id would
 * answer an empty list, which reads as "nothing found". Returns the ids without duplicates.
 */
export async function checkDocumentIds(
  loaders: Loaders,
  ids: readonly string[],
  argument: string,
): Promise<string[]> {
  const distinct = [...new Set(ids)];
  if (distinct.length > MAX_DOCUMENTS) {
    throw badUserInput(
      `${argument} takes at most ${MAX_DOCUMENTS} document ids, got ${distinct.length}.`,
      argument,
    );
  }
  // `load`, not `loadMany`: a store failure must surface as itself, not as "not found".
  const found = await Promise.all(distinct.map((id) => loaders.entity.load(id)));
  distinct.forEach((id, i) => {
    const entity = found[i];
    if (!entity) throw notFound(`No document has the id "${id}" (${argument}).`, id, argument);
    if (entity.kind !== 'Document') {
      throw badUserInput(
        `${argument} takes document ids (e.g. document:002); ${id} is a ${entity.kind}.`,
        argument,
      );
    }
  });
  return distinct;
}

/**
 * The prefix of the ids of a document's passages: `document:002` → `002#`,
 * `document:ref-instruments` → `ref-instruments#` (seed/validate.ts checks every passage follows it).
 */
export function passagePrefix(documentId: string): string {
  return `${documentId.replace(/^document:/u, '')}#`;
}
