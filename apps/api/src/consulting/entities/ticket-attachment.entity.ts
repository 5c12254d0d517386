import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { TicketChildEntity } from './ticket-child.js';
import { UserEntity } from '../../users/index.js';
import { MAX_ATTACHMENT_BYTES } from '@suanli/domain';
import { TicketMessageEntity } from './ticket-message.entity.js';

/** A file attached to a ticket's message; the bytes live on disk under the data directory at `storageKey`. */
@Entity({ name: 'ticket_attachments' })
@Index('ticket_attachments_ticket_idx', ['ticketId'])
@Check('ticket_attachments_size_check', `size_bytes > 0 AND size_bytes <= ${MAX_ATTACHMENT_BYTES}`)
@Check('ticket_attachments_name_check', 'length(btrim(file_name)) > 0')
export class TicketAttachmentEntity extends TicketChildEntity {
  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @ManyToOne(() => TicketMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: Relation<TicketMessageEntity>;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** Path relative to the attachments directory: never derived from the file name the user gave. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by' })
  uploader?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
