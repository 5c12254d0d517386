import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TicketCategory } from '@suanli/domain';
import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { TicketCategoryEnum } from '../../common/graphql/ticket-category.enum.js';
import { KB_ARTICLE_STATUSES, KB_LANGUAGES, type KbArticleStatus } from '../kb-rules.js';

export const KbArticleStatusEnum = enumOf(KB_ARTICLE_STATUSES);
registerDescribedEnum(KbArticleStatusEnum, 'KbArticleStatus', 'Whether readers see a knowledge-base article.', {
  DRAFT: 'Never published: only staff see it.',
  PUBLISHED: 'Readers see its published version; staff may be editing a newer draft.',
  UNPUBLISHED: 'Was published, now hidden from readers; its versions are kept.',
});

export const KbLanguageEnum = enumOf(KB_LANGUAGES);
registerDescribedEnum(KbLanguageEnum, 'KbLanguage', 'The reader’s language for titles and snippets.', {
  ZH: 'Simplified Chinese (zh-CN).',
  EN: 'English.',
});

@ObjectType({ description: 'An article’s text in both languages (a draft or a published version).' })
export class KbArticleContent {
  @Field({ description: 'Title in Chinese.' })
  titleZh!: string;

  @Field({ description: 'Title in English (may be empty in a draft).' })
  titleEn!: string;

  @Field({ description: 'Body in Chinese, plain text; blank lines separate paragraphs.' })
  bodyZh!: string;

  @Field({ description: 'Body in English, plain text; blank lines separate paragraphs.' })
  bodyEn!: string;
}

@ObjectType({ description: 'One published version of an article; versions never change.' })
export class KbArticleVersion extends KbArticleContent {
  @Field(() => Int, { description: '1 for the first publication, then +1 each time.' })
  version!: number;

  @Field({ description: 'When it was published.' })
  publishedAt!: Date;

  @Field({ description: 'Who published it.' })
  publishedByName!: string;
}

@ObjectType({ description: 'A knowledge-base article answering a consulting question.' })
export class KbArticle {
  @Field(() => ID, { description: 'The article’s id.' })
  id!: string;

  @Field({ description: 'Stable address: lower-case letters, digits and hyphens.' })
  slug!: string;

  @Field(() => TicketCategoryEnum, { description: 'What the article is about; the same categories as tickets.' })
  category!: TicketCategory;

  @Field(() => KbArticleStatusEnum, { description: 'Whether readers see it.' })
  status!: KbArticleStatus;

  @Field({ description: 'Who wrote it.' })
  authorName!: string;

  @Field(() => Int, { description: 'How often readers opened it.' })
  viewCount!: number;

  @Field(() => Int, { description: 'How many founders said it answered their question without a ticket.' })
  deflectionCount!: number;

  @Field(() => KbArticleVersion, { nullable: true, description: 'What readers see; null until first published.' })
  published!: KbArticleVersion | null;

  @Field(() => KbArticleContent, { nullable: true, description: 'The working draft; null for readers without KB_WRITE.' })
  draft!: KbArticleContent | null;

  @Field({ description: 'Staff: the draft differs from the published version (or was never published).' })
  hasUnpublishedChanges!: boolean;

  @Field(() => [KbArticleVersion], { description: 'Every published version, newest first (the article’s history).' })
  versions!: KbArticleVersion[];

  @Field({ description: 'The caller already said this answered their question.' })
  helpfulByMe!: boolean;

  @Field({ description: 'When its draft, status or counters last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A piece of a snippet; `match` parts are what the query matched.' })
export class KbSnippetPart {
  @Field({ description: 'The text of this part.' })
  text!: string;

  @Field({ description: 'True when the query matched this part (show it highlighted).' })
  match!: boolean;
}

@ObjectType({ description: 'A published article matching a search, with its title and a snippet in the reader’s language.' })
export class KbSearchHit {
  @Field(() => ID, { description: 'The article.' })
  articleId!: string;

  @Field({ description: 'The article’s address (/portal/help/<slug>).' })
  slug!: string;

  @Field(() => TicketCategoryEnum, { description: 'The article’s category.' })
  category!: TicketCategory;

  @Field({ description: 'Title in the requested language.' })
  title!: string;

  @Field(() => [KbSnippetPart], { description: 'Title with the matched parts marked.' })
  titleParts!: KbSnippetPart[];

  @Field(() => [KbSnippetPart], { description: 'An excerpt of the body around the match, matched parts marked.' })
  snippet!: KbSnippetPart[];

  @Field(() => Float, { description: 'Relevance, higher first: trigram similarity of title and text, plus a bonus for the exact phrase.' })
  score!: number;

  @Field(() => Int, { description: 'How many founders it already answered without a ticket.' })
  deflectionCount!: number;
}

