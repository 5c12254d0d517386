import { explainWait, schedule, simulateTrace, type TraceJob } from '../index.js';
import { cardsOf, nodes, org, request, running } from './factories.js';

describe('scenario: small firm behind a flood', () => {
  // 16 cards, 15 held by the head firm; it has 85 more jobs queued since t=0.
  const busy = Array.from({ length: 15 }, (_, i) => running(`big-run-${i}`, [`n${Math.floor(i / 8)}c${i % 8}`], { orgId: 'big', endS: 7200 }));
  const flood = Array.from({ length: 85 }, (_, i) => request(`big-${i}`, { orgId: 'big', submitS: 0 }));
  const input = {
    nowS: 100,
    nodes: nodes(2),
    running: busy,
    pending: [...flood, request('small-1', { orgId: 'small', submitS: 90 })],
    orgs: [org('big', { usageCardSeconds: 15 * 86_400 * 5 }), org('small')],
  };

  it('gives the free card to the small firm under suanli', () => {
    const plan = schedule(input, 'suanli');
    expect(plan.starts).toEqual([{ requestId: 'small-1', cardIds: ['n1c7'] }]);
  });

  it('gives it to the flood under fifo (the baseline the product improves on)', () => {
    expect(schedule(input, 'fifo').starts.map((s) => s.requestId)).toEqual(['big-0']);
  });

  it('tells the head firm the real reason: no free card while nobody else wants one, its share once others do', () => {
    // Only the small firm's single card is wanted besides the flood: the head firm is within its
    // max-min share (15 of the 15 cards left), so it waits for a card, not for others.
    const alone = schedule(input, 'suanli').waiting.find((w) => w.requestId === 'big-0')!.reason;
    expect(alone.code).toBe('NO_DOMAIN_FREE');

    // A second small firm wants 4 cards: shares are 1, 4 and 11; the head firm's load is
    // (15 held + 14.85 recent) / 2 = 14.9 cards, 1.4x its share, and it is told so in card-hours
    // (3,600 decayed card-hours: 15 cards for 10 days, as given).
    const contested = { ...input, pending: [...input.pending, ...Array.from({ length: 4 }, (_, i) => request(`small2-${i}`, { orgId: 'small2', submitS: 95 }))], orgs: [org('big', { usageCardSeconds: 15 * 86_400 * 10 }), org('small'), org('small2')] };
    const plan = schedule(contested, 'suanli');
    const reason = plan.waiting.find((w) => w.requestId === 'big-0')!.reason;
    expect(reason).toEqual({ code: 'OVER_FAIR_SHARE', params: { usedCardHours: 3600, windowDays: 7, heldCards: 15, shareCards: 11, times: 1.4 } });
    expect(explainWait(reason, 'en')).toMatch(/used 3,600 card-hours lately \(half-life 7 days.* 1\.4× its fair share of 11 cards/);
    // The order is that story: the light firm's requests are ahead of the flood's.
    const position = (id: string) => plan.waiting.find((w) => w.requestId === id)!.position;
    expect(position('small2-3')).toBeLessThan(position('big-0'));
  });
});

describe('scenario: 64-card gang behind 1-card jobs', () => {
  // 64 cards; a steady stream of 1-card jobs from two firms keeps every domain partly busy.
  const stream: TraceJob[] = [];
  for (let i = 0; i < 600; i++) {
    stream.push({ id: `s${i}`, org: i % 2 ? 'a' : 'b', submitS: i * 60, durationS: 3000 + (i % 7) * 200, cards: 1, priority: 'STANDARD', preemptible: false, line: i + 2 });
  }
  stream.push({ id: 'gang', org: 'lab', submitS: 1800, durationS: 3600, cards: 64, priority: 'STANDARD', preemptible: false, line: 9999 });

  const run = (policy: 'suanli' | 'easy') => {
    const { outcomes } = simulateTrace(stream, { nodes: 8, cardsPerNode: 8, policy });
    return outcomes.find((o) => o.id === 'gang')!;
  };

  it('easy reserves for it at once: it starts when the cluster has drained (<= 4,400 s)', () => {
    const gang = run('easy');
    expect(gang.startS - gang.submitS).toBeLessThanOrEqual(4400);
  });

  it('suanli starts it too (no gang deadlock): by aging, and at the latest via the one-day backstop', () => {
    // Known trade-off (ADR 0003): a gang bigger than its organisation's equal share is not
    // protected by the gang guard, so it waits for aging; the backstop bounds the wait.
    const gang = run('suanli');
    expect(Number.isFinite(gang.startS)).toBe(true);
    expect(gang.startS - gang.submitS).toBeLessThanOrEqual(86_400 + 4400);
  });

  it('suanli protects the gang of an organisation within its share at once', () => {
    const small = stream.map((j) => (j.id === 'gang' ? { ...j, cards: 16 } : j));
    const { outcomes } = simulateTrace(small, { nodes: 8, cardsPerNode: 8, policy: 'suanli' });
    const gang = outcomes.find((o) => o.id === 'gang')!;
    expect(gang.startS - gang.submitS).toBeLessThanOrEqual(4400);
  });
});

describe('scenario: node drained under running work', () => {
  const drained = cardsOf(1, 0, 8);
  const input = {
    nowS: 100,
    nodes: nodes(2, 8, 8, '910B', drained),
    running: [running('job-on-drained-node', cardsOf(1, 0, 4), { endS: 5000 })],
    pending: [request('eight', { cards: 8 }), request('sixteen', { cards: 16 }), request('one', { cards: 1 })],
    orgs: [org('org')],
  };

  it('keeps the running work, places nothing new on drained cards', () => {
    const plan = schedule(input);
    expect(plan.preemptions).toEqual([]);
    const used = plan.starts.flatMap((s) => s.cardIds);
    expect(used.filter((c) => drained.includes(c))).toEqual([]);
  });

  it('says a request needing the drained node can never fit, with no estimate', () => {
    const w = schedule(input).waiting.find((x) => x.requestId === 'sixteen')!;
    expect(w.reason.code).toBe('EXCEEDS_CLUSTER_CAPACITY');
    expect(w.estimatedStartS).toBeNull();
  });
});

describe('scenario: preemption with notice', () => {
  const base = {
    nodes: nodes(1),
    orgs: [org('lab'), org('clinic')],
  };
  const adaptation = running('adapt', cardsOf(0, 0, 8), { orgId: 'lab', priority: 'ADAPTATION', preemptible: true, endS: 90_000 });
  const urgent = request('urgent', { orgId: 'clinic', cards: 8, priority: 'URGENT', submitS: 50 });

  it('gives the preemptible lower class notice, and the urgent request waits for it', () => {
    const plan = schedule({ ...base, nowS: 100, running: [adaptation], pending: [urgent] });
    expect(plan.preemptions).toEqual([{ requestId: 'adapt', forRequestId: 'urgent', preemptAtS: 700 }]);
    const w = plan.waiting[0]!;
    expect(w).toMatchObject({ requestId: 'urgent', estimatedStartS: 700, reason: { code: 'WAITING_FOR_PREEMPTION_NOTICE' } });
    expect(explainWait(w.reason, 'en')).toContain('00:11');
  });

  it('does not give notice twice, and starts the urgent request once the victim stopped', () => {
    const noticed = { ...adaptation, preemptAtS: 700, preemptedForRequestId: 'urgent' };
    const again = schedule({ ...base, nowS: 400, running: [noticed], pending: [urgent] });
    expect(again.preemptions).toEqual([]);
    expect(again.waiting[0]!.reason.code).toBe('WAITING_FOR_PREEMPTION_NOTICE');
    const after = schedule({ ...base, nowS: 700, running: [], pending: [urgent] });
    expect(after.starts).toEqual([{ requestId: 'urgent', cardIds: cardsOf(0, 0, 8) }]);
  });

  it('never preempts work that is not preemptible', () => {
    const plan = schedule({ ...base, nowS: 100, running: [{ ...adaptation, preemptible: false }], pending: [urgent] });
    expect(plan.preemptions).toEqual([]);
    expect(plan.waiting[0]!.estimatedStartS).toBe(90_000);
  });
});

describe('scenario: small-organisation lane', () => {
  // 16 cards, 15 held; one card frees. "heavy" has used ~8 cards all week and waits 12 h with a
  // 1-hour job; "light" has used nothing lately and just asked for an 8-hour job.
  const recent8 = (8 * 7 * 86_400) / Math.LN2;
  const input = (config = {}) => ({
    nowS: 43_200,
    nodes: nodes(2),
    running: [
      ...cardsOf(0, 0, 8).map((c, i) => running(`h-run-${i}`, [c], { orgId: 'heavy', endS: 90_000 })),
      ...cardsOf(1, 0, 7).map((c, i) => running(`o-run-${i}`, [c], { orgId: 'other', endS: 90_000 })),
    ],
    pending: [
      request('heavy-old', { orgId: 'heavy', submitS: 0, durationS: 3600 }),
      request('light-new', { orgId: 'light', submitS: 43_200, durationS: 8 * 3600 }),
    ],
    orgs: [org('heavy', { usageCardSeconds: recent8 }), org('other', { usageCardSeconds: recent8 }), org('light')],
    config,
  });

  // The lane (the previous default, an on/off boost) and the continuous usage term (the default).
  const lane = { smallOrgLaneBoost: 8, usageOrderGain: 0, agingHalfLifeS: 6 * 3600 };

  it('serves the burst of a firm that used little lately before the older backlog of a heavy user (default: the usage term)', () => {
    expect(schedule(input(), 'suanli').starts.map((s) => s.requestId)).toEqual(['light-new']);
  });

  it('the lane does the same', () => {
    expect(schedule(input(lane), 'suanli').starts.map((s) => s.requestId)).toEqual(['light-new']);
  });

  it('with neither, shortest-and-oldest wins', () => {
    expect(schedule(input({ ...lane, smallOrgLaneBoost: 0 }), 'suanli').starts.map((s) => s.requestId)).toEqual(['heavy-old']);
  });

  it('the lane is bounded: a light firm already holding smallOrgLaneShares x its equal share is not boosted', () => {
    expect(schedule(input({ ...lane, smallOrgLaneShares: 0 }), 'suanli').starts.map((s) => s.requestId)).toEqual(['heavy-old']);
  });

  it('the usage term does nothing at a cold start (nobody has recent use)', () => {
    const cold = { ...input(), orgs: [org('heavy'), org('other'), org('light')] };
    expect(schedule(cold, 'suanli').starts.map((s) => s.requestId)).toEqual(['heavy-old']);
  });
});

describe("scenario: end-aligned placement puts a job in a domain's shadow", () => {
  // Two 8-card domains. n0: 7 cards busy until 1,000 s (1 free). n1: 6 cards busy until
  // 10,000 s (2 free). A 1-hour 1-card job arrives at 0; an 8-card gang is waiting too.
  const input = (config = {}) => ({
    nowS: 0,
    nodes: nodes(2),
    running: [
      ...cardsOf(0, 0, 7).map((c, i) => running(`short-${i}`, [c], { orgId: 'a', endS: 1000 })),
      ...cardsOf(1, 0, 6).map((c, i) => running(`long-${i}`, [c], { orgId: 'a', endS: 10_000 })),
    ],
    pending: [request('one-hour', { orgId: 'b', durationS: 3600 }), request('gang', { orgId: 'c', cards: 8, durationS: 3600 })],
    orgs: [org('a'), org('b'), org('c')],
    config: { gangReservations: 0, headReservations: 0, ...config },
  });

  it('best fit (the baselines, and suanli by default) takes the fullest domain and extends its busy time to 3,600 s', () => {
    expect(schedule(input(), 'easy').starts.find((s) => s.requestId === 'one-hour')!.cardIds).toEqual(['n0c7']);
    expect(schedule(input(), 'suanli').starts).toEqual([{ requestId: 'one-hour', cardIds: ['n0c7'] }]);
    // The gang can then only have n0 from 3,600 s.
    expect(schedule(input(), 'suanli').waiting.find((w) => w.requestId === 'gang')!.estimatedStartS).toBe(3600);
  });

  it("end-aligned runs it where it ends before the domain's other work (n1, ends 3,600 <= 10,000): n0 drains whole at 1,000 s", () => {
    const plan = schedule(input({ placement: 'end-aligned' }), 'suanli');
    expect(plan.starts).toEqual([{ requestId: 'one-hour', cardIds: ['n1c6'] }]);
    expect(plan.waiting.find((w) => w.requestId === 'gang')!.estimatedStartS).toBe(1000);
  });

  it('with no domain to hide in, it takes the one it extends least', () => {
    // Both domains' work ends before the job: n0 at 1,000, n1 at 3,000 -> n1 (extends by 600 s).
    const early = input({ placement: 'end-aligned' });
    early.running = early.running.map((r) => (r.requestId.startsWith('long') ? { ...r, endS: 3000 } : r));
    expect(schedule(early, 'suanli').starts).toEqual([{ requestId: 'one-hour', cardIds: ['n1c6'] }]);
  });

  it('the baselines ignore the option (they are defined with best fit)', () => {
    expect(schedule(input({ placement: 'end-aligned' }), 'easy').starts.find((s) => s.requestId === 'one-hour')!.cardIds).toEqual(['n0c7']);
  });
});

describe('scenario: an overdue adaptation', () => {
  // One 8-card node, full until t=3600. Adaptation work of three firms waits; one project is past
  // its promised two weeks. A flood of standard work from the head firm also waits.
  const input = {
    nowS: 100,
    nodes: nodes(1),
    running: [running('busy', cardsOf(0, 0, 8), { orgId: 'big' })],
    pending: [
      request('std', { orgId: 'big', submitS: 50, cards: 2 }),
      request('adapt-a', { orgId: 'a', submitS: 10, priority: 'ADAPTATION' }),
      request('adapt-b', { orgId: 'b', submitS: 20, priority: 'ADAPTATION' }),
      request('adapt-late', { orgId: 'c', submitS: 90, priority: 'ADAPTATION', cards: 4, overdue: true }),
    ],
    orgs: [org('big', { usageCardSeconds: 8 * 86_400 * 7 }), org('a', { usageCardSeconds: 1 }), org('b'), org('c', { usageCardSeconds: 8 * 86_400 })],
  };

  it('comes first within its class, behind the classes above it', () => {
    const plan = schedule(input, 'suanli');
    expect(plan.waiting.map((w) => w.requestId)).toEqual(['std', 'adapt-late', 'adapt-a', 'adapt-b']);
    expect(plan.waiting.find((w) => w.requestId === 'adapt-late')!.reason.code).toBe('BEHIND_HIGHER_PRIORITY');
  });

  it('is an ordinary adaptation request once it is not overdue', () => {
    const plan = schedule({ ...input, pending: input.pending.map((p) => ({ ...p, overdue: false })) }, 'suanli');
    expect(plan.waiting.map((w) => w.requestId).indexOf('adapt-late')).toBe(3);
  });
});

describe('scenario: a small request and a long-waiting gang want the one whole domain (keepWholeDomains)', () => {
  // Two 8-card domains: n0 wholly free, n1 full until 50,000 s. At 20,000 s a 1-card request of a
  // light firm (limit 2 h) and an 8-card gang (limit 1 h) that has waited since 0 both want n0.
  // The gang guard is off, so the fair-share walk decides: it visits the smaller request first.
  const input = (config = {}, over: { smallLimitS?: number; gangSubmitS?: number } = {}) => ({
    nowS: 20_000,
    nodes: nodes(2),
    running: cardsOf(1, 0, 8).map((c, i) => running(`busy-${i}`, [c], { orgId: 'a', endS: 50_000 })),
    pending: [
      request('small', { orgId: 'b', submitS: 19_000, durationS: over.smallLimitS ?? 7200 }),
      request('gang', { orgId: 'c', cards: 8, submitS: over.gangSubmitS ?? 0, durationS: 3600 }),
    ],
    orgs: [org('a'), org('b'), org('c')],
    config: { gangReservations: 0, ...config },
  });
  const started = (plan: ReturnType<typeof schedule>) => plan.starts.map((s) => s.requestId);

  it('by default the small request breaks the whole domain and the gang waits', () => {
    expect(started(schedule(input(), 'suanli'))).toEqual(['small']);
  });

  it('with keepWholeDomains the gang gets the domain and the small request waits for a partial one', () => {
    const plan = schedule(input({ keepWholeDomains: true }), 'suanli');
    expect(started(plan)).toEqual(['gang']);
    expect(plan.waiting.map((w) => w.requestId)).toEqual(['small']);
  });

  it('a small request that asks for less time than the gang still takes the domain', () => {
    expect(started(schedule(input({ keepWholeDomains: true }, { smallLimitS: 1800 }), 'suanli'))).toEqual(['small']);
  });

  it('a gang that has waited less than the small request would run does not displace it', () => {
    expect(started(schedule(input({ keepWholeDomains: true }, { gangSubmitS: 15_000 }), 'suanli'))).toEqual(['small']);
  });

  it('with no gang waiting, the small request takes the whole domain', () => {
    const alone = input({ keepWholeDomains: true });
    alone.pending = alone.pending.filter((p) => p.id === 'small');
    expect(started(schedule(alone, 'suanli'))).toEqual(['small']);
  });
});

describe('scenario: an organisation\'s own later, smaller request and the one it already waits for', () => {
  // One 8-card node, all busy until t=20h. The firm asked for a card for 32 hours at t=0 and, 12
  // hours later, for a card for 1 hour: 32x smaller (5 octaves of size; single cards, so no gang
  // guard or reservation takes part). Across organisations a
  // request ages one octave per 12 h; inside the firm's own queue one per 2 h (orgAgingHalfLifeS).
  const busy = running('other-run', cardsOf(0, 0, 8), { orgId: 'other', endS: 20 * 3600 });
  const input = (config = {}) => ({
    nowS: 13 * 3600,
    nodes: nodes(1),
    running: [busy],
    pending: [request('big-first', { orgId: 'firm', durationS: 32 * 3600, submitS: 0 }), request('small-later', { orgId: 'firm', cards: 1, durationS: 3600, submitS: 12 * 3600 })],
    orgs: [org('firm'), org('other')],
    config,
  });
  const order = (config = {}) => schedule(input(config), 'suanli').waiting.map((w) => w.requestId);

  it('keeps the older request first: 12 h of waiting is 6 octaves inside the firm, more than the 5 of size', () => {
    expect(order()).toEqual(['big-first', 'small-later']);
  });

  it('lets the smaller one pass when the firm\'s queue ages as slowly as the order between firms (the old default)', () => {
    expect(order({ orgAgingHalfLifeS: 12 * 3600 })).toEqual(['small-later', 'big-first']);
  });

  it('still puts a small request first when both came together', () => {
    const together = input();
    together.pending[1] = { ...together.pending[1]!, submitS: 0 };
    expect(schedule(together, 'suanli').waiting.map((w) => w.requestId)).toEqual(['small-later', 'big-first']);
  });
});
