import type { ScheduleInput } from '../model/types.js';
import { runPass } from '../plan/schedule.js';
import { cardsOf, nodes, org, request, running } from './factories.js';

const H = 3600;
const NOW = 3 * 24 * H;

/**
 * The fair-share walk of a pass that need not list its order stops once no waiting request can
 * fit before the reservations (PassRun.noWaitingRequestFits). Here the cards free now are held
 * from 1 h for a gang waiting for three days (the starvation backstop reserves them), fifty 2-hour requests of light organisations are refused one by one, and
 * the only request that fits (30 minutes) belongs to the heaviest organisation, so the walk
 * reaches it last. Stopping by position or after the first refusals would leave it waiting.
 */
function busyCluster(over: { shortEarliestStartS?: number; shortQuota?: number } = {}): ScheduleInput {
  const light = Array.from({ length: 50 }, (_, i) => request(`long${i}`, { orgId: `light${i % 5}`, durationS: 2 * H, submitS: NOW - 100 + i }));
  return {
    nowS: NOW,
    nodes: nodes(2),
    running: [running('busy0', cardsOf(0, 0, 8), { orgId: 'x', endS: NOW + 10 * H }), running('busy1', cardsOf(1, 0, 4), { orgId: 'heavy', endS: NOW + H })],
    pending: [
      request('gang', { orgId: 'small', cards: 8, durationS: 2 * H, submitS: 0 }),
      ...light,
      request('short', { orgId: 'heavy', durationS: H / 2, submitS: NOW - 10, earliestStartS: over.shortEarliestStartS }),
    ],
    orgs: [
      org('small'),
      org('x'),
      org('heavy', { usageCardSeconds: 1e9, quotaCards: over.shortQuota }),
      ...Array.from({ length: 5 }, (_, i) => org(`light${i}`)),
    ],
  };
}

const startsOf = (input: ScheduleInput, wantOrder: boolean) => 
  {
  const { ctx, outcome } = runPass(input, 'suanli', wantOrder);
  return outcome.started.map(({ job, alloc }) => [job.id, ctx.state.cardIdsOf(alloc)]);
};

describe('the walk stop', () => {
  it('walks past every refused request to the one that still fits, listed or not', () => {
    const input = busyCluster();
    const listed = runPass(input, 'suanli', true);
    // The scenario is what it says: the short request comes after all fifty refused ones.
    const order = listed.outcome.order.map((j) => j.id);
    expect(order.indexOf('gang')).toBe(0);
    expect(order.filter((id) => id.startsWith('long'))).toHaveLength(50);
    expect(listed.outcome.started.map((s) => s.job.id)).toEqual(['short']);
    expect(startsOf(input, false)).toEqual(startsOf(input, true));
    expect(listed.outcome.book.byJob.get('gang')?.startS).toBe(NOW + H);
  });

  it.each([
    ['not yet allowed to start', { shortEarliestStartS: NOW + 2 * H }],
    ['over its quota', { shortQuota: 4 }],
  ])('starts nothing when the only request that would fit is %s', (_, over) => {
    const input = busyCluster(over);
    expect(startsOf(input, false)).toEqual([]);
    expect(startsOf(input, true)).toEqual([]);
  });
});
