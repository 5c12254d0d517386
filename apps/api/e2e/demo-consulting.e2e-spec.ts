import type { GraphQLClient } from '../test/graphql-client.js';
import { TicketById, TicketQueue } from '../test/operations/consulting.operations.js';
import { ListKbArticles } from '../test/operations/knowledge-base.operations.js';
import { useApi } from '../test/use-api.js';

const STATES = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'] as const;

/**
 * The demo centre's consulting desk as issue 13 asks for it: tickets in every state, one breached
 * with its escalation recorded, twenty knowledge-base articles (a fresh database per spec file); the manager sees every queue and
 * the consultant their own.
 */
describe('the demo consulting desk', () => {
  const server = useApi();
  let manager: GraphQLClient;
  let consultant: GraphQLClient;

  beforeAll(async () => {
    manager = await server().anonymous.signIn('manager@suanli.dev');
    consultant = await server().anonymous.signIn('consultant@suanli.dev');
  });

  it('has a ticket in every state, each in the manager’s view of all queues', async () => {
    for (const status of STATES) {
      const queue = (await manager.request(TicketQueue, { status: [status] })).data!.tickets;
      expect({ status, count: queue.totalCount > 0 }).toEqual({ status, count: true });
    }
  });

  it('has a breached ticket whose escalation raised the priority and told people, and the consultant finds it in their queue', async () => {
    const breached = (await manager.request(TicketQueue, { breached: true })).data!.tickets.edges.map((e) => e.node).find((t) => t.subject === '昇腾 910B 上算子不支持');
    expect(breached?.slaTargets.some((t) => t.state === 'BREACHED')).toBe(true);
    const ticket = (await manager.request(TicketById, { id: breached!.id })).data!.ticket!;
    expect(ticket.priority).toBe('URGENT');
    expect(ticket.escalations[0]).toMatchObject({ kind: 'FIRST_RESPONSE', priorityBefore: 'HIGH', priorityAfter: 'URGENT' });
    expect(ticket.escalations[0]!.notifiedCount).toBeGreaterThanOrEqual(2);
    const mine = (await consultant.request(TicketQueue, { mine: true, breached: true })).data!.tickets.edges.map((e) => e.node.id);
    expect(mine).toContain(breached!.id);
  });

  it('sorts the consultant’s open queue by time to breach: the breached ticket first, then the least time left', async () => {
    const queue = (await consultant.request(TicketQueue, { status: ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER'] })).data!.tickets.edges.map((e) => e.node);
    expect(queue[0]!.subject).toBe('昇腾 910B 上算子不支持');
    const left = queue.map((t) => Math.min(...t.slaTargets.filter((s) => s.state === 'OK' || s.state === 'WARNING' || s.state === 'BREACHED').map((s) => s.minutesLeft ?? Infinity)));
    expect(left).toEqual([...left].sort((a, b) => a - b));
    expect(left.filter(Number.isFinite).length).toBeGreaterThanOrEqual(3);
  });

  it('has twenty knowledge-base articles', async () => {
    const articles = (await manager.request(ListKbArticles, {})).data!.kbArticles;
    expect(articles).toHaveLength(20);
  });
});
