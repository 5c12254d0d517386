import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { describeWait, waitReasonKey } from '../wait-reason';
import '../../../shared/lib/datetime';

/** Echoes the key and the values it would be filled with. */
const t = ((key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify({ ...options, defaultValue: undefined })}`) as unknown as TFunction;

describe('wait reasons in the reader’s language', () => {
  it('tells a request smaller than a domain that it waits for cards, not for a whole domain', () => {
    expect(waitReasonKey('NO_DOMAIN_FREE', { cards: 1, domainSize: 8 }, false)).toBe('compute.wait.NO_CARDS_FREE');
    expect(waitReasonKey('NO_DOMAIN_FREE', { cards: 16, domainSize: 8, until: 1 }, false)).toBe('compute.wait.NO_DOMAIN_FREE_UNTIL');
  });

  it('words the requester’s reasons about "the organisation" for staff', () => {
    expect(waitReasonKey('OVER_FAIR_SHARE', {}, true)).toBe('compute.waitStaff.OVER_FAIR_SHARE');
    expect(waitReasonKey('OVER_FAIR_SHARE', {}, false)).toBe('compute.wait.OVER_FAIR_SHARE');
    expect(waitReasonKey('BEHIND_HIGHER_PRIORITY', {}, true)).toBe('compute.wait.BEHIND_HIGHER_PRIORITY');
  });

  it('reads the API’s JSON params and shows epoch seconds as Asia/Shanghai times', () => {
    // 2026-11-30T16:00:00Z is 12-01 00:00 in Shanghai.
    const text = describeWait({ code: 'NO_DOMAIN_FREE', params: JSON.stringify({ cards: 2, domainSize: 8, until: 1_796_054_400 }) }, t);
    expect(text).toMatch(/^compute\.wait\.NO_CARDS_FREE_UNTIL /);
    expect(text).toContain('"untilTime":"12-01 00:00"');
    expect(describeWait({ code: 'BEHIND_EARLIER_REQUESTS', params: { count: 3 } }, t)).toContain('"count":3');
    // Card-hours read as 12,300, the multiple and the window as the scheduler gave them.
    const share = describeWait({ code: 'OVER_FAIR_SHARE', params: JSON.stringify({ usedCardHours: 12_300, windowDays: 7, heldCards: 96, shareCards: 24.5, times: 3.1 }) }, t, true);
    expect(share).toMatch(/^compute\.waitStaff\.OVER_FAIR_SHARE /);
    expect(share).toContain('"usedCardHours":"12,300"');
    expect(share).toContain('"times":3.1');
    expect(share).toContain('"windowDays":7');
    expect(describeWait({ code: 'BEHIND_EARLIER_REQUESTS', params: 'not json' }, t)).toMatch(/^compute\.wait\.BEHIND_EARLIER_REQUESTS/);
  });
});
