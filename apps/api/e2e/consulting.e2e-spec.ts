import type { GraphQLClient } from '../test/graphql-client.js';
import {
  AddTicketNote, AssignTickets, AttachToTicketMessage, ChangeTicketStatus, MyId, OpenTicket, RateTicket, ReplyToTicket, SetConsultantGroup,
  SetSlaPolicy, SlaPolicies, TicketById, TicketQueue,
} from '../test/operations/consulting.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const codes = (r: { errors?: { extensions?: { code?: string } }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Policy-consulting tickets over HTTP: the lifecycle, assignment and who may see and change what. */
describe('consulting tickets over the GraphQL API', () => {
  const server = useApi();
  let scenario: Scenario;
  let manager: GraphQLClient;
  let lead: { client: GraphQLClient; id: string };
  let member: { client: GraphQLClient; id: string };
  let outsider: { client: GraphQLClient; id: string };
  let tenant: Tenant;
  let other: Tenant;
  let projectId: string;

  const consultant = async () => {
    const { client } = await scenario.staffMember('CONSULTANT');
    return { client, id: (await client.request(MyId, {})).data!.me!.id };
  };
  const open = (client: GraphQLClient, extra: Record<string, unknown> = {}) =>
    client.request(OpenTicket, { input: { category: 'TAX', priority: 'NORMAL', subject: '研发费用加计扣除怎么申报？', body: '我们今年第一次申报，需要准备哪些材料？', ...extra } });
  const read = async (client: GraphQLClient, id: string) => (await client.request(TicketById, { id })).data!.ticket;

  beforeAll(async () => {
    scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    [lead, member, outsider] = [await consultant(), await consultant(), await consultant()];
    tenant = await scenario.tenant();
    other = await scenario.tenant();
    projectId = (await scenario.project(tenant, 'INCUBATING')).id;
    const group = (await manager.request(SetConsultantGroup, {
      input: { category: 'TAX', name: '税务组', leadUserId: lead.id, memberIds: [lead.id, member.id] },
    })).data!.setConsultantGroup;
    expect(group.userErrors).toEqual([]);
    expect(group.group!.members.map((m) => m.userId).sort()).toEqual([lead.id, member.id].sort());
  });

  it('runs open → reply (waiting) → founder reply → resolve → rate → close → reopen, with the SLA clock and history in step', async () => {
    const opened = (await open(tenant.founder, { linkedKind: 'PROJECT', linkedId: projectId })).data!.openTicket;
    expect(opened.userErrors).toEqual([]);
    const ticket = opened.ticket!;
    expect(ticket).toMatchObject({ status: 'NEW', organisationId: tenant.organisationId, linkedKind: 'PROJECT', linkedId: projectId });
    expect([lead.id, member.id]).toContain(ticket.assigneeId);
    expect(ticket.slaTargets.map((t) => [t.kind, t.targetMinutes, t.state === 'OK' || t.state === 'WARNING'])).toEqual([
      ['FIRST_RESPONSE', 240, true],
      ['RESOLUTION', 2160, true],
    ]);

    const worker = ticket.assigneeId === lead.id ? lead : member;
    expect((await worker.client.request(AddTicketNote, { input: { ticketId: ticket.id, body: '内部：先确认是否高新企业' } })).data!.addTicketNote.userErrors).toEqual([]);
    const replied = (await worker.client.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '请提供研发项目立项书和费用明细。' } })).data!.replyToTicket;
    expect(replied.userErrors).toEqual([]);
    expect(replied.ticket!.status).toBe('WAITING_FOR_CUSTOMER');

    const waiting = (await read(worker.client, ticket.id))!;
    expect(waiting.firstResponseAt).not.toBeNull();
    expect(waiting.slaTargets.map((t) => [t.kind, t.state])).toEqual([['FIRST_RESPONSE', 'MET'], ['RESOLUTION', 'PAUSED']]);
    expect(waiting.messages.map((m) => m.visibility)).toEqual(['PUBLIC', 'INTERNAL', 'PUBLIC']);

    // The founder's thread has no internal note, by query, and the escalation list is staff-only.
    const founderView = (await read(tenant.founder, ticket.id))!;
    expect(founderView.messages.map((m) => m.body)).toEqual(['我们今年第一次申报，需要准备哪些材料？', '请提供研发项目立项书和费用明细。']);
    expect(founderView.messages.map((m) => m.mine)).toEqual([true, false]);

    const answered = (await tenant.founder.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '材料已整理好，附件稍后上传。' } })).data!.replyToTicket;
    expect(answered.ticket!.status).toBe('OPEN');
    expect((await read(worker.client, ticket.id))!.slaTargets.find((t) => t.kind === 'RESOLUTION')!.state).not.toBe('PAUSED');

    const resolved = (await worker.client.request(ChangeTicketStatus, { input: { ticketId: ticket.id, status: 'RESOLVED' } })).data!.changeTicketStatus;
    expect(resolved.ticket!.status).toBe('RESOLVED');
    const rated = (await tenant.founder.request(RateTicket, { input: { ticketId: ticket.id, score: 5, comment: '很专业' } })).data!.rateTicket;
    expect(rated.ticket).toMatchObject({ satisfaction: 5, satisfactionComment: '很专业' });
    expect((await tenant.founder.request(RateTicket, { input: { ticketId: ticket.id, score: 1 } })).data!.rateTicket.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['ticketId'] }]);

    expect((await tenant.founder.request(ChangeTicketStatus, { input: { ticketId: ticket.id, status: 'CLOSED' } })).data!.changeTicketStatus.ticket!.status).toBe('CLOSED');
    // A reply to a closed ticket: a code, and the thread is unchanged.
    const late = (await tenant.founder.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '还有一个问题' } })).data!.replyToTicket;
    expect(late.userErrors).toEqual([{ code: 'TICKET_CLOSED', field: ['ticketId'] }]);
    expect((await read(tenant.founder, ticket.id))!.messages).toHaveLength(3);

    const reopened = (await tenant.founder.request(ChangeTicketStatus, { input: { ticketId: ticket.id, status: 'OPEN' } })).data!.changeTicketStatus;
    expect(reopened.ticket!.status).toBe('OPEN');
    const final = (await read(worker.client, ticket.id))!;
    expect(final.statusHistory.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'NEW'], ['NEW', 'WAITING_FOR_CUSTOMER'], ['WAITING_FOR_CUSTOMER', 'OPEN'], ['OPEN', 'RESOLVED'], ['RESOLVED', 'CLOSED'], ['CLOSED', 'OPEN'],
    ]);
    expect(final.slaTargets.find((t) => t.kind === 'RESOLUTION')!.state).not.toBe('MET');
  });

  it('assigns to the least-loaded consultant, and managers reassign in bulk within the group only', async () => {
    const first = (await open(tenant.founder)).data!.openTicket.ticket!;
    const second = (await open(tenant.founder)).data!.openTicket.ticket!;
    expect(new Set([first.assigneeId, second.assigneeId])).toEqual(new Set([lead.id, member.id]));

    const bulk = (await manager.request(AssignTickets, { input: { ticketIds: [first.id, second.id], assigneeId: member.id } })).data!.assignTickets;
    expect(bulk.userErrors).toEqual([]);
    expect(bulk.tickets!.map((t) => t.assigneeId)).toEqual([member.id, member.id]);
    const queue = (await member.client.request(TicketQueue, { status: ['NEW'] })).data!.tickets;
    expect(queue.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([first.id, second.id]));

    // Someone outside the group cannot be given the tickets; nothing moves.
    const refused = (await manager.request(AssignTickets, { input: { ticketIds: [first.id], assigneeId: outsider.id } })).data!.assignTickets;
    expect(refused.userErrors).toEqual([{ code: 'NOT_IN_TICKET_GROUP', field: ['assigneeId'] }]);
    expect((await read(manager, first.id))!.assigneeId).toBe(member.id);
    // A plain member is not the lead: no reassigning.
    const byMember = (await member.client.request(AssignTickets, { input: { ticketIds: [first.id], assigneeId: lead.id } })).data!.assignTickets;
    expect(byMember.userErrors).toEqual([{ code: 'NOT_IN_TICKET_GROUP', field: ['ticketIds'] }]);
  });

  it('answers each forbidden or bad request with a code and changes nothing', async () => {
    const ticket = (await open(tenant.founder)).data!.openTicket.ticket!;

    // Another organisation's founder: the ticket reads as missing, and their own list is empty.
    expect(await read(other.founder, ticket.id)).toBeNull();
    expect((await other.founder.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '看看' } })).data!.replyToTicket.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['ticketId'] }]);
    // …nor can they link someone else's project.
    const foreignLink = (await open(other.founder, { linkedKind: 'PROJECT', linkedId: projectId })).data!.openTicket;
    expect(foreignLink.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['linkedId'] }]);
    expect((await other.founder.request(TicketQueue, {})).data!.tickets.totalCount).toBe(0);

    // A founder writes no internal notes (no permission), and a consultant outside the group changes nothing.
    expect(codes(await tenant.founder.request(AddTicketNote, { input: { ticketId: ticket.id, body: '偷偷' } }))).toEqual(['FORBIDDEN']);
    const outside = (await outsider.client.request(ChangeTicketStatus, { input: { ticketId: ticket.id, status: 'RESOLVED' } })).data!.changeTicketStatus;
    expect(outside.userErrors).toEqual([{ code: 'NOT_IN_TICKET_GROUP', field: ['ticketId'] }]);
    expect((await outsider.client.request(ReplyToTicket, { input: { ticketId: ticket.id, body: '我来答' } })).data!.replyToTicket.userErrors).toEqual([{ code: 'NOT_IN_TICKET_GROUP', field: ['ticketId'] }]);
    const unchanged = (await read(manager, ticket.id))!;
    expect(unchanged.status).toBe('NEW');
    expect(unchanged.messages).toHaveLength(1);

    // Attachments: too big, or a forbidden type, are refused; a small PDF is kept.
    const messageId = unchanged.messages[0]!.id;
    const attach = (fileName: string, contentType: string, bytes: number) =>
      tenant.founder.request(AttachToTicketMessage, { input: { messageId, fileName, contentType, contentBase64: Buffer.alloc(bytes, 7).toString('base64') } });
    expect((await attach('big.pdf', 'application/pdf', 512 * 1024 + 1)).data!.attachToTicketMessage.userErrors).toEqual([{ code: 'ATTACHMENT_TOO_LARGE', field: ['contentBase64'] }]);
    expect((await attach('tool.exe', 'application/x-msdownload', 100)).data!.attachToTicketMessage.userErrors).toEqual([{ code: 'ATTACHMENT_TYPE_NOT_ALLOWED', field: ['contentType'] }]);
    expect((await attach('fake.pdf.exe', 'application/pdf', 100)).data!.attachToTicketMessage.userErrors).toEqual([{ code: 'ATTACHMENT_TYPE_NOT_ALLOWED', field: ['contentType'] }]);
    const kept = (await attach('立项书.pdf', 'application/pdf', 2048)).data!.attachToTicketMessage;
    expect(kept.userErrors).toEqual([]);
    expect(kept.attachment).toMatchObject({ fileName: '立项书.pdf', sizeBytes: 2048 });

    // An SLA policy with a non-positive target: a code, and the table is as it was.
    const before = (await manager.request(SlaPolicies, {})).data!.slaPolicies.find((p) => p.category === 'TAX' && p.priority === 'HIGH');
    for (const [firstResponseMinutes, resolutionMinutes] of [[0, 600], [60, -5]] as const) {
      const bad = (await manager.request(SetSlaPolicy, { input: { category: 'TAX', priority: 'HIGH', firstResponseMinutes, resolutionMinutes } })).data!.setSlaPolicy;
      expect(bad.userErrors.map((e) => e.code)).toEqual(['INVALID_SLA_TARGET']);
    }
    expect((await manager.request(SlaPolicies, {})).data!.slaPolicies.find((p) => p.category === 'TAX' && p.priority === 'HIGH')).toEqual(before);
    // Consultants do not set policies.
    expect(codes(await lead.client.request(SetSlaPolicy, { input: { category: 'TAX', priority: 'HIGH', firstResponseMinutes: 30, resolutionMinutes: 600 } }))).toEqual(['FORBIDDEN']);
  });
});
