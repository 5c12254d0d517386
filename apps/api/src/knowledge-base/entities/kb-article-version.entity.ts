import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../../users/index.js';
import { KbArticleEntity } from './kb-article.entity.js';

/**
 * One published state of an article, never changed after it is written (a trigger refuses UPDATE
 * and DELETE): publishing again adds the next version. `search_text` holds both languages' title
 * and body for the trigram index on it (docs/adr/0017-knowledge-base-search.md).
 */
@Entity({ name: 'kb_article_versions' })
@Unique('kb_article_versions_number_unique', ['articleId', 'version'])
// Built by hand in the migration with gin_trgm_ops, an operator class TypeORM cannot declare.
@Index('kb_article_versions_search_trgm_idx', { synchronize: false })
export class KbArticleVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => KbArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<KbArticleEntity>;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'title_zh', type: 'text' })
  titleZh!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  @Column({ name: 'body_zh', type: 'text' })
  bodyZh!: string;

  @Column({ name: 'body_en', type: 'text' })
  bodyEn!: string;

  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by' })
  publisher?: Relation<UserEntity>;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}
