import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource, isEmbedded } from '../../../test/test-data-source.js';
import { KbArticleVersionEntity } from '../entities/kb-article-version.entity.js';
import { KbArticlesService } from '../services/kb-articles.service.js';
import { KbSearchService } from '../services/kb-search.service.js';

/** Random Han characters, so this run's articles are the only ones the phrase can find in a shared database. */
function hanNonce(length = 3): string {
  return Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x5000))).join('');
}

const en = (title: string) => ({ titleEn: title, bodyEn: `${title}: the English text.` });

// Runs on whichever database the integration setup chose: real PostgreSQL with DATABASE_URL,
// else the embedded PGlite (npm run test:integration runs it both ways).
describe(`knowledge-base search on ${isEmbedded() ? 'the embedded PGlite' : 'PostgreSQL'}`, () => {
  let dataSource: DataSource;
  let articles: KbArticlesService;
  let search: KbSearchService;
  let consultant: ReturnType<typeof actorFor>;
  const nonce = hanNonce();
  const ids: Record<'guide' | 'mention' | 'unrelated' | 'draft', string> = { guide: '', mention: '', unrelated: '', draft: '' };

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    articles = new KbArticlesService(dataSource);
    search = new KbSearchService(dataSource);
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    consultant = actorFor(await createUser(dataSource, 'CONSULTANT', centre.id));
    const write = async (key: keyof typeof ids, titleZh: string, bodyZh: string, publish = true) => {
      const { article } = await articles.create(consultant, { category: 'COMPUTE_VOUCHERS', titleZh, bodyZh, ...en(`${key} ${Date.now()}`), slug: null });
      ids[key] = article.id;
      if (publish) await articles.publish(consultant, article.id);
    };
    // The guide is about the phrase; the other only mentions it once in passing.
    await write('guide', `${nonce}算力券申请指南`, `${nonce}算力券面向初创企业。申请${nonce}算力券需要营业执照和用途说明，中心十个工作日内初审。`);
    await write('mention', `${nonce}发票与账单说明`, `每月出账后可以查看发票。如已获得${nonce}算力券，抵扣金额单独列示。`);
    await write('unrelated', `${nonce}人才公寓`, '本科及以上学历的青年人才可以申请人才公寓。');
    await write('draft', `${nonce}算力券草稿`, `${nonce}算力券申请的草稿，尚未发布。`, false);
  });

  afterAll(() => dataSource.destroy());

  it('indexes Chinese characters as trigrams on this build (the locale does not drop CJK)', async () => {
    const [row] = await dataSource.query(`SELECT show_trgm('算力券申请') AS trigrams`);
    expect((row.trigrams as string[]).length).toBeGreaterThanOrEqual(5);
  });

  it('finds the articles by a partial phrase and ranks the article about it first', async () => {
    const hits = await search.search({ query: `${nonce}算力券申请`, language: 'ZH', first: 50 });
    const mine = hits.map((h) => h.articleId).filter((id) => Object.values(ids).includes(id));
    expect(mine).toEqual([ids.guide, ids.mention]);
    const guide = hits.find((h) => h.articleId === ids.guide)!;
    expect(guide.title).toBe(`${nonce}算力券申请指南`);
    expect(guide.titleParts.filter((p) => p.match).map((p) => p.text).join('')).toContain(`${nonce}算力券申请`);
    expect(guide.snippet.some((p) => p.match && p.text.includes('算力券'))).toBe(true);
  });

  it('finds a two-character fragment of the phrase too', async () => {
    const hits = await search.search({ query: `${nonce.slice(1)}算力`, language: 'ZH', first: 50 });
    expect(hits.map((h) => h.articleId)).toEqual(expect.arrayContaining([ids.guide, ids.mention]));
    expect(hits.map((h) => h.articleId)).not.toContain(ids.unrelated);
  });

  it('suggests the guide for a question typed in a sentence, and never a draft', async () => {
    const hits = await search.suggest({ text: `请问${nonce}算力券怎么申请？需要准备哪些材料`, language: 'ZH' });
    expect(hits[0]?.articleId).toBe(ids.guide);
    expect(hits.map((h) => h.articleId)).not.toContain(ids.draft);
  });

  it('searches the published version only: a draft edit shows after publishing, as a new version', async () => {
    const marker = hanNonce(4);
    const draft = { articleId: ids.unrelated, titleZh: `${nonce}人才公寓`, bodyZh: `${marker}：新增的租房补贴说明。`, ...en('unrelated v2') };
    await articles.updateDraft(consultant, draft);
    expect(await search.search({ query: marker, language: 'ZH' })).toEqual([]);
    const { article } = await articles.publish(consultant, ids.unrelated);
    expect(article.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await search.search({ query: marker, language: 'ZH' })).map((h) => h.articleId)).toEqual([ids.unrelated]);
  });

  it('keeps published versions immutable in the database', async () => {
    await expect(dataSource.query(`UPDATE kb_article_versions SET body_zh = 'rewritten' WHERE article_id = $1`, [ids.guide])).rejects.toThrow(/never changes/);
    const [v1] = await dataSource.getRepository(KbArticleVersionEntity).findBy({ articleId: ids.guide });
    expect(v1!.bodyZh).toContain('营业执照');
  });
});
