import { findHygieneProblem } from '../input-hygiene.js';

describe('input hygiene', () => {
  it('finds a NUL byte anywhere in an argument', () => {
    expect(findHygieneProblem({ a: { b: ['ok', 'x\u0000y'] } })).toEqual({ kind: 'NUL_BYTE', path: 'input.a.b[1]' });
  });
  it('finds dates PostgreSQL cannot store and invalid dates', () => {
    expect(findHygieneProblem({ at: new Date(-8.64e15) })?.kind).toBe('DATE_OUT_OF_RANGE');
    expect(findHygieneProblem({ at: new Date('9999-01-01') })?.kind).toBe('DATE_OUT_OF_RANGE');
    expect(findHygieneProblem({ at: new Date(Number.NaN) })?.kind).toBe('INVALID_DATE');
  });
  it('passes ordinary input', () => {
    expect(findHygieneProblem({ name: '成都', at: new Date(), n: 3, list: [1, 'a'], none: null })).toBeNull();
  });
});
