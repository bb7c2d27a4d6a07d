import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination.js';
import { entityKeysAt } from '../common/prefetch.js';
import type { Context } from '../context.js';
import { toEntity } from '../entities.js';
import { BadInputError } from '../errors.js';
import { nameKey } from '../../model/names.js';
import { toLuceneQuery, toNameQuery, toSymbolQuery } from './lucene-query.js';
import { searchEntities } from './search.cypher.js';
import { LABEL_OF_SEARCH_KIND, SearchHit, SearchKind } from './search.type.js';

export const MAX_SEARCH_TEXT = 200;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, titles, statement texts, document symbols, aliases, offices and places: ranked, typed hits. ' +
      'Accents and case do not matter (Philemon finds Philémon). Every word must match; the text is taken literally (no query ' +
      'syntax), so A/RES/79/243 or C.N. work as typed. A document whose symbol is the text comes first, then entities whose ' +
      'whole name or alias is the text (Vietnam finds the State Viet Nam, Turkey finds Türkiye), then the rest by relevance.',
  })
  async search(
    @Arg('text', () => String, { description: `What to look for, 1 to ${MAX_SEARCH_TEXT} characters with at least one letter or digit.` })
    text: string,
    @Arg('first', () => Int, { nullable: true, description: `How many hits: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` })
    first: number | null,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only entities of these kinds; all kinds by default.' })
    kinds: SearchKind[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    if (text.trim() === '') throw new BadInputError('text', 'must not be empty');
    if (text.length > MAX_SEARCH_TEXT) throw new BadInputError('text', `must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`);
    const limit = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new BadInputError('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${limit}`);
    }
    if (kinds?.length === 0) throw new BadInputError('kinds', 'give at least one kind, or leave it out for all');
    const query = toLuceneQuery(text);
    if (query === null) throw new BadInputError('text', 'must contain at least one letter or digit');
    const labels = kinds == null ? null : kinds.map((kind) => LABEL_OF_SEARCH_KIND[kind]);
    // The hits are read only for this answer, never cached: only what it selects is read.
    const keys = entityKeysAt(info, ['node']);
    const rows = await searchEntities(
      ctx.db,
      query,
      toSymbolQuery(text) ?? query,
      toNameQuery(text) ?? query,
      text.trim().toLowerCase(),
      nameKey(text),
      labels,
      limit,
      keys,
    );
    return rows.map((row) => Object.assign(new SearchHit(), { score: row.score, node: toEntity(row.labels, row.props) }));
  }
}
