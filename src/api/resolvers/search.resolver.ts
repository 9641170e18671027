import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { ApiContext } from '../shared/context.js';
import { EntityKindEnum } from '../shared/enums.js';
import { badUserInput } from '../shared/errors.js';
import { checkFirst } from '../shared/pagination.js';
import { MAX_SEARCH_TEXT, searchEntities } from '../services/search.service.js';
import { SearchHit } from '../types/search-hit.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Search entity names, acronyms, aliases and descriptions. Case- and accent-insensitive; prefixes and one typo still match (a short acronym such as WHO is never a prefix); an exact name, acronym or alias comes first, then names starting with the query, then names holding every word; ties go to the shorter name. The same hits in the same order on every store. Collaborations are searched when `kinds` includes COLLABORATION. To search the text of the documents themselves, use `passages`.',
  })
  async search(
    @Arg('query', () => String, { description: 'What to look for, e.g. `WHO`, `securite`, `child labour`.' })
    query: string,
    @Ctx() ctx: ApiContext,
    @Arg('kinds', () => [EntityKindEnum], {
      nullable: true,
      description:
        "Only entities of these kinds; absent or empty: every kind but COLLABORATION (whose names repeat their partners' and would crowd them out: ask for it).",
    })
    kinds: EntityKindEnum[] | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 10,
      description: 'At most this many hits (1 to the page-size limit).',
    })
    first: number,
  ) {
    const text = query.trim();
    if (text.length === 0) throw badUserInput('query must not be empty.', 'query');
    if (text.length > MAX_SEARCH_TEXT)
      throw badUserInput(`query must be at most ${MAX_SEARCH_TEXT} characters.`, 'query');
    checkFirst(first, ctx.limits.maxPageSize);
    return searchEntities(ctx.store, ctx.loaders, text, { kinds, limit: first });
  }
}
