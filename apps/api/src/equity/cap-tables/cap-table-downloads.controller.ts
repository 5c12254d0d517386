import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { shanghaiDay, toOcf, zipOcf } from '@suanli/domain';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Allow, HttpActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { downloadLimit } from '../../common/request-limits/download-limits.js';
import { mayReadCapTable } from './services/cap-table-reader.js';
import { buildCapTableSnapshot } from './services/cap-table-snapshot.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An export builds every file of the cap table: two at once per caller, a burst of 20, then 30 a minute. */
const limited = downloadLimit({ concurrent: 2, perMinute: 30, burst: 20 });

/**
 * The Open Cap Format (v1.2.0) export of a startup's cap table, as a zip of OCF files. Same bearer
 * credential and access as the capTable query: staff any organisation, a founder their own only —
 * another's (or one that does not exist) is 404, so the route does not tell which ids exist.
 */
@Controller('api/equity/cap-tables')
export class CapTableDownloadsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Allow('EQUITY_READ')
  @Get(':organisationId/ocf.zip')
  async ocfZip(@HttpActor() actor: Actor, @Param('organisationId') organisationId: string, @Res() reply: FastifyReply) {
    if (!UUID.test(organisationId) || !mayReadCapTable(actor, organisationId)) throw new NotFoundException('No such cap table');
    return limited(actor, reply, async () => {
      const now = new Date();
      // One instant's rows: the holdings, tranches and buy-backs agree even while a tranche is drawn.
      const snapshot = await this.dataSource.transaction('REPEATABLE READ', (manager) => buildCapTableSnapshot(manager, organisationId, now));
      if (!snapshot) throw new NotFoundException('No such cap table');
      const zip = zipOcf(toOcf(snapshot, { generatedAt: now }));
      const filename = `${snapshot.issuer.legalName}-OCF-${shanghaiDay(now)}.zip`;
      return reply
        .header('content-type', 'application/zip')
        // RFC 6266: an ASCII fallback plus the UTF-8 name.
        .header('content-disposition', `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(zip));
    });
  }
}
