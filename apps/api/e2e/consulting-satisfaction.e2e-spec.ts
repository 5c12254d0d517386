import type { GraphQLClient } from '../test/graphql-client.js';
import {
  AssignTickets, ChangeTicketStatus, MyId, OpenTicket, RateTicket, ReplyToTicket, SatisfactionReport, SetConsultantGroup,
} from '../test/operations/consulting.operations.js';
import { Scenario, type Tenant } from '../test/scenario.js';
import { useApi } from '../test/use-api.js';

const codes = (r: { errors?: { extensions?: { code?: string; userErrorCode?: string } }[] }) =>
  (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.userErrorCode]);

/** This month in Asia/Shanghai, which is when the ratings below are given. */
const shanghaiMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

/** Satisfaction reports for managers: exact averages and score counts per consultant, category and month. */
describe('the satisfaction report over the GraphQL API', () => {
  const server = useApi();
  let scenario: Scenario;
  let manager: GraphQLClient;
  let tenant: Tenant;
  const consultants: { client: GraphQLClient; id: string; name: string }[] = [];
  const month = shanghaiMonth();

  const report = async () => {
    const result = await manager.request(SatisfactionReport, { fromMonth: month, toMonth: month });
    expect(result.errors).toBeUndefined();
    return result.data!.satisfactionReport;
  };

  /** Opens a TALENT ticket, gives it to the consultant, who answers and resolves it; the founder rates it. */
  const rated = async (consultant: (typeof consultants)[number], score: number) => {
    const opened = (await tenant.founder.request(OpenTicket, { input: { category: 'TALENT', priority: 'NORMAL', subject: '人才补贴', body: '硕士落户有补贴吗？' } })).data!.openTicket;
    const ticketId = opened.ticket!.id;
    expect((await manager.request(AssignTickets, { input: { ticketIds: [ticketId], assigneeId: consultant.id } })).data!.assignTickets.userErrors).toEqual([]);
    expect((await consultant.client.request(ReplyToTicket, { input: { ticketId, body: '有，见人才新政第三条。' } })).data!.replyToTicket.userErrors).toEqual([]);
    expect((await consultant.client.request(ChangeTicketStatus, { input: { ticketId, status: 'RESOLVED' } })).data!.changeTicketStatus.userErrors).toEqual([]);
    expect((await tenant.founder.request(RateTicket, { input: { ticketId, score } })).data!.rateTicket.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    scenario = await Scenario.start(server().anonymous);
    manager = (await scenario.staffMember('MANAGER')).client;
    for (let i = 0; i < 2; i += 1) {
      const { client, displayName } = await scenario.staffMember('CONSULTANT');
      consultants.push({ client, id: (await client.request(MyId, {})).data!.me!.id, name: displayName });
    }
    tenant = await scenario.tenant();
    const group = (await manager.request(SetConsultantGroup, {
      input: { category: 'TALENT', name: '人才组', leadUserId: consultants[0].id, memberIds: consultants.map((c) => c.id) },
    })).data!.setConsultantGroup;
    expect(group.userErrors).toEqual([]);
  });

  it('counts each rating once per breakdown, with the average × 100 rounded half up', async () => {
    const before = await report();
    const [first, second] = consultants;
    for (const score of [5, 4, 4, 2]) await rated(first, score);
    for (const score of [1, 4]) await rated(second, score);
    const after = await report();

    const rowOf = (id: string) => after.byConsultant.find((r) => r.consultantId === id);
    // (5+4+4+2)/4 = 3.75; (1+4)/2 = 2.5 → 250.
    expect(rowOf(first.id)).toEqual({ consultantId: first.id, consultantName: first.name, ratings: 4, averageScoreHundredths: 375, counts: [0, 1, 0, 2, 1], lowScores: 1 });
    expect(rowOf(second.id)).toEqual({ consultantId: second.id, consultantName: second.name, ratings: 2, averageScoreHundredths: 250, counts: [1, 0, 0, 1, 0], lowScores: 1 });

    // The demo data may hold ratings of its own: the category and month rows grow by exactly ours.
    const sum = (rows: { ratings: number; counts: number[]; lowScores: number; averageScoreHundredths: number }[]) => rows[0] ?? { ratings: 0, counts: [0, 0, 0, 0, 0], lowScores: 0, averageScoreHundredths: 0 };
    const talentBefore = sum(before.byCategory.filter((r) => r.category === 'TALENT'));
    const talentAfter = sum(after.byCategory.filter((r) => r.category === 'TALENT'));
    expect(talentAfter.ratings - talentBefore.ratings).toBe(6);
    expect(talentAfter.counts.map((c, i) => c - talentBefore.counts[i])).toEqual([1, 1, 0, 3, 1]);
    expect(talentAfter.lowScores - talentBefore.lowScores).toBe(2);
    const monthBefore = sum(before.byMonth);
    const monthAfter = after.byMonth[0];
    expect(after.byMonth.map((r) => r.month)).toEqual([month]);
    expect(monthAfter.ratings - monthBefore.ratings).toBe(6);
    expect(monthAfter.counts.map((c, i) => c - monthBefore.counts[i])).toEqual([1, 1, 0, 3, 1]);
    // Every breakdown's average is exactly its own counts' mean, rounded half up.
    for (const row of [...after.byConsultant, ...after.byCategory, ...after.byMonth]) {
      const total = row.counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
      expect(row.averageScoreHundredths).toBe(Math.floor((total * 100) / row.ratings + 0.5));
      expect(row.counts.reduce((a, b) => a + b, 0)).toBe(row.ratings);
    }
  });

  it('leaves out months outside the range', async () => {
    const result = await manager.request(SatisfactionReport, { fromMonth: '2020-01', toMonth: '2021-12' });
    expect(result.data!.satisfactionReport).toMatchObject({ byConsultant: [], byCategory: [], byMonth: [] });
  });

  it('refuses bad months with a code', async () => {
    expect(codes(await manager.request(SatisfactionReport, { fromMonth: '2026-13', toMonth: '2026-12' }))).toEqual([['BAD_USER_INPUT', 'VALIDATION_FAILED']]);
    expect(codes(await manager.request(SatisfactionReport, { fromMonth: '2026-05', toMonth: '2026-04' }))).toEqual([['BAD_USER_INPUT', 'VALIDATION_FAILED']]);
    expect(codes(await manager.request(SatisfactionReport, { fromMonth: '2024-01', toMonth: '2026-01' }))).toEqual([['BAD_USER_INPUT', 'VALIDATION_FAILED']]);
    expect(codes(await manager.request(SatisfactionReport, { fromMonth: '2024-02', toMonth: '2026-01' }))).toEqual([]);
  });

  it('is for managers only: founders and consultants are FORBIDDEN', async () => {
    expect(codes(await tenant.founder.request(SatisfactionReport, { fromMonth: month, toMonth: month })).map((c) => c[0])).toEqual(['FORBIDDEN']);
    expect(codes(await consultants[0].client.request(SatisfactionReport, { fromMonth: month, toMonth: month })).map((c) => c[0])).toEqual(['FORBIDDEN']);
  });
});
