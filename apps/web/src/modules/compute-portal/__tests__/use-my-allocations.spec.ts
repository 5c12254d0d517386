import { describe, expect, it } from '@jest/globals';
import { allocationPhase } from '../use-my-allocations';

describe('an allocation’s phase in 我的算力', () => {
  it('tells a request not yet placed from one waiting with a place', () => {
    expect(allocationPhase({ state: 'QUEUED', queuePosition: null })).toBe('scheduling');
    expect(allocationPhase({ state: 'QUEUED', queuePosition: 3 })).toBe('queued');
  });

  it('shows running work as running and every other state as over', () => {
    expect(allocationPhase({ state: 'RUNNING', queuePosition: null })).toBe('running');
    for (const state of ['FINISHED', 'CANCELLED', 'PREEMPTED'] as const) expect(allocationPhase({ state, queuePosition: null })).toBe('ended');
  });
});
