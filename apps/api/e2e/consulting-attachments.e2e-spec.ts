import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphQLClient } from '../test/graphql-client.js';
import { AddTicketNote, AttachToTicketMessage, MyId, OpenTicket, SetConsultantGroup, TicketAttachments } from '../test/operations/consulting.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

/** Ticket attachments end to end: upload over GraphQL, download over HTTP by exactly the people who may read them. */
describe('ticket attachments over the API', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'suanli-attachments-'));
  const server = useApi({ dataDir });
  const stored = () => readdirSync(join(dataDir, 'ticket-attachments'));
  let scenario: Scenario;
  let manager: GraphQLClient;
  let member: GraphQLClient;
  let outsider: GraphQLClient;
  let tenant: Tenant;
  let other: Tenant;

  const id = async (client: GraphQLClient) => (await client.request(MyId, {})).data!.me!.id;
  const attach = (client: GraphQLClient, messageId: string, fileName: string, contentType: string, bytes: Buffer) =>
    client.request(AttachToTicketMessage, { input: { messageId, fileName, contentType, contentBase64: bytes.toString('base64') } });
  const download = (client: GraphQLClient | null, attachmentId: string) =>
    fetch(`${server().api.url}/api/consulting/attachments/${attachmentId}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });

  beforeAll(async () => {
    scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    member = (await scenario.staffMember('CONSULTANT')).client;
    outsider = (await scenario.staffMember('CONSULTANT')).client;
    tenant = await scenario.tenant();
    other = await scenario.tenant();
    const memberId = await id(member);
    const group = (await manager.request(SetConsultantGroup, { input: { category: 'TALENT', name: '人才组', leadUserId: memberId, memberIds: [memberId] } })).data!.setConsultantGroup;
    expect(group.userErrors).toEqual([]);
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores a founder’s file and a consultant’s note file, and serves each only to who may read it', async () => {
    const ticket = (await tenant.founder.request(OpenTicket, { input: { category: 'TALENT', priority: 'NORMAL', subject: '人才公寓申请', body: '材料见附件' } })).data!.openTicket.ticket!;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 0x41)]);
    const uploaded = (await attach(tenant.founder, ticket.messages[0]!.id, '人才 "公寓" 申请表.pdf', 'application/pdf', pdf)).data!.attachToTicketMessage;
    expect(uploaded.userErrors).toEqual([]);
    const fileId = uploaded.attachment!.id;

    const note = (await member.request(AddTicketNote, { input: { ticketId: ticket.id, body: '内部：对照人才办清单' } })).data!.addTicketNote;
    const noteFile = (await attach(member, note.message!.id, 'checklist.txt', 'text/plain', Buffer.from('内部清单'))).data!.attachToTicketMessage;
    expect(noteFile.userErrors).toEqual([]);
    const noteFileId = noteFile.attachment!.id;
    expect(stored()).toHaveLength(2);

    // The founder downloads their own file: the bytes, its type, both file names, never inline, no sniffing.
    const response = await download(tenant.founder, fileId);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="__ ____ ___.pdf"; filename*=UTF-8''${encodeURIComponent('人才 "公寓" 申请表.pdf')}`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');

    // The group's consultant and a manager read both; the note file's text is intact.
    expect((await download(member, fileId)).status).toBe(200);
    expect((await download(manager, fileId)).status).toBe(200);
    const noteDownload = await download(member, noteFileId);
    expect(noteDownload.status).toBe(200);
    expect(await noteDownload.text()).toBe('内部清单');
    expect((await download(manager, noteFileId)).status).toBe(200);

    // An internal note's file never reaches the founder; another tenant's founder and a consultant
    // outside the group get 404, as for an id that does not exist; no credential is 401.
    expect((await download(tenant.founder, noteFileId)).status).toBe(404);
    expect((await download(other.founder, fileId)).status).toBe(404);
    expect((await download(outsider, fileId)).status).toBe(404);
    expect((await download(tenant.founder, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(tenant.founder, 'not-an-id')).status).toBe(404);
    expect((await download(null, fileId)).status).toBe(401);

    // The founder's ticket lists their file only; the group consultant's lists both.
    const founderList = (await tenant.founder.request(TicketAttachments, { id: ticket.id })).data!.ticket!.attachments;
    expect(founderList.map((a) => a.id)).toEqual([fileId]);
    expect((await member.request(TicketAttachments, { id: ticket.id })).data!.ticket!.attachments.map((a) => a.id).sort()).toEqual([fileId, noteFileId].sort());
    // A consultant outside the group is not offered files they could not download.
    expect((await outsider.request(TicketAttachments, { id: ticket.id })).data!.ticket!.attachments).toEqual([]);
  });

  it('refuses an over-size file, a forbidden type, another’s message and another tenant’s ticket with codes, and stores nothing', async () => {
    const ticket = (await tenant.founder.request(OpenTicket, { input: { category: 'TALENT', priority: 'NORMAL', subject: '落户咨询', body: '需要哪些材料？' } })).data!.openTicket.ticket!;
    const messageId = ticket.messages[0]!.id;
    const before = stored().length;
    const refusals = [
      [await attach(tenant.founder, messageId, 'scan.pdf', 'application/pdf', Buffer.alloc(512 * 1024 + 1, 1)), 'ATTACHMENT_TOO_LARGE', 'contentBase64'],
      [await attach(tenant.founder, messageId, 'setup.exe', 'application/x-msdownload', Buffer.alloc(10, 1)), 'ATTACHMENT_TYPE_NOT_ALLOWED', 'contentType'],
      [await attach(tenant.founder, messageId, 'page.html', 'text/html', Buffer.from('<script>alert(1)</script>')), 'ATTACHMENT_TYPE_NOT_ALLOWED', 'contentType'],
      [await attach(tenant.founder, messageId, 'photo.png', 'application/pdf', Buffer.alloc(10, 1)), 'ATTACHMENT_TYPE_NOT_ALLOWED', 'contentType'],
      [await attach(other.founder, messageId, 'mine.pdf', 'application/pdf', Buffer.alloc(10, 1)), 'NOT_FOUND', 'messageId'],
      [await attach(member, messageId, 'theirs.pdf', 'application/pdf', Buffer.alloc(10, 1)), 'NOT_FOUND', 'messageId'],
    ] as const;
    for (const [result, code, field] of refusals) {
      expect(result.data!.attachToTicketMessage).toEqual({ attachment: null, userErrors: [{ code, field: [field] }] });
    }
    expect(stored()).toHaveLength(before);
    expect((await tenant.founder.request(TicketAttachments, { id: ticket.id })).data!.ticket!.attachments).toEqual([]);
  });
});
