import { Module } from '@nestjs/common';
import { KnowledgeBaseResolver } from './knowledge-base.resolver.js';
import { KbArticlesService } from './services/kb-articles.service.js';
import { KbSearchService } from './services/kb-search.service.js';

@Module({ providers: [KbArticlesService, KbSearchService, KnowledgeBaseResolver], exports: [KbSearchService] })
export class KnowledgeBaseModule {}
