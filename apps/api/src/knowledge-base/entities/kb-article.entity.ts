import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { TICKET_CATEGORIES, type TicketCategory } from '@suanli/domain';
import { UserEntity } from '../../users/index.js';
import { KB_ARTICLE_STATUSES, type KbArticleStatus } from '../kb-rules.js';

/**
 * A knowledge-base article: its working draft (both languages in one row, so a version always
 * carries a matching pair), its status and its counters. What readers see is the published
 * version in `kb_article_versions`, never the draft.
 */
@Entity({ name: 'kb_articles' })
@Unique('kb_articles_slug_unique', ['slug'])
@Index('kb_articles_status_category_idx', ['status', 'category'])
@Check('kb_articles_status_check', `status IN (${KB_ARTICLE_STATUSES.map((s) => `'${s}'`).join(',')})`)
@Check('kb_articles_category_check', `category IN (${TICKET_CATEGORIES.map((s) => `'${s}'`).join(',')})`)
@Check('kb_articles_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80`)
@Check('kb_articles_title_check', `length(btrim(draft_title_zh)) > 0`)
@Check('kb_articles_counters_check', `view_count >= 0 AND deflection_count >= 0`)
// A published article points at a version; a never-published draft has none.
@Check('kb_articles_published_check', `(status = 'DRAFT') = (published_version IS NULL)`)
export class KbArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  category!: TicketCategory;

  @Column({ type: 'text' })
  status!: KbArticleStatus;

  @Column({ name: 'draft_title_zh', type: 'text' })
  draftTitleZh!: string;

  @Column({ name: 'draft_title_en', type: 'text', default: '' })
  draftTitleEn!: string;

  @Column({ name: 'draft_body_zh', type: 'text', default: '' })
  draftBodyZh!: string;

  @Column({ name: 'draft_body_en', type: 'text', default: '' })
  draftBodyEn!: string;

  /** The version readers see while PUBLISHED (and the last one shown, once UNPUBLISHED). */
  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion!: number | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @Column({ name: 'view_count', type: 'int', default: 0 })
  viewCount!: number;

  /** Founders who said "this answered my question" instead of opening a ticket (once each). */
  @Column({ name: 'deflection_count', type: 'int', default: 0 })
  deflectionCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
