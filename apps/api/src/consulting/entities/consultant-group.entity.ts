import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../../users/index.js';
import { sqlList, TICKET_CATEGORIES, type TicketCategory } from '../ticket-rules.js';

/** The consultants who answer one category's tickets, with the lead who is told of breaches and low scores. */
@Entity({ name: 'consultant_groups' })
@Unique('consultant_groups_category_unique', ['category'])
@Check('consultant_groups_category_check', `category IN (${sqlList(TICKET_CATEGORIES)})`)
@Check('consultant_groups_name_check', 'length(btrim(name)) > 0')
export class ConsultantGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: TicketCategory;

  @Column({ name: 'lead_user_id', type: 'uuid' })
  leadUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_user_id' })
  lead?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** One consultant in a group; `lastAssignedAt` breaks least-loaded ties (longest idle first). */
@Entity({ name: 'consultant_group_members' })
export class ConsultantGroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => ConsultantGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<ConsultantGroupEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'last_assigned_at', type: 'timestamptz', precision: 3, nullable: true })
  lastAssignedAt!: Date | null;
}
