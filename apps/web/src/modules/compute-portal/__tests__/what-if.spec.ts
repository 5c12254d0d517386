import { describe, expect, it } from '@jest/globals';
import type { NodeSpec, ScheduleInput } from '@suanli/allocation';
import { parseSnapshot, whatIf, type WhatIfRequest, type WhatIfSnapshot } from '../what-if';

const NOW = 1_795_600_000;

function nodes(count: number, cardType = 'Ascend 310P'): NodeSpec[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `n${n}`,
    cardType,
    domainSize: 4,
    cards: Array.from({ length: 4 }, (_, c) => ({ id: `n${n}c${c}`, domainId: `n${n}d0`, healthy: true })),
  }));
}

function input(busyUntil: number | null): ScheduleInput {
  const all = nodes(2);
  return {
    nowS: NOW,
    nodes: all,
    running:
      busyUntil === null
        ? []
        : [
            {
              requestId: 'other',
              orgId: 'org-1',
              cardType: 'Ascend 310P',
              cardIds: all.flatMap((n) => n.cards.map((c) => c.id)),
              startS: NOW - 600,
              endS: busyUntil,
              priority: 'STANDARD',
              preemptible: false,
            },
          ],
    pending: [],
    orgs: [
      { id: 'org-1', weight: 1, quotaCards: null, usageCardSeconds: 0 },
      { id: 'mine', weight: 1, quotaCards: null, usageCardSeconds: 0 },
    ],
  };
}

const request: WhatIfRequest = { cards: 4, cardType: 'Ascend 310P', durationS: 3600, priority: 'STANDARD', preemptible: false, earliestStartS: null };

describe('whatIf', () => {
  it('starts now on an idle pool', () => {
    expect(whatIf(input(null), 'mine', request).kind).toBe('now');
  });

  it('waits for the running work to end on a full pool, first in line', () => {
    const result = whatIf(input(NOW + 7200), 'mine', request);
    expect(result.kind).toBe('wait');
    if (result.kind !== 'wait') return;
    expect(result.position).toBe(1);
    expect(result.waiting).toBe(1);
    expect(result.estimatedStartS).toBe(NOW + 7200);
    expect(result.reason.code).toBeTruthy();
  });

  it('refuses what can never fit, with the validation code the API would give', () => {
    const result = whatIf(input(null), 'mine', { ...request, cards: 64 });
    expect(result).toMatchObject({ kind: 'invalid', code: 'EXCEEDS_CLUSTER_CAPACITY' });
    expect(whatIf(input(null), 'mine', { ...request, cardType: 'Ascend 999' })).toMatchObject({ kind: 'invalid', code: 'UNKNOWN_CARD_TYPE' });
  });

  it('never estimates an impossible request, and gives every reason', () => {
    for (const wrong of [{ cards: 100_000 }, { cards: 0 }, { durationS: -5 * 3600 }, { cards: 0, durationS: 0 }]) {
      const result = whatIf(input(null), 'mine', { ...request, ...wrong });
      expect(result.kind).toBe('invalid');
      if (result.kind !== 'invalid') continue;
      expect(result.problems.length).toBe(Object.keys(wrong).length);
    }
    const tooMany = whatIf(input(null), 'mine', { ...request, cards: 100_000 });
    expect(tooMany).toMatchObject({ kind: 'invalid', problems: [{ code: 'EXCEEDS_CLUSTER_CAPACITY', params: { max: 8 } }] });
  });

  it('honours the earliest start', () => {
    const result = whatIf(input(null), 'mine', { ...request, earliestStartS: NOW + 3600 });
    expect(result).toMatchObject({ kind: 'wait', estimatedStartS: NOW + 3600 });
  });
});

describe('whatIf with run-time predictions, as the queue estimates', () => {
  const HOUR = 3600;

  it('waits for the running work’s predicted end, not its limit', () => {
    const snapshot = input(NOW + 10 * HOUR);
    snapshot.running[0]!.predictedEndS = NOW + HOUR;
    expect(whatIf(snapshot, 'mine', request)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + HOUR });
    expect(whatIf(input(NOW + 10 * HOUR), 'mine', request)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + 10 * HOUR });
  });

  /**
   * A light organisation's 8-card gang books both nodes at +10 h, where n0's work ends. n1 frees
   * at +1 h: a 10-hour request only fits after the gang (+11 h); the same request predicted at
   * 2 hours from the reader's own finished runs fits in the 9-hour gap before it. That is the
   * booked plan, which the estimates fall back to where the policy's forward replay does not
   * reach (the replay plans with the limits, as the decisions do), so it is asked for here.
   */
  function gapAhead(ownRuns: WhatIfSnapshot['ownRuns']): WhatIfSnapshot {
    const all = nodes(2);
    const holds = (requestId: string, n: number, endS: number) => ({
      requestId, orgId: 'org-2', cardType: 'Ascend 310P', cardIds: all[n]!.cards.map((c) => c.id), startS: NOW - 600, endS, priority: 'STANDARD' as const, preemptible: false,
    });
    return {
      nowS: NOW,
      nodes: all,
      running: [holds('long', 0, NOW + 10 * HOUR), holds('short', 1, NOW + HOUR)],
      pending: [{ id: 'gang', orgId: 'org-1', cards: 8, cardType: 'Ascend 310P', durationS: HOUR, submitS: NOW - 60, priority: 'STANDARD', preemptible: false, earliestStartS: null }],
      orgs: [
        { id: 'org-1', weight: 1, quotaCards: null, usageCardSeconds: 0 },
        { id: 'org-2', weight: 1, quotaCards: null, usageCardSeconds: 0 },
        { id: 'mine', weight: 1, quotaCards: null, usageCardSeconds: 5e9 },
      ],
      config: { estimateForwardPasses: 0 },
      ...(ownRuns ? { ownRuns } : {}),
    };
  }
  const tenHours: WhatIfRequest = { ...request, durationS: 10 * HOUR };

  it('predicts the previewed request from the reader’s own finished runs, so it fits a gap its limit does not', () => {
    const twoHourRuns = [
      { cards: 4, limitS: 10 * HOUR, runS: 2 * HOUR },
      { cards: 4, limitS: 10 * HOUR, runS: 2 * HOUR },
    ];
    expect(whatIf(gapAhead(undefined), 'mine', tenHours)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + 11 * HOUR });
    expect(whatIf(gapAhead(twoHourRuns), 'mine', tenHours)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + HOUR });
    // Runs that took the whole limit predict the limit: no gap.
    const fullRuns = twoHourRuns.map((r) => ({ ...r, runS: 10 * HOUR }));
    expect(whatIf(gapAhead(fullRuns), 'mine', tenHours)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + 11 * HOUR });
  });

  it('predicts a newcomer’s request from the population’s median run/limit the API sends', () => {
    // 10 h x 0.2 = 2 h: fits the gap; 0.95 of the limit does not.
    expect(whatIf({ ...gapAhead(undefined), populationFraction: 0.2 }, 'mine', tenHours)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + HOUR });
    expect(whatIf({ ...gapAhead(undefined), populationFraction: 0.95 }, 'mine', tenHours)).toMatchObject({ kind: 'wait', estimatedStartS: NOW + 11 * HOUR });
  });
});

describe('parseSnapshot', () => {
  it('accepts a ScheduleInput and rejects anything else', () => {
    expect(parseSnapshot(JSON.stringify(input(null)))?.nowS).toBe(NOW);
    expect(parseSnapshot('{"nodes": []}')).toBeNull();
    expect(parseSnapshot('not json')).toBeNull();
    expect(parseSnapshot(undefined)).toBeNull();
  });
});
