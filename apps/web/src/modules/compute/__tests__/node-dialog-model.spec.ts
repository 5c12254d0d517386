import { describe, expect, it } from '@jest/globals';
import type { GridNode } from '../cluster-grid-model';
import { nodeFigures } from '../node-dialog-model';

const holder = (allocationId: string) => ({
  allocationId, mine: false, organisationId: 'o1', organisationName: 'A', projectName: 'P', since: '2026-11-30T00:00:00Z', endsAt: '2026-12-01T00:00:00Z', underNotice: false,
});
const card = (index: number, h: ReturnType<typeof holder> | null, health: 'HEALTHY' | 'FAILED' = 'HEALTHY') => ({ id: `c${index}`, index, domainIndex: 0, memoryGb: 64, health, holder: h });

describe('a node’s figures in its dialog', () => {
  it('counts held and failed cards and groups the cards per allocation', () => {
    const node = { cards: [card(0, holder('a')), card(1, holder('a')), card(2, holder('b')), card(3, null, 'FAILED'), card(4, null)] } as unknown as GridNode;
    const figures = nodeFigures(node);
    expect(figures.held).toBe(3);
    expect(figures.failed).toBe(1);
    expect(figures.holders.map((h) => [h.holder.allocationId, h.cards])).toEqual([['a', 2], ['b', 1]]);
  });

  it('is empty without a node', () => {
    expect(nodeFigures(null)).toEqual({ held: 0, failed: 0, holders: [] });
  });
});
