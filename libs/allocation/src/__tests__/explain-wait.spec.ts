import { explainWait, formatUtcClock, type WaitReason, type WaitReasonCode } from '../index.js';
import { MESSAGES } from '../explain/messages.js';

const at14 = 14 * 3600;

describe('explainWait', () => {
  it('says when an 8-card domain frees, in English and Chinese', () => {
    const reason: WaitReason = { code: 'NO_DOMAIN_FREE', params: { cards: 8, domainSize: 8, until: at14 } };
    expect(explainWait(reason, 'en')).toBe('waiting: no 8-card domain free before 14:00');
    expect(explainWait(reason, 'zh-CN')).toBe('等待：14:00 之前没有空闲的 8 卡互联域');
  });

  it('explains fair share in plain words', () => {
    const reason: WaitReason = { code: 'OVER_FAIR_SHARE', params: { usedCards: 120, shareCards: 40 } };
    expect(explainWait(reason, 'en')).toBe('waiting: your organisation is over its fair share this week (using 120 of 40 cards)');
    expect(explainWait(reason, 'zh-CN')).toBe('等待：贵单位本周已超出公平份额（已用 120 / 40 张卡）');
  });

  it('uses the caller’s time format (the web app shows Asia/Shanghai)', () => {
    const reason: WaitReason = { code: 'WAITING_FOR_PREEMPTION_NOTICE', params: { preemptAtS: at14 } };
    const shanghai = (s: number) => formatUtcClock(s + 8 * 3600);
    expect(explainWait(reason, 'en', shanghai)).toBe('waiting: preemptible work has been given notice and stops at 22:00');
  });

  it('has a message for every reason code in both locales', () => {
    const codes = Object.keys(MESSAGES.en) as WaitReasonCode[];
    expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual([...codes].sort());
    const params = { cards: 4, domainSize: 8, until: at14, otherCards: 16, usedCards: 1, shareCards: 2, quotaCards: 8, heldCards: 8, earliestStartS: at14, count: 3, preemptAtS: at14, cardType: '910B' };
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
    const reason = { code: 'OVER_FAIR_SHARE' as const, params: { usedCards: 96, shareCards: 40 } };
    expect(explainWait(reason, 'zh-CN', formatUtcClock, 'staff')).toBe('等待：该机构本周已超出公平份额（已用 96 / 40 张卡）');
    expect(explainWait(reason, 'en', formatUtcClock, 'staff')).toContain('the organisation is over its fair share');
    expect(explainWait(reason, 'en')).toContain('your organisation');
  });

  it('keeps the shared wording for reasons that address nobody', () => {
    const reason = { code: 'BEHIND_HIGHER_PRIORITY' as const, params: { count: 3 } };
    expect(explainWait(reason, 'en', formatUtcClock, 'staff')).toBe(explainWait(reason, 'en'));
  });
});
