import { schedule } from '../plan/schedule.js';
import { cardsOf, nodes, org, request, running } from './factories.js';

// Two 8-card nodes; "lab" runs preemptible adaptation work on both, "clinic" asks for 8 URGENT cards.
const base = { nodes: nodes(2), orgs: [org('lab'), org('clinic')] };
const onNode = (id: string, node: number, over = {}) =>
  running(id, cardsOf(node, 0, 8), { orgId: 'lab', priority: 'ADAPTATION', preemptible: true, endS: 90_000, ...over });
const urgent = request('urgent', { orgId: 'clinic', cards: 8, priority: 'URGENT', submitS: 50 });
const noticed = (id: string, node: number, preemptAtS = 700) => onNode(id, node, { preemptAtS, preemptedForRequestId: 'urgent' });

describe('scenario: a preemptor that no longer waits takes its notices back', () => {
  it('withdraws the notice when the preemptor was cancelled (not pending any more), and stops nobody', () => {
    const plan = schedule({ ...base, nowS: 400, running: [noticed('a', 0), onNode('b', 1)], pending: [] });
    expect(plan.withdrawnNotices).toEqual(['a']);
    expect(plan.preemptedNow).toEqual([]);
  });

  it('withdraws the notice when it ran out after the preemptor was cancelled: nobody is preempted', () => {
    const plan = schedule({ ...base, nowS: 800, running: [noticed('a', 0), onNode('b', 1)], pending: [] });
    expect(plan.withdrawnNotices).toEqual(['a']);
    expect(plan.preemptedNow).toEqual([]);
    expect(plan.starts).toEqual([]);
  });

  it('withdraws the notice when the preemptor was lowered to the victim’s class or below', () => {
    const lowered = { ...urgent, priority: 'ADAPTATION' as const };
    const plan = schedule({ ...base, nowS: 800, running: [noticed('a', 0), onNode('b', 1)], pending: [lowered] });
    expect(plan.withdrawnNotices).toEqual(['a']);
    expect(plan.preemptedNow).toEqual([]);
    expect(plan.waiting[0]!.reason.code).not.toBe('WAITING_FOR_PREEMPTION_NOTICE');
  });

  it('keeps a notice whose preemptor still waits and outranks the victim, until it runs out', () => {
    const plan = schedule({ ...base, nowS: 400, running: [noticed('a', 0), onNode('b', 1)], pending: [urgent] });
    expect(plan.withdrawnNotices).toEqual([]);
    expect(plan.preemptedNow).toEqual([]);
    expect(plan.preemptions).toEqual([]);
    expect(plan.waiting[0]!.reason.code).toBe('WAITING_FOR_PREEMPTION_NOTICE');
  });
});

describe('scenario: preemption happens only if the preemptor still needs the cards', () => {
  it('stops the victim when its notice runs out and the preemptor cannot start otherwise, and starts the preemptor on its cards', () => {
    const plan = schedule({ ...base, nowS: 700, running: [noticed('a', 0), onNode('b', 1)], pending: [urgent] });
    expect(plan.preemptedNow).toEqual([{ requestId: 'a', forRequestId: 'urgent' }]);
    expect(plan.withdrawnNotices).toEqual([]);
    expect(plan.starts).toEqual([{ requestId: 'urgent', cardIds: cardsOf(0, 0, 8) }]);
  });

  it('withdraws the notice instead when other work ended meanwhile and the preemptor fits on the freed cards', () => {
    // "b" ended on its own before the notice ran out: node 1 is free.
    const plan = schedule({ ...base, nowS: 700, running: [noticed('a', 0)], pending: [urgent] });
    expect(plan.preemptedNow).toEqual([]);
    expect(plan.withdrawnNotices).toEqual(['a']);
    expect(plan.starts).toEqual([{ requestId: 'urgent', cardIds: cardsOf(1, 0, 8) }]);
  });

  it('stops only as many victims as the preemptor still needs', () => {
    // A 16-card gang gave notice to both nodes; node 1's work ended early, so only node 0's victim stops.
    const gang = request('urgent', { orgId: 'clinic', cards: 16, priority: 'URGENT', submitS: 50 });
    const threeNodes = { ...base, nodes: nodes(3) };
    const third = onNode('c', 2, { preemptAtS: 700, preemptedForRequestId: 'urgent' });
    const plan = schedule({ ...threeNodes, nowS: 700, running: [noticed('a', 0), third], pending: [gang] });
    expect(plan.preemptedNow).toEqual([{ requestId: 'a', forRequestId: 'urgent' }]);
    expect(plan.withdrawnNotices).toEqual(['c']);
    expect(plan.starts).toHaveLength(1);
    expect(plan.starts[0]!.cardIds.sort()).toEqual([...cardsOf(0, 0, 8), ...cardsOf(1, 0, 8)].sort());
  });
});
