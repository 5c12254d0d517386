import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { TICKET_CATEGORIES, type TicketCategory } from '@suanli/domain';
import { TicketCategoryEnum } from '../../common/graphql/ticket-category.enum.js';
import { UserError } from '../../common/graphql/user-error.model.js';
import { cleanText } from '../../common/validation/clean-text.decorator.js';
import { Transform } from 'class-transformer';
import { KbArticle } from '../models/kb-article.model.js';

// Lengths and blanks are checked by the service, so they come back as userErrors with a field
// (the editor shows them under the field) rather than as a top-level BAD_USER_INPUT.
const Clean = () => Transform(({ value }) => cleanText(value));

@InputType({ description: 'The text of an article draft in both languages.' })
export class KbDraftFields {
  @Field({ description: 'Chinese title; not blank, at most 200 characters.' })
  @Clean()
  @IsString()
  titleZh!: string;

  @Field({ defaultValue: '', description: 'English title; at most 200 characters; needed to publish.' })
  @Clean()
  @IsString()
  titleEn!: string;

  @Field({ defaultValue: '', description: 'Chinese body, plain text; at most 20,000 characters; needed to publish.' })
  @Clean()
  @IsString()
  bodyZh!: string;

  @Field({ defaultValue: '', description: 'English body, plain text; at most 20,000 characters; needed to publish.' })
  @Clean()
  @IsString()
  bodyEn!: string;
}

@InputType({ description: 'A new article, saved as a draft.' })
export class CreateKbArticleInput extends KbDraftFields {
  @Field(() => TicketCategoryEnum, { description: 'What the article is about.' })
  @IsIn(TICKET_CATEGORIES)
  category!: TicketCategory;

  @Field(() => String, { nullable: true, description: 'Address; derived from the English title when left out.' })
  @IsOptional()
  @Clean()
  @IsString()
  slug?: string | null;
}

@InputType({ description: 'A new text for an article’s draft; readers keep seeing the published version.' })
export class UpdateKbArticleDraftInput extends KbDraftFields {
  @Field(() => ID, { description: 'The article whose draft is replaced.' })
  @IsUUID()
  articleId!: string;

  @Field(() => TicketCategoryEnum, { nullable: true, description: 'A new category; unchanged when left out.' })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES)
  category?: TicketCategory | null;
}

@ObjectType({ description: 'The article after the change, or why nothing changed.' })
export class KbArticlePayload {
  @Field(() => KbArticle, { nullable: true, description: 'The article after the change; null when nothing changed.' })
  article?: KbArticle | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The article after a founder said it answered their question.' })
export class MarkKbArticleHelpfulPayload {
  @Field(() => KbArticle, { nullable: true, description: 'The article after the change; null when nothing changed.' })
  article?: KbArticle | null;

  @Field(() => Boolean, { nullable: true, description: 'False when this person had already marked it (the counter counts each person once); null on userErrors.' })
  counted?: boolean | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
