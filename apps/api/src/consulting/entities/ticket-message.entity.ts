import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { TicketChildEntity } from './ticket-child.js';
import { UserEntity } from '../../users/index.js';
import { MESSAGE_VISIBILITIES, sqlList, type MessageVisibility } from '../ticket-rules.js';

/** One entry of a ticket's thread: a PUBLIC reply, or an INTERNAL note that only staff ever read. */
@Entity({ name: 'ticket_messages' })
@Index('ticket_messages_ticket_idx', ['ticketId', 'createdAt'])
@Check('ticket_messages_visibility_check', `visibility IN (${sqlList(MESSAGE_VISIBILITIES)})`)
@Check('ticket_messages_body_check', 'length(btrim(body)) > 0')
export class TicketMessageEntity extends TicketChildEntity {
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @Column({ type: 'text' })
  visibility!: MessageVisibility;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
