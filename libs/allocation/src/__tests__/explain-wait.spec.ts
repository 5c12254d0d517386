import { explainWait, formatUtcClock, type WaitReason, type WaitReasonCode } from '../index.js';
import { MESSAGES } from '../explain/messages.js';

const at14 = 14 * 3600;

describe('explainWait', () => {
  it('says when an 8-card domain frees, in English and Chinese', () => {
    const reason: WaitReason = { code: 'NO_DOMAIN_FREE', params: { cards: 8, domainSize: 8, until: at14 } };
    expect(explainWait(reason, 'en')).toBe('waiting: no 8-card domain free before 14:00');
    expect(explainWait(reason, 'zh-CN')).toBe('等待：14:00 之前没有空闲的 8 卡互联域');
  });

  it('explains fair share in card-hours over a stated window, with the multiple of the share', () => {
    const reason: WaitReason = { code: 'OVER_FAIR_SHARE', params: { usedCardHours: 12_300, windowDays: 7, heldCards: 96, shareCards: 24.5, times: 3.1 } };
    expect(explainWait(reason, 'en')).toBe(
      'waiting for other organisations: yours has used 12,300 card-hours lately (half-life 7 days: use 7 days ago counts half) and holds 96 cards now, 3.1× its fair share of 24.5 cards',
    );
    expect(explainWait(reason, 'zh-CN')).toBe('等待其他机构：贵单位近期已用 12,300 卡时（半衰期 7 天：7 天前的用量按一半计），当前占用 96 张卡，为公平份额 24.5 张卡的 3.1 倍');
  });

  it('uses the caller’s time format (the web app shows Asia/Shanghai)', () => {
    const reason: WaitReason = { code: 'WAITING_FOR_PREEMPTION_NOTICE', params: { preemptAtS: at14 } };
    const shanghai = (s: number) => formatUtcClock(s + 8 * 3600);
    expect(explainWait(reason, 'en', shanghai)).toBe('waiting: preemptible work has been given notice and stops at 22:00');
  });

  it('has a message for every reason code in both locales', () => {
    const codes = Object.keys(MESSAGES.en) as WaitReasonCode[];
    expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual([...codes].sort());
    const params = { cards: 4, domainSize: 8, until: at14, otherCards: 16, usedCardHours: 1, windowDays: 7, times: 2, shareCards: 2, quotaCards: 8, heldCards: 8, earliestStartS: at14, count: 3, preemptAtS: at14, cardType: '910B' };
    for (const code of codes) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = explainWait({ code, params }, locale);
        expect(text).not.toMatch(/undefined|NaN/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('falls back to the code for an unknown reason', () => {
    expect(explainWait({ code: 'SOMETHING_NEW' as WaitReasonCode, params: {} }, 'en')).toBe('waiting (SOMETHING_NEW)');
  });
});

describe('explainWait for the centre\'s staff', () => {
  it('speaks of the organisation, not to it, where the requester wording says "your"', () => {
    const reason = { code: 'OVER_FAIR_SHARE' as const, params: { usedCardHours: 4032, windowDays: 7, heldCards: 40, shareCards: 12, times: 3.3 } };
    expect(explainWait(reason, 'zh-CN', formatUtcClock, 'staff')).toBe('等待其他机构：该机构近期已用 4,032 卡时（半衰期 7 天：7 天前的用量按一半计），当前占用 40 张卡，为公平份额 12 张卡的 3.3 倍');
    expect(explainWait(reason, 'en', formatUtcClock, 'staff')).toContain('it has used 4,032 card-hours lately (half-life 7 days');
    expect(explainWait(reason, 'en')).toContain('yours has used');
  });

  it('keeps the shared wording for reasons that address nobody', () => {
    const reason = { code: 'BEHIND_HIGHER_PRIORITY' as const, params: { count: 3 } };
    expect(explainWait(reason, 'en', formatUtcClock, 'staff')).toBe(explainWait(reason, 'en'));
  });
});
