import { schedule } from '../index.js';
import { cardsOf, nodes, org, request, running } from './factories.js';

// One 8-card node: 6 cards busy until t=1000, 2 free now.
const base = {
  nowS: 0,
  nodes: nodes(1),
  running: [running('busy', cardsOf(0, 0, 6), { endS: 1000 })],
  orgs: [org('org')],
};

describe('fifo baseline', () => {
  it('lets the head block everyone behind it', () => {
    const plan = schedule({ ...base, pending: [request('head', { cards: 8, submitS: 0 }), request('small', { cards: 1, submitS: 1, durationS: 10 })] }, 'fifo');
    expect(plan.starts).toEqual([]);
    expect(plan.waiting.map((w) => [w.requestId, w.position, w.reason.code])).toEqual([
      ['head', 1, 'NO_DOMAIN_FREE'],
      ['small', 2, 'BEHIND_EARLIER_REQUESTS'],
    ]);
  });
});

describe('easy baseline', () => {
  const pending = [
    request('head', { cards: 8, submitS: 0, durationS: 500 }),
    request('short', { cards: 1, submitS: 1, durationS: 1000 }),
    request('long', { cards: 1, submitS: 2, durationS: 1001 }),
  ];

  it('reserves the head at its earliest fit and backfills only what ends before it', () => {
    const plan = schedule({ ...base, pending }, 'easy');
    expect(plan.starts.map((s) => s.requestId)).toEqual(['short']);
    const head = plan.waiting.find((w) => w.requestId === 'head')!;
    expect(head.estimatedStartS).toBe(1000);
    expect(plan.waiting.find((w) => w.requestId === 'long')!.reason.code).toBe('GANG_RESERVED_FOR_OTHER');
  });

  it('places best-fit: the fullest domain that still fits', () => {
    const twoNodes = { ...base, nodes: nodes(2), running: [running('busy', cardsOf(1, 0, 5), { endS: 1000 })] };
    const plan = schedule({ ...twoNodes, pending: [request('three', { cards: 3 })] }, 'easy');
    expect(plan.starts).toEqual([{ requestId: 'three', cardIds: cardsOf(1, 5, 3) }]);
  });
});
