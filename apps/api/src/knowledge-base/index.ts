/** The knowledge base's public surface: other folders import it from here only. */
export { knowledgeBaseFeature } from './knowledge-base.feature.js';
export { KnowledgeBaseModule } from './knowledge-base.module.js';
export { KbSearchService } from './services/kb-search.service.js';
export { seedDemoKnowledgeBase } from './seed/kb-demo.seed.js';
export { KbArticleEntity } from './entities/kb-article.entity.js';
export { KbArticle } from './models/kb-article.model.js';
