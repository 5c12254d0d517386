import { decayUsage, validateRequest } from '../index.js';
import { nodes } from './factories.js';

describe('validateRequest', () => {
  const cluster = nodes(2, 16, 8, '910B', ['n1c0']);

  it('accepts what can run', () => {
    expect(validateRequest(cluster, { cards: 8, cardType: '910B', durationS: 3600 })).toEqual({ ok: true });
    expect(validateRequest(cluster, { cards: 24, cardType: '910B', durationS: 3600 })).toEqual({ ok: true });
  });

  it.each([
    [{ cards: 0, cardType: '910B', durationS: 1 }, 'INVALID_CARD_COUNT'],
    [{ cards: 1.5, cardType: '910B', durationS: 1 }, 'INVALID_CARD_COUNT'],
    [{ cards: 1, cardType: '910B', durationS: 0 }, 'INVALID_DURATION'],
    [{ cards: 1, cardType: 'H100', durationS: 1 }, 'UNKNOWN_CARD_TYPE'],
    // 4 domains of 8, one with a drained card: only 3 whole domains are left.
    [{ cards: 32, cardType: '910B', durationS: 1 }, 'EXCEEDS_CLUSTER_CAPACITY'],
  ])('refuses %j with %s', (req, code) => {
    const result = validateRequest(cluster, req);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.message).not.toBe('');
  });
});

describe('decayUsage', () => {
  it('halves usage after one half-life and keeps it without elapsed time', () => {
    expect(decayUsage(1000, 7 * 86_400, 7 * 86_400)).toBeCloseTo(500);
    expect(decayUsage(1000, 0, 3600)).toBe(1000);
  });
});
