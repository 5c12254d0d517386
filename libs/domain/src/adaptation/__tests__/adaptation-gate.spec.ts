import { checkAdaptationGate, isAdaptationComplete, isAdaptationOverdue } from '../adaptation.js';

describe('the adaptation gate before incubation', () => {
  it('refuses incubation while a checklist item is open, saying how far the port is', () => {
    expect(checkAdaptationGate('INCUBATING', ['OPERATORS_PORTED'])).toEqual({ ok: false, code: 'ADAPTATION_INCOMPLETE', done: 1, total: 3 });
  });

  it('lets a fully ported project incubate', () => {
    expect(checkAdaptationGate('INCUBATING', ['OPERATORS_PORTED', 'ACCURACY_VERIFIED', 'PERFORMANCE_VERIFIED'])).toEqual({ ok: true });
  });

  it('never blocks rejecting or withdrawing an unfinished adaptation', () => {
    expect(checkAdaptationGate('REJECTED', [])).toEqual({ ok: true });
    expect(checkAdaptationGate('EXITED', [])).toEqual({ ok: true });
  });

  it('agrees with overdue: complete is never overdue, incomplete past due is', () => {
    const due = new Date('2026-01-15T00:00:00Z');
    const later = new Date('2026-02-01T00:00:00Z');
    expect(isAdaptationComplete(['PERFORMANCE_VERIFIED', 'ACCURACY_VERIFIED', 'OPERATORS_PORTED'])).toBe(true);
    expect(isAdaptationOverdue(due, ['OPERATORS_PORTED', 'ACCURACY_VERIFIED', 'PERFORMANCE_VERIFIED'], later)).toBe(false);
    expect(isAdaptationOverdue(due, ['OPERATORS_PORTED'], later)).toBe(true);
  });
});
