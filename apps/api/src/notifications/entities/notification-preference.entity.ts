import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../../users/index.js';
import { sqlIn } from '../../database/check-sql.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds.js';

/** A person's choice for one kind; no row means the kind's default (DEFAULT_DELIVERY). */
@Entity({ name: 'notification_preferences' })
@Check('notification_preferences_kind_check', sqlIn('kind', NOTIFICATION_KINDS))
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  // A person's notifications go with their account.
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp!: boolean;

  @Column({ type: 'boolean' })
  email!: boolean;
}
