import { sqlArrayWithin, sqlBetween, sqlIn } from '../check-sql.js';

describe('CHECK expressions from domain constants', () => {
  it('writes the same text the hand-written constraints use', () => {
    expect(sqlIn('state', ['QUEUED', 'RUNNING'])).toBe(`state IN ('QUEUED','RUNNING')`);
    expect(sqlBetween('duration_s', 600, 2592000)).toBe('duration_s BETWEEN 600 AND 2592000');
    expect(sqlArrayWithin('items', ['A', 'B'])).toBe(`items <@ ARRAY['A','B']::text[]`);
  });

  it('quotes literals and refuses empty lists and inverted bounds', () => {
    expect(sqlIn('name', ["O'Brien"])).toBe(`name IN ('O''Brien')`);
    expect(() => sqlIn('state', [])).toThrow(/no values/);
    expect(() => sqlBetween('x', 2, 1)).toThrow(/bad bounds/);
  });
});
