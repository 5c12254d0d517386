import type { GraphQLClient } from '../test/graphql-client.js';
import { useApi } from '../test/use-api.js';
import { DemoQueue } from '../test/operations/allocation.operations.js';

const SMALL = new Set(['STARTUP', 'SME']);

/**
 * The demo centre's queue as a manager first meets it (issue 15: "the demo's queue tells the
 * truth"): the head firms flooded the cluster since the morning, the small firms asked in the
 * afternoon; by fair share the small firms' standard work waits at the head of the queue, the
 * head firms' behind it, and adaptation work (a strict lower class) after all standard work with
 * the overdue project's first. Every reason is one the plan gives for that request.
 */
describe('the demo queue', () => {
  const server = useApi();
  let manager: GraphQLClient;

  beforeAll(async () => {
    manager = await server().anonymous.signIn('manager@suanli.dev');
  });

  it('puts the small firms’ standard requests ahead of the head firms’, and adaptation after both with the overdue project first', async () => {
    const queue = (await manager.request(DemoQueue, {})).data!.allocationQueue;
    expect(queue.map((r) => r.queuePosition)).toEqual(queue.map((_, i) => i + 1));
    const standard = queue.filter((r) => r.priority === 'STANDARD');
    const small = standard.filter((r) => SMALL.has(r.organisation.kind));
    const large = standard.filter((r) => r.organisation.kind === 'LARGE_ENTERPRISE');
    // Both kinds wait, so the order between them is the policy's, not an empty queue's.
    expect(small.length).toBeGreaterThanOrEqual(5);
    expect(large.length).toBeGreaterThanOrEqual(20);
    expect(SMALL.has(queue[0]!.organisation.kind)).toBe(true);
    const meanPosition = (rows: typeof queue) => rows.reduce((t, r) => t + r.queuePosition!, 0) / rows.length;
    expect(meanPosition(small)).toBeLessThan(meanPosition(large) / 2);

    const adaptation = queue.filter((r) => r.priority === 'ADAPTATION');
    expect(adaptation.length).toBeGreaterThan(0);
    expect(Math.min(...adaptation.map((r) => r.queuePosition!))).toBeGreaterThan(Math.max(...standard.map((r) => r.queuePosition!)));
    // 肺结节 CT 辅助诊断 started adaptation 20 days ago: past its two weeks.
    expect(adaptation[0]!.project.name).toBe('肺结节 CT 辅助诊断');
    for (const r of adaptation) expect(r.waitReason?.code).toBe('BEHIND_HIGHER_PRIORITY');
    for (const r of adaptation) expect(JSON.parse(r.waitReason!.params).count).toBe(standard.length);
  });

  it('explains every standard request’s wait by what holds it, never by priority', async () => {
    const queue = (await manager.request(DemoQueue, {})).data!.allocationQueue;
    for (const r of queue.filter((q) => q.priority === 'STANDARD')) {
      expect(['NO_DOMAIN_FREE', 'GANG_RESERVED_FOR_OTHER', 'OVER_FAIR_SHARE', 'WAITING_FOR_PREEMPTION_NOTICE']).toContain(r.waitReason?.code);
      if (r.waitReason!.code === 'OVER_FAIR_SHARE') {
        const p = JSON.parse(r.waitReason!.params);
        expect(p.times).toBeGreaterThan(1);
        expect(p.windowDays).toBe(7);
      }
    }
  });
});
