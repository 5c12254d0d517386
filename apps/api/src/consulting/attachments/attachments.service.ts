import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { TicketAttachmentEntity } from '../entities/ticket-attachment.entity.js';
import { TicketMessageEntity } from '../entities/ticket-message.entity.js';
import { inGroupOf, isConsultingManager, isFounderSide, lockVisibleTicket } from '../services/ticket-access.js';
import { attachmentTypeAllowed, MAX_ATTACHMENT_BYTES } from '@suanli/domain';
import { VIRUS_SCANNER, type VirusScanner } from './virus-scan.port.js';

export interface AttachCommand {
  messageId: string;
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** Files on disk under `<dataDir>/ticket-attachments/`, named by a fresh id, never by the user's file name. */
@Injectable()
export class AttachmentsService {
  private readonly root: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(VIRUS_SCANNER) private readonly scanner: VirusScanner,
  ) {
    this.root = join(config.dataDir, 'ticket-attachments');
  }

  async attach(actor: Actor, input: AttachCommand): Promise<TicketAttachmentEntity> {
    const fileName = input.fileName.trim().replace(/[/\\]/g, '_');
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The file is empty', ['contentBase64']);
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new DomainError(UserErrorCode.ATTACHMENT_TOO_LARGE, `Attachments are at most ${MAX_ATTACHMENT_BYTES / 1024} KiB`, ['contentBase64']);
    }
    if (!attachmentTypeAllowed(input.contentType, fileName)) {
      throw new DomainError(UserErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED, 'Attach PDF, PNG, JPEG, text, CSV, Word, Excel or zip files', ['contentType']);
    }
    const refused = await this.scanner.scan(bytes, fileName);
    if (refused) throw new DomainError(UserErrorCode.ATTACHMENT_REJECTED, `The virus scan refused the file: ${refused}`, ['contentBase64']);
    const storageKey = `${randomUUID()}.bin`;
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await writeFile(join(this.root, storageKey), bytes, { mode: 0o600 });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const message = await manager.getRepository(TicketMessageEntity).findOneBy({ id: input.messageId });
        if (!message || message.authorId !== actor.id) throw new DomainError(UserErrorCode.NOT_FOUND, 'Attach files to a message of your own', ['messageId']);
        const ticket = await lockVisibleTicket(manager, actor, message.ticketId);
        if (ticket.status === 'CLOSED') throw new DomainError(UserErrorCode.TICKET_CLOSED, 'The ticket is closed', ['messageId']);
        return manager.save(manager.create(TicketAttachmentEntity, {
          ticketId: ticket.id, messageId: message.id, fileName, contentType: input.contentType.toLowerCase(), sizeBytes: bytes.length, storageKey, uploadedBy: actor.id,
        }));
      });
    } catch (error) {
      // Nothing recorded, so nothing kept: the file goes with the failed transaction.
      await rm(join(this.root, storageKey), { force: true });
      throw error;
    }
  }

  /**
   * The bytes of an attachment the caller may read: founders of the ticket's organisation those of
   * public messages, consultants of the ticket category's group and managers all of them. Anything
   * else, and a file gone from disk, reads as missing (null), so ids of other tenants leak nothing.
   */
  async read(actor: Actor, attachmentId: string): Promise<{ attachment: TicketAttachmentEntity; bytes: Buffer } | null> {
    const found = await this.dataSource.getRepository(TicketAttachmentEntity).createQueryBuilder('a')
      .innerJoinAndSelect('a.message', 'm')
      .innerJoinAndSelect('a.ticket', 't')
      .where('a.id = :attachmentId', { attachmentId })
      .getOne();
    if (!found || !(await this.mayRead(actor, found))) return null;
    try {
      return { attachment: found, bytes: await readFile(join(this.root, found.storageKey)) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private async mayRead(actor: Actor, attachment: TicketAttachmentEntity): Promise<boolean> {
    const ticket = attachment.ticket!;
    if (isFounderSide(actor)) return ticket.organisationId === tenantOf(actor) && attachment.message!.visibility === 'PUBLIC';
    return isConsultingManager(actor) || inGroupOf(this.dataSource.manager, actor.id, ticket.category);
  }
}
