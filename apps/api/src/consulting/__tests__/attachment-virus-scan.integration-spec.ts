import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import type { AppConfig } from '../../config/app-config.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import type { VirusScanner } from '../attachments/virus-scan.port.js';
import { TicketAttachmentEntity } from '../entities/ticket-attachment.entity.js';
import { TicketMessageEntity } from '../entities/ticket-message.entity.js';
import { ConsultingSetupService } from '../services/consulting-setup.service.js';
import { TicketsService } from '../services/tickets.service.js';
import { SlaClock } from '../sla/sla-clock.js';
import { packageCalendarSource } from '../sla/working-calendar.js';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** The virus-scan hook: a scanner plugged into the port sees every file first, and its refusal stores nothing. */
describe('attachments behind a virus scanner', () => {
  let dataSource: DataSource;
  let dataDir: string;
  let attachments: AttachmentsService;
  let tickets: TicketsService;
  const scanned: { fileName: string; bytes: number }[] = [];
  const scanner: VirusScanner = {
    scan: async (bytes, fileName) => {
      scanned.push({ fileName, bytes: bytes.length });
      return bytes.includes(Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE')) ? 'Eicar-Test-Signature FOUND' : null;
    },
  };

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    dataDir = mkdtempSync(join(tmpdir(), 'suanli-scan-'));
    attachments = new AttachmentsService(dataSource, { dataDir } as AppConfig, scanner);
    const calendar = packageCalendarSource();
    tickets = new TicketsService(dataSource, new SlaClock(calendar, { schedule: async () => undefined }), { now: () => new Date() }, notificationsServiceOn(dataSource));
  });

  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a file the scanner flags with ATTACHMENT_REJECTED, keeping no row and no file, and stores a clean one', async () => {
    const org = await OrganisationFactory.on(dataSource).kind('STARTUP').create();
    const founder = actorFor(await createUser(dataSource, 'FOUNDER', org.id));
    const centre = await OrganisationFactory.on(dataSource).kind('CENTRE', 'PUBLIC_SECTOR').create();
    const consultant = actorFor(await createUser(dataSource, 'CONSULTANT', centre.id));
    await new ConsultingSetupService(dataSource).setGroup({ category: 'OTHER', name: '综合组', leadUserId: consultant.id, memberIds: [consultant.id] });
    const ticket = await tickets.open(founder, { category: 'OTHER', priority: 'NORMAL', subject: '合同模板', body: '附上合同，请帮忙看看。' });
    const message = await dataSource.getRepository(TicketMessageEntity).findOneByOrFail({ ticketId: ticket.id });
    const attach = (fileName: string, text: string) =>
      attachments.attach(founder, { messageId: message.id, fileName, contentType: 'text/plain', contentBase64: Buffer.from(text).toString('base64') });

    await expect(attach('readme.txt', EICAR)).rejects.toMatchObject({ code: 'ATTACHMENT_REJECTED', field: ['contentBase64'] });
    expect(scanned).toEqual([{ fileName: 'readme.txt', bytes: EICAR.length }]);
    expect(await dataSource.getRepository(TicketAttachmentEntity).countBy({ ticketId: ticket.id })).toBe(0);
    const stored = join(dataDir, 'ticket-attachments');
    const files = () => { try { return readdirSync(stored); } catch { return []; } };
    expect(files()).toEqual([]);

    const clean = await attach('notes.txt', '合同第三条需要确认。');
    expect(clean).toMatchObject({ ticketId: ticket.id, fileName: 'notes.txt' });
    expect(scanned.map((s) => s.fileName)).toEqual(['readme.txt', 'notes.txt']);
    expect(files()).toEqual([clean.storageKey]);
  });
});
