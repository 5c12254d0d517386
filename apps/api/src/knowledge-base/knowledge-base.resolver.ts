import { Inject, ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { TicketCategory } from '@suanli/domain';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { payloadOf, resultOf } from '../common/graphql/user-error.model.js';
import { TicketCategoryEnum } from '../common/graphql/ticket-category.enum.js';
import { CreateKbArticleInput, KbArticlePayload, MarkKbArticleHelpfulPayload, UpdateKbArticleDraftInput } from './dto/kb.inputs.js';
import type { KbLanguage } from './kb-rules.js';
import { KbArticle, KbLanguageEnum, KbSearchHit } from './models/kb-article.model.js';
import { KbArticlesService } from './services/kb-articles.service.js';
import { KbSearchService } from './services/kb-search.service.js';

/** Root fields of the knowledge base: each is a guard, then one service call. */
@Resolver(() => KbArticle)
export class KnowledgeBaseResolver {
  constructor(
    @Inject(KbArticlesService) private readonly articles: KbArticlesService,
    @Inject(KbSearchService) private readonly searcher: KbSearchService,
  ) {}

  @Allow('KB_READ')
  @Query(() => [KbSearchHit], { description: 'Published articles matching the query (Chinese or English, partial phrases too), best first, with highlighted snippets.' })
  kbSearch(
    @Args('query', { description: 'What the reader typed; at most 200 characters are used.' }) query: string,
    @Args('locale', { type: () => KbLanguageEnum, defaultValue: 'ZH', description: 'Language of titles and snippets.' }) locale: KbLanguage,
    @Args('category', { type: () => TicketCategoryEnum, nullable: true, description: 'Only articles of this category.' }) category: TicketCategory | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many, 1 to 50 (default 10).' }) first: number | null,
  ) {
    return resultOf(() => this.searcher.search({ query, language: locale, category, first }));
  }

  @Allow('KB_READ')
  @Query(() => [KbSearchHit], { description: 'Up to five published articles for what a founder is typing into a ticket, best first.' })
  kbSuggest(
    @Args('text', { description: 'The ticket’s subject and description so far.' }) text: string,
    @Args('locale', { type: () => KbLanguageEnum, defaultValue: 'ZH', description: 'Language of titles and snippets.' }) locale: KbLanguage,
    @Args('category', { type: () => TicketCategoryEnum, nullable: true, description: 'The ticket’s category, if chosen.' }) category: TicketCategory | null,
  ) {
    return this.searcher.suggest({ text, language: locale, category });
  }

  @Allow('KB_READ')
  @Query(() => KbArticle, { nullable: true, description: 'One article by id or slug: its published version for readers (each read counted); staff with KB_WRITE also see drafts.' })
  kbArticle(
    @CurrentActor() actor: Actor,
    // A malformed id is the caller's mistake (BAD_USER_INPUT), not a database error.
    @Args('id', { type: () => ID, nullable: true, description: 'The article’s id.' }, new ParseUUIDPipe({ optional: true })) id: string | null,
    @Args('slug', { type: () => String, nullable: true, description: 'Or its address.' }) slug: string | null,
  ) {
    return this.articles.find(actor, { id, slug });
  }

  @Allow('KB_WRITE')
  @Query(() => [KbArticle], { description: 'Every article with its status and counters, most recently changed first (staff).' })
  kbArticles(@CurrentActor() actor: Actor) {
    return this.articles.list(actor);
  }

  @Allow('KB_WRITE')
  @Mutation(() => KbArticlePayload, { description: 'Write a new article as a draft.' })
  createKbArticle(@CurrentActor() actor: Actor, @Args('input', { description: 'The category, address and text of the draft.' }) input: CreateKbArticleInput) {
    return payloadOf(() => this.articles.create(actor, input));
  }

  @Allow('KB_WRITE')
  @Mutation(() => KbArticlePayload, { description: 'Replace an article’s draft; readers keep the published version until it is published.' })
  updateKbArticleDraft(@CurrentActor() actor: Actor, @Args('input', { description: 'The article and its new draft text.' }) input: UpdateKbArticleDraftInput) {
    return payloadOf(() => this.articles.updateDraft(actor, input));
  }

  @Allow('KB_WRITE')
  @Mutation(() => KbArticlePayload, { description: 'Publish the draft as the next version (needs both languages and a change).' })
  publishKbArticle(@CurrentActor() actor: Actor, @Args('articleId', { type: () => ID, description: 'The article.' }, ParseUUIDPipe) articleId: string) {
    return payloadOf(() => this.articles.publish(actor, articleId));
  }

  @Allow('KB_WRITE')
  @Mutation(() => KbArticlePayload, { description: 'Hide a published article from readers; its versions are kept.' })
  unpublishKbArticle(@CurrentActor() actor: Actor, @Args('articleId', { type: () => ID, description: 'The article.' }, ParseUUIDPipe) articleId: string) {
    return payloadOf(() => this.articles.unpublish(actor, articleId));
  }

  @Allow('KB_READ')
  @Mutation(() => MarkKbArticleHelpfulPayload, { description: '"This answered my question": counts a deflected ticket, once per person and article.' })
  markKbArticleHelpful(@CurrentActor() actor: Actor, @Args('articleId', { type: () => ID, description: 'The article.' }, ParseUUIDPipe) articleId: string) {
    return payloadOf(() => this.articles.markHelpful(actor, articleId));
  }
}
