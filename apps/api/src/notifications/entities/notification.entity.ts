import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../../users/index.js';
import { sqlIn } from '../../database/check-sql.js';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '../notification-kinds.js';

/** One in-app notification for one person. Unread while read_at is null. */
@Entity({ name: 'notifications' })
@Check('notifications_kind_check', sqlIn('kind', NOTIFICATION_KINDS))
// The bell counts and lists a person's unread, newest first: one index serves both.
@Index('notifications_user_read_created_idx', ['userId', 'readAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  // A person's notifications go with their account.
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  params!: NotificationParams;

  /** An app path such as /portal/bills/ID; the web opens it, the e-mail makes it absolute. */
  @Column({ type: 'text' })
  link!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}
