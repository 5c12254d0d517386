import { describe, expect, it } from '@jest/globals';
import { retireBlocker } from '../node-retirement';

const holder = { allocationId: 'a1', mine: false, organisationId: null, organisationName: null, projectName: null, since: '2026-11-30T00:00:00Z', endsAt: '2026-12-01T00:00:00Z', underNotice: false };
const card = (held: boolean) => ({ id: 'c', index: 0, domainIndex: 0, memoryGb: 64, health: 'DRAINED' as const, holder: held ? holder : null });

describe('when the console offers to retire a node', () => {
  it('only once the node is drained', () => {
    expect(retireBlocker({ drained: false, cards: [card(false)] })).toBe('notDrained');
  });

  it('not while a card on it is still held, even when drained', () => {
    expect(retireBlocker({ drained: true, cards: [card(false), card(true)] })).toBe('busy');
  });

  it('for a drained, idle node', () => {
    expect(retireBlocker({ drained: true, cards: [card(false), card(false)] })).toBeNull();
  });
});
