import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Allow, HttpActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { downloadLimit } from '../../common/request-limits/download-limits.js';
import { BillingDocumentsService } from './billing-documents.service.js';
import type { DocumentLocale } from './document-models.js';
import { invoicesCsv, invoicesXlsx, ledgerCsv, ledgerXlsx, settlementCsv, settlementXlsx } from './tabular-exports.js';
import { renderInvoicePdf } from './invoice-pdf.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPES = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

const localeOf = (lang: string | undefined): DocumentLocale => (lang === 'en' ? 'en' : 'zh-CN');

function send(reply: FastifyReply, format: keyof typeof TYPES, filename: string, body: Buffer): FastifyReply {
  return reply
    .header('content-type', TYPES[format])
    // RFC 6266: an ASCII fallback plus the UTF-8 name.
    .header('content-disposition', `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .header('cache-control', 'private, no-store')
    .send(body);
}

function formatOf(format: string): 'csv' | 'xlsx' {
  if (format !== 'csv' && format !== 'xlsx') throw new BadRequestException('Exports are .csv or .xlsx');
  return format;
}

/** Rendering a PDF or a large export costs real CPU: per caller at most two at once and a burst of 30 (then 60 a minute). */
const limited = downloadLimit({ concurrent: 2, perMinute: 60, burst: 30 });

/**
 * Downloads of billing documents. They take the same bearer credential as GraphQL (the web app
 * fetches them with its Authorization header and saves the blob) and the same permissions.
 */
@Controller('api/billing')
export class BillingDownloadsController {
  constructor(private readonly documents: BillingDocumentsService) {}

  @Allow('BILLING_READ')
  @Get('invoices/:file')
  async invoicePdf(@HttpActor() actor: Actor, @Param('file') file: string, @Query('lang') lang: string | undefined, @Res() reply: FastifyReply) {
    const id = file.replace(/\.pdf$/, '');
    if (!file.endsWith('.pdf') || !UUID.test(id)) throw new NotFoundException();
    return limited(actor, reply, async () => {
      const document = await this.documents.invoiceDocument(actor, id);
      if (!document) throw new NotFoundException('No such invoice');
      const pdf = await renderInvoicePdf(document, localeOf(lang));
      return send(reply, 'pdf', `${document.number ?? `draft-${document.periodMonth}`}.pdf`, pdf);
    });
  }

  @Allow('BILLING_READ')
  @Get('exports/invoices.:format')
  async invoices(@HttpActor() actor: Actor, @Param('format') format: string, @Query('month') month: string | undefined, @Query('lang') lang: string | undefined, @Res() reply: FastifyReply) {
    const kind = formatOf(format);
    if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new BadRequestException('month is YYYY-MM');
    return limited(actor, reply, async () => {
      const rows = await this.documents.invoiceRows(actor, { month });
      const body = kind === 'csv' ? await invoicesCsv(rows, localeOf(lang)) : await invoicesXlsx(rows, localeOf(lang));
      return send(reply, kind, `invoices${month ? `-${month}` : ''}.${kind}`, body);
    });
  }

  @Allow('BILLING_WRITE')
  @Get('exports/ledger.:format')
  async ledger(@HttpActor() actor: Actor, @Param('format') format: string, @Query('lang') lang: string | undefined, @Res() reply: FastifyReply) {
    const kind = formatOf(format);
    return limited(actor, reply, async () => {
      const rows = await this.documents.ledgerRows();
      const body = kind === 'csv' ? await ledgerCsv(rows, localeOf(lang)) : await ledgerXlsx(rows, localeOf(lang));
      return send(reply, kind, `ledger.${kind}`, body);
    });
  }

  @Allow('VOUCHER_SETTLEMENT_READ')
  @Get('exports/settlement/:programmeId/:file')
  async settlement(@HttpActor() actor: Actor, @Param('programmeId') programmeId: string, @Param('file') file: string, @Query('lang') lang: string | undefined, @Res() reply: FastifyReply) {
    const match = /^(\d{4}-(?:Q[1-4]|0[1-9]|1[0-2]))\.(csv|xlsx)$/.exec(file);
    if (!UUID.test(programmeId) || !match) throw new NotFoundException();
    const kind = formatOf(match[2]);
    try {
      return await limited(actor, reply, async () => {
        const rows = await this.documents.settlementRows(programmeId, match[1]);
        const body = kind === 'csv' ? await settlementCsv(rows, localeOf(lang)) : await settlementXlsx(rows, localeOf(lang));
        return send(reply, kind, `settlement-${match[1]}.${kind}`, body);
      });
    } catch (error) {
      if (error instanceof DomainError) throw new BadRequestException({ code: error.code, message: error.message });
      throw error;
    }
  }
}
