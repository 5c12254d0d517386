import type { EntityManager } from 'typeorm';
import { KbArticleVersionEntity } from '../entities/kb-article-version.entity.js';
import { KbArticleEntity } from '../entities/kb-article.entity.js';
import { searchTextOf } from '../kb-rules.js';
import { DEMO_KB_ARTICLES } from './kb-demo.data.js';

const DAY_MS = 86_400_000;

/**
 * The demo help centre: twenty published articles by the consultant. The first one has two
 * versions (the first lacked the cap), so the history screen has something to show; one more
 * carries an unpublished draft edit. Counters are seeded as numbers: the demo has no history of
 * which founders clicked.
 */
export async function seedDemoKnowledgeBase(manager: EntityManager, authorId: string, now: Date): Promise<void> {
  for (const [index, demo] of DEMO_KB_ARTICLES.entries()) {
    const content = { titleZh: demo.titleZh, titleEn: demo.titleEn, bodyZh: demo.bodyZh, bodyEn: demo.bodyEn };
    const versions = index === 0 ? [firstDraftOf(content), content] : [content];
    const article = await manager.save(
      manager.create(KbArticleEntity, {
        slug: demo.slug,
        category: demo.category,
        status: 'PUBLISHED',
        draftTitleZh: content.titleZh,
        draftTitleEn: content.titleEn,
        draftBodyZh: index === 1 ? `${content.bodyZh}\n\n（草稿）补充：2027年计划的抵扣比例待公布。` : content.bodyZh,
        draftBodyEn: index === 1 ? `${content.bodyEn}\n\n(Draft) To add: the 2027 programme’s share is not announced yet.` : content.bodyEn,
        publishedVersion: versions.length,
        authorId,
        viewCount: demo.views,
        deflectionCount: demo.deflections,
      }),
    );
    for (const [i, version] of versions.entries()) {
      await manager.insert(KbArticleVersionEntity, {
        articleId: article.id,
        version: i + 1,
        ...version,
        searchText: searchTextOf(version),
        publishedBy: authorId,
        publishedAt: new Date(now.getTime() - (40 - index - i * 10) * DAY_MS),
      });
    }
  }
}

function firstDraftOf(content: { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string }) {
  return {
    ...content,
    bodyZh: content.bodyZh.split('\n\n').slice(0, -1).join('\n\n'),
    bodyEn: content.bodyEn.split('\n\n').slice(0, -1).join('\n\n'),
  };
}
