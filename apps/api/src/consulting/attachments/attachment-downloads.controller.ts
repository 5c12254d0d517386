import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Allow, HttpActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { downloadLimit } from '../../common/request-limits/download-limits.js';
import { AttachmentsService } from './attachments.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reading a file of at most 512 KiB is cheap, but a loop over ids should not be: four at once, a burst of 60, then 120 a minute. */
const limited = downloadLimit({ concurrent: 4, perMinute: 120, burst: 60 });

/** RFC 6266 / RFC 5987: an ASCII fallback (no quotes, backslashes or controls) plus the exact UTF-8 name. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * Downloads of ticket attachments with the same bearer credential as GraphQL (the web app fetches
 * them and saves the blob). Always `attachment`, never shown inline, and nosniff: an uploaded file
 * is never interpreted by the browser as something else. What the caller may not read is 404, as
 * for an id that does not exist.
 */
@Controller('api/consulting/attachments')
export class AttachmentDownloadsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Allow('TICKET_WRITE')
  @Get(':attachmentId')
  async download(@HttpActor() actor: Actor, @Param('attachmentId') attachmentId: string, @Res() reply: FastifyReply) {
    if (!UUID.test(attachmentId)) throw new NotFoundException('No such attachment');
    return limited(actor, reply, async () => {
      const file = await this.attachments.read(actor, attachmentId);
      if (!file) throw new NotFoundException('No such attachment');
      return reply
        .header('content-type', file.attachment.contentType)
        .header('content-disposition', attachmentDisposition(file.attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    });
  }
}
