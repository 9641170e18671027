import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import type { PassageRecord } from '../../domain/dataset.js';
import type { CitingFactModel } from '../../loaders/create-loaders.js';
import { highlight } from '../../search/highlight.js';
import type { ApiContext } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { checkFirst } from '../shared/pagination.js';
import { checkDocumentIds } from '../services/document-filter.js';
import { CitingFact } from '../types/citing-fact.type.js';
import { Document } from '../types/kinds.types.js';
import { PassageHit } from '../types/passage-hit.type.js';

const MAX_QUERY_LENGTH = 200;

interface PassageHitModel {
  passage: PassageRecord;
  score: number;
  highlights: ReturnType<typeof highlight>;
}

/** `passages(query:)`: full-text search over the passages themselves, with highlights and citing facts. */
@Resolver(() => PassageHit)
export class PassageSearchResolver {
  @Query(() => [PassageHit], {
    description:
      'Search the full text of every passage (documents and reference rows), best first. Case- and accent-insensitive; words in any order, each also as a prefix (three letters or more, except a short acronym such as `WHO`); `"quoted words"` as a phrase; a hyphenated word (`sector-specific`) as its parts or joined, across line breaks and hyphenation. Every word and phrase must match.',
  })
  async passages(
    @Arg('query', () => String, {
      description: 'What to find, e.g. `"worst forms of child labour" Pakistan`, `migra`, `10,572`.',
    })
    query: string,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 10,
      description: 'At most this many hits (1 to the page-size limit).',
    })
    first: number,
    @Arg('documents', () => [ID], {
      nullable: true,
      description:
        'Only passages of these documents (`document:002`, `document:ref-instruments`); absent or empty: every document. An id that names nothing is NOT_FOUND, one of another kind BAD_USER_INPUT.',
    })
    documents: string[] | undefined,
  ): Promise<PassageHitModel[]> {
    const text = query.trim();
    if (text.length === 0) throw badUserInput('query must not be empty.', 'query');
    if (text.length > MAX_QUERY_LENGTH)
      throw badUserInput(`query must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
    checkFirst(first, ctx.limits.maxPageSize);
    // No `documents`, or an empty list: every document, as `search(kinds: [])` searches every kind.
    const only = documents ? await checkDocumentIds(ctx.loaders, documents, 'documents') : undefined;
    const result = await ctx.store.searchPassages(text, {
      limit: first,
      ...(only ? { documents: only } : {}),
    });
    const passages = await ctx.loaders.passage.loadMany(result.matches.map((m) => m.id));
    return result.matches.flatMap((match, i) => {
      const passage = passages[i];
      if (!passage || passage instanceof Error) return [];
      return [{ passage, score: match.score, highlights: highlight(passage.text, result.query) }];
    });
  }

  @FieldResolver(() => Document, { description: 'The document (or reference table) the passage belongs to.' })
  async document(@Root() hit: PassageHitModel, @Ctx() ctx: ApiContext) {
    const document = await ctx.loaders.entity.load(hit.passage.documentId);
    if (!document) throw new Error(`Passage ${hit.passage.id} has no document in the store`);
    return document;
  }

  @FieldResolver(() => [CitingFact], {
    description:
      'The facts that cite the passage (entities, relationships, statements), each with its quote: the same list as `passage.citedBy`.',
  })
  async citedBy(@Root() hit: PassageHitModel, @Ctx() ctx: ApiContext): Promise<CitingFactModel[]> {
    return ctx.loaders.citingFacts.load(hit.passage.id);
  }
}
