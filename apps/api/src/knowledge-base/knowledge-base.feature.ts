import { UserErrorCode } from '../common/errors/error-codes.js';
import { defineFeature } from '../common/feature/define-feature.js';
import { KbArticleVersionEntity } from './entities/kb-article-version.entity.js';
import { KbArticleEntity } from './entities/kb-article.entity.js';
import { KbHelpfulMarkEntity } from './entities/kb-helpful-mark.entity.js';
import { KnowledgeBaseModule } from './knowledge-base.module.js';
import { MIGRATIONS } from './migrations/index.js';

/** The consulting knowledge base: bilingual articles with drafts and immutable versions, trigram search, deflection counts. */
export const knowledgeBaseFeature = defineFeature({
  name: 'knowledge-base',
  module: KnowledgeBaseModule,
  entities: [KbArticleEntity, KbArticleVersionEntity, KbHelpfulMarkEntity],
  migrations: MIGRATIONS,
  errorCodes: [UserErrorCode.KB_NOTHING_TO_PUBLISH, UserErrorCode.KB_TRANSLATION_MISSING],
  permissions: ['KB_WRITE', 'KB_READ'],
});
