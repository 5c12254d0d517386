import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { enqueueSlaJobs, slaBoss, startSlaBoss } from '../jobs/pg-boss-sla-timers.js';
import { notificationsServiceOn } from '../../notifications/index.js';
import { SlaEscalation } from '../jobs/sla-escalation.js';
import { ConsultingSetupService } from '../services/consulting-setup.service.js';
import { TicketsService } from '../services/tickets.service.js';
import { SlaClock } from '../sla/sla-clock.js';
import { packageCalendarSource } from '../sla/working-calendar.js';
import { TICKET_CATEGORIES, type TicketCategory } from '../ticket-rules.js';

const HOUR_MS = 3_600_000;

const GROUP_NAMES: Record<TicketCategory, string> = {
  SUBSIDIES_POLICY: '补贴政策组', COMPUTE_VOUCHERS: '算力券组', TAX: '财税组', TALENT: '人才政策组',
  DATA_COMPLIANCE: '数据合规组', ADAPTATION: '适配服务组', OTHER: '综合咨询组',
};

async function actorsOf(dataSource: DataSource, sql: string): Promise<Actor[]> {
  const rows: { id: string; role: Actor['role']; organisation_id: string | null }[] = await dataSource.query(sql);
  return rows.map((r) => ({ kind: 'user', id: r.id, role: r.role, organisationId: r.organisation_id, scopes: [] }));
}

/**
 * The demo's consulting desk, made through the real services on a clock set back in time: one
 * group per category led by the demo consultant, and tickets in every state — new, open, waiting
 * for the customer, resolved (rated), closed (rated low, so a review task) and one breached with
 * its escalation. Their SLA timers are real pg-boss jobs.
 */
export async function seedDemoConsulting(dataSource: DataSource, now = new Date()): Promise<void> {
  const [consultant] = await actorsOf(dataSource, `SELECT id, role, organisation_id FROM users WHERE email = 'consultant@suanli.dev'`);
  const founders = await actorsOf(dataSource, `SELECT id, role, organisation_id FROM users WHERE role = 'FOUNDER' ORDER BY email LIMIT 3`);
  if (!consultant || founders.length < 3) return;
  const [a, b, c] = founders as [Actor, Actor, Actor];
  const boss = slaBoss(dataSource);
  await startSlaBoss(boss);
  try {
    let at = now;
    const clock = { now: () => at };
    const calendar = packageCalendarSource();
    const notifications = notificationsServiceOn(dataSource);
    const sla = new SlaClock(calendar, { schedule: (manager, jobs) => enqueueSlaJobs(boss, manager, jobs) });
    const tickets = new TicketsService(dataSource, sla, clock, notifications);
    const setup = new ConsultingSetupService(dataSource);
    for (const category of TICKET_CATEGORIES) await setup.setGroup({ category, name: GROUP_NAMES[category], leadUserId: consultant.id, memberIds: [consultant.id] });
    const ago = (hours: number) => (at = new Date(now.getTime() - hours * HOUR_MS));
    const open = (founder: Actor, category: TicketCategory, subject: string, body: string, priority: 'NORMAL' | 'HIGH' = 'NORMAL') =>
      tickets.open(founder, { category, priority, subject, body });

    ago(1);
    await open(a, 'COMPUTE_VOUCHERS', '算力券可以用于推理服务吗？', '我们的模型已经上线，推理用的算力能否用算力券抵扣？');

    ago(30);
    const waiting = await open(b, 'SUBSIDIES_POLICY', '首台套补贴的申报条件', '我们的医疗影像设备是否符合首台套补贴？');
    ago(29);
    await tickets.post(consultant, waiting.id, '请提供产品注册证和近一年的销售合同，我们据此判断。', 'PUBLIC');

    ago(50);
    const open1 = await open(c, 'TALENT', '海外博士落户与安家补贴', '团队新招的两位海外博士可以申请哪些人才补贴？');
    ago(49);
    await tickets.post(consultant, open1.id, '请告知两位博士的毕业院校和入职时间。', 'PUBLIC');
    ago(20);
    await tickets.post(c, open1.id, '均为 2025 年毕业，2026 年 9 月入职。', 'PUBLIC');
    await tickets.post(consultant, open1.id, '内部：可对接人才办，符合蓉漂计划条件。', 'INTERNAL');

    ago(100);
    const resolved = await open(a, 'TAX', '研发费用加计扣除的材料', '第一次申报加计扣除，需要准备什么？');
    ago(99);
    await tickets.post(consultant, resolved.id, '需要研发项目立项书、研发费用辅助账和人员工时记录，模板已发到邮箱。', 'PUBLIC');
    ago(98);
    await tickets.changeStatus(consultant, resolved.id, 'RESOLVED');
    ago(97);
    await tickets.rate(a, resolved.id, 4, '很清楚');

    ago(200);
    const closed = await open(b, 'DATA_COMPLIANCE', '医疗数据出境评估', '与海外合作方联合训练，数据需要做出境评估吗？');
    ago(198);
    await tickets.post(consultant, closed.id, '个人健康信息出境需要申报安全评估，建议先做去标识化。', 'PUBLIC');
    await tickets.changeStatus(consultant, closed.id, 'RESOLVED');
    ago(190);
    await tickets.rate(b, closed.id, 2, '回答太笼统');
    await tickets.changeStatus(b, closed.id, 'CLOSED');

    // Five calendar days unanswered: both targets of a HIGH ticket are long past.
    ago(120);
    const breached = await open(c, 'ADAPTATION', '昇腾 910B 上算子不支持', '自定义算子在 CANN 上编译失败，影响交付。', 'HIGH');
    at = now;
    const escalation = new SlaEscalation(dataSource, calendar, clock, sla, notifications);
    await escalation.run({ ticketId: breached.id, kind: 'FIRST_RESPONSE', phase: 'BREACH' }, now);
  } finally {
    await boss.stop({ graceful: false, wait: true, timeout: 2_000 });
  }
}
