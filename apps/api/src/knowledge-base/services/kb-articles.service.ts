import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { actorMay, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { UserEntity } from '../../users/index.js';
import type { CreateKbArticleInput, KbDraftFields, UpdateKbArticleDraftInput } from '../dto/kb.inputs.js';
import { KbArticleVersionEntity } from '../entities/kb-article-version.entity.js';
import { KbArticleEntity } from '../entities/kb-article.entity.js';
import { KbHelpfulMarkEntity } from '../entities/kb-helpful-mark.entity.js';
import { KB_BODY_MAX, KB_SLUG, KB_SLUG_MAX, KB_TITLE_MAX, searchTextOf, slugFrom } from '../kb-rules.js';
import type { KbArticle, KbArticleContent, KbArticleVersion } from '../models/kb-article.model.js';

const UNIQUE_VIOLATION = '23505';
const NO_ARTICLE = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such article', ['articleId']);
const invalid = (message: string, field: string) => new DomainError(UserErrorCode.VALIDATION_FAILED, message, [field]);

/** Refuses a draft's text before anything is written: blank Chinese title, anything too long. */
export function checkDraft(fields: KbDraftFields): void {
  if (!fields.titleZh) throw invalid('Give the article a Chinese title', 'titleZh');
  for (const key of ['titleZh', 'titleEn'] as const) {
    if ([...fields[key]].length > KB_TITLE_MAX) throw invalid(`A title is at most ${KB_TITLE_MAX} characters`, key);
  }
  for (const key of ['bodyZh', 'bodyEn'] as const) {
    if ([...fields[key]].length > KB_BODY_MAX) throw invalid(`A body is at most ${KB_BODY_MAX.toLocaleString('en')} characters`, key);
  }
}

function contentOf(row: KbArticleEntity): KbArticleContent {
  return { titleZh: row.draftTitleZh, titleEn: row.draftTitleEn, bodyZh: row.draftBodyZh, bodyEn: row.draftBodyEn };
}

function sameContent(a: KbArticleContent, b: KbArticleContent): boolean {
  return a.titleZh === b.titleZh && a.titleEn === b.titleEn && a.bodyZh === b.bodyZh && a.bodyEn === b.bodyEn;
}

/** Writes articles (drafts, publishing, unpublishing), reads them for staff and readers, and counts views and deflections. */
@Injectable()
export class KbArticlesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, input: CreateKbArticleInput): Promise<{ article: KbArticle }> {
    checkDraft(input);
    const slug = input.slug ? input.slug : slugFrom(input.titleEn) || `article-${Date.now().toString(36)}`;
    if (!KB_SLUG.test(slug) || slug.length > KB_SLUG_MAX) {
      throw invalid('The address is lower-case letters, digits and single hyphens, at most 80 characters', 'slug');
    }
    try {
      const saved = await this.dataSource.getRepository(KbArticleEntity).save({
        slug,
        category: input.category,
        status: 'DRAFT',
        draftTitleZh: input.titleZh,
        draftTitleEn: input.titleEn,
        draftBodyZh: input.bodyZh,
        draftBodyEn: input.bodyEn,
        publishedVersion: null,
        authorId: actor.id,
      });
      return { article: await this.present(this.dataSource.manager, saved, actor) };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new DomainError(UserErrorCode.DUPLICATE_NAME, 'Another article has this address', ['slug']);
      throw error;
    }
  }

  async updateDraft(actor: Actor, input: UpdateKbArticleDraftInput): Promise<{ article: KbArticle }> {
    checkDraft(input);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, input.articleId);
      Object.assign(row, {
        draftTitleZh: input.titleZh,
        draftTitleEn: input.titleEn,
        draftBodyZh: input.bodyZh,
        draftBodyEn: input.bodyEn,
        category: input.category ?? row.category,
      });
      await manager.save(row);
      return { article: await this.present(manager, row, actor) };
    });
  }

  /** Turns the draft into the next immutable version and shows it to readers. */
  publish(actor: Actor, articleId: string): Promise<{ article: KbArticle }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, articleId);
      const draft = contentOf(row);
      const missing = (['titleZh', 'titleEn', 'bodyZh', 'bodyEn'] as const).find((k) => !draft[k].trim());
      if (missing) throw new DomainError(UserErrorCode.KB_TRANSLATION_MISSING, 'Both languages need a title and a body before publishing', [missing]);
      const latest = await manager.findOne(KbArticleVersionEntity, { where: { articleId: row.id }, order: { version: 'DESC' } });
      if (latest && sameContent(latest, draft)) {
        if (row.status === 'PUBLISHED') throw new DomainError(UserErrorCode.KB_NOTHING_TO_PUBLISH, 'The draft is the same as the published version', ['articleId']);
        // Republishing an unpublished article unchanged shows its last version again; no copy is made.
        Object.assign(row, { status: 'PUBLISHED', publishedVersion: latest.version });
      } else {
        const version = (latest?.version ?? 0) + 1;
        await manager.insert(KbArticleVersionEntity, { articleId: row.id, version, ...draft, searchText: searchTextOf(draft), publishedBy: actor.id });
        Object.assign(row, { status: 'PUBLISHED', publishedVersion: version });
      }
      await manager.save(row);
      return { article: await this.present(manager, row, actor) };
    });
  }

  unpublish(actor: Actor, articleId: string): Promise<{ article: KbArticle }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lock(manager, articleId);
      if (row.status !== 'PUBLISHED') throw new DomainError(UserErrorCode.INVALID_STATE, `The article is ${row.status}, not PUBLISHED`, ['articleId']);
      row.status = 'UNPUBLISHED';
      await manager.save(row);
      return { article: await this.present(manager, row, actor) };
    });
  }

  /** A founder's "this answered my question": counted once per person, however often they click. */
  markHelpful(actor: Actor, articleId: string): Promise<{ article: KbArticle; counted: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(KbArticleEntity, { where: { id: articleId, status: 'PUBLISHED' } });
      if (!row) throw NO_ARTICLE();
      const inserted: unknown[] = await manager.query(
        'INSERT INTO kb_helpful_marks (article_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING article_id',
        [row.id, actor.id],
      );
      const counted = inserted.length > 0;
      if (counted) {
        await manager.increment(KbArticleEntity, { id: row.id }, 'deflectionCount', 1);
        row.deflectionCount += 1;
      }
      return { article: await this.present(manager, row, actor), counted };
    });
  }

  /**
   * One article by slug or id. Readers get it only while PUBLISHED (and their visit is counted);
   * staff with KB_WRITE get drafts and unpublished ones too.
   */
  async find(actor: Actor, key: { id?: string | null; slug?: string | null }): Promise<KbArticle | null> {
    if (!key.id && !key.slug) return null;
    const staff = actorMay(actor, 'KB_WRITE');
    const where = key.id ? { id: key.id } : { slug: key.slug! };
    const row = await this.dataSource.getRepository(KbArticleEntity).findOne({ where: staff ? where : { ...where, status: 'PUBLISHED' as const } });
    if (!row) return null;
    if (!staff) {
      await this.dataSource.getRepository(KbArticleEntity).increment({ id: row.id }, 'viewCount', 1);
      row.viewCount += 1;
    }
    return this.present(this.dataSource.manager, row, actor);
  }

  /** Every article for staff, most recently changed first, with counters (no history: open one for that). */
  async list(actor: Actor): Promise<KbArticle[]> {
    const rows = await this.dataSource.getRepository(KbArticleEntity).find({ order: { updatedAt: 'DESC' } });
    return this.presentMany(this.dataSource.manager, rows, actor, false);
  }

  private async lock(manager: EntityManager, articleId: string): Promise<KbArticleEntity> {
    const row = await manager
      .getRepository(KbArticleEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :articleId', { articleId })
      .getOne();
    if (!row) throw NO_ARTICLE();
    return row;
  }

  private async present(manager: EntityManager, row: KbArticleEntity, actor: Actor): Promise<KbArticle> {
    const [article] = await this.presentMany(manager, [row], actor, true);
    return article!;
  }

  private async presentMany(manager: EntityManager, rows: KbArticleEntity[], actor: Actor, withHistory: boolean): Promise<KbArticle[]> {
    if (rows.length === 0) return [];
    const staff = actorMay(actor, 'KB_WRITE');
    const ids = rows.map((r) => r.id);
    const versions = await manager.find(KbArticleVersionEntity, {
      where: withHistory ? { articleId: In(ids) } : rows.filter((r) => r.publishedVersion).map((r) => ({ articleId: r.id, version: r.publishedVersion! })),
      order: { version: 'DESC' },
    });
    const people = new Map(
      (await manager.find(UserEntity, { where: { id: In([...new Set([...rows.map((r) => r.authorId), ...versions.map((v) => v.publishedBy)])]) } })).map((u) => [
        u.id,
        u.displayName,
      ]),
    );
    const marked = new Set(
      (await manager.find(KbHelpfulMarkEntity, { where: { userId: actor.id, articleId: In(ids) } })).map((m) => m.articleId),
    );
    const toVersion = (v: KbArticleVersionEntity): KbArticleVersion => ({
      version: v.version,
      titleZh: v.titleZh,
      titleEn: v.titleEn,
      bodyZh: v.bodyZh,
      bodyEn: v.bodyEn,
      publishedAt: v.publishedAt,
      publishedByName: people.get(v.publishedBy) ?? '',
    });
    return rows.map((row) => {
      const own = versions.filter((v) => v.articleId === row.id);
      const published = own.find((v) => v.version === row.publishedVersion);
      const latest = own[0];
      return {
        id: row.id,
        slug: row.slug,
        category: row.category,
        status: row.status,
        authorName: people.get(row.authorId) ?? '',
        viewCount: row.viewCount,
        deflectionCount: row.deflectionCount,
        published: published ? toVersion(published) : null,
        draft: staff ? contentOf(row) : null,
        hasUnpublishedChanges: staff && (!latest || !sameContent(latest, contentOf(row)) || row.status !== 'PUBLISHED'),
        versions: withHistory ? own.map(toVersion) : [],
        helpfulByMe: marked.has(row.id),
        updatedAt: row.updatedAt,
      };
    });
  }
}
