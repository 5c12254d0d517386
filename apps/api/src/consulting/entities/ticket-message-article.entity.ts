import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { KbArticleEntity } from '../../knowledge-base/index.js';
import { TicketMessageEntity } from './ticket-message.entity.js';

/** A knowledge-base article a consultant linked in a message; published when linked (checked under a share lock). */
@Entity({ name: 'ticket_message_articles' })
@Index('ticket_message_articles_article_idx', ['articleId'])
@Check('ticket_message_articles_position_check', 'position >= 0')
export class TicketMessageArticleEntity {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  /** Where the consultant put it in the message's list: links are shown in that order. */
  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => TicketMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: Relation<TicketMessageEntity>;

  @ManyToOne(() => KbArticleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<KbArticleEntity>;
}
