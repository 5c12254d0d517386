import { describe, expect, it } from '@jest/globals';
import { isHttpsLink, mergeHistory, MILESTONE_KEY_PATTERN, milestoneActions, milestoneTagColor, suggestMilestoneKey } from '../milestone-view';

describe('milestone view', () => {
  it('offers evidence while PLANNED or RETURNED and a decision while SUBMITTED', () => {
    const founder = { submit: true, decide: false };
    const manager = { submit: false, decide: true };
    expect(milestoneActions('PLANNED', founder)).toEqual({ submit: true, decide: false });
    expect(milestoneActions('RETURNED', founder)).toEqual({ submit: true, decide: false });
    expect(milestoneActions('SUBMITTED', founder)).toEqual({ submit: false, decide: false });
    expect(milestoneActions('SUBMITTED', manager)).toEqual({ submit: false, decide: true });
    expect(milestoneActions('ACCEPTED', manager)).toEqual({ submit: false, decide: false });
    expect(milestoneActions('PLANNED', manager)).toEqual({ submit: false, decide: false });
  });

  it('colours overdue milestones unless accepted', () => {
    expect(milestoneTagColor('PLANNED', true)).toBe('volcano');
    expect(milestoneTagColor('ACCEPTED', true)).toBe('success');
    expect(milestoneTagColor('SUBMITTED', false)).toBe('processing');
  });

  it('suggests keys the API accepts', () => {
    expect(suggestMilestoneKey('Model adapted to Ascend!')).toBe('model-adapted-to-ascend');
    expect(suggestMilestoneKey('首个付费客户')).toBe('');
    expect(MILESTONE_KEY_PATTERN.test(suggestMilestoneKey(' Series A  (2027) '))).toBe(true);
    expect(suggestMilestoneKey('a'.repeat(59) + ' b').length).toBeLessThanOrEqual(60);
  });

  it('takes https links only', () => {
    expect(isHttpsLink('https://example.com/x')).toBe(true);
    expect(isHttpsLink('http://example.com')).toBe(false);
    expect(isHttpsLink('not a link')).toBe(false);
  });
});

describe('the project history with milestone steps', () => {
  it('interleaves stage moves and milestone steps, newest first', () => {
    const transitions = [
      { id: 't1', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 't2', createdAt: '2026-03-01T00:00:00.000Z' },
    ];
    const steps = [
      { id: 's1', milestoneId: 'm', kind: 'CREATED', at: '2026-02-01T00:00:00.000Z' },
      { id: 's2', milestoneId: 'm', kind: 'SUBMITTED', at: '2026-04-01T00:00:00.000Z' },
    ];
    expect(mergeHistory(transitions, steps).map((e) => e.entry.id)).toEqual(['s2', 't2', 's1', 't1']);
    expect(mergeHistory(transitions, []).map((e) => e.type)).toEqual(['transition', 'transition']);
  });
});
