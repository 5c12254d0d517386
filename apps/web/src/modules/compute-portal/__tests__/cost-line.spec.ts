import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { costLine, costQuoteVariables, type CostQuoteLike } from '../cost-line';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'zh-CN',
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

const quote: CostQuoteLike = { priced: true, pricePerCardHourFen: '1200', amountFen: '691200', voucherFen: '345600' };
const request = { cardType: 'Ascend 910B', cards: 8, durationS: 72 * 3600, priority: 'STANDARD' as const };

function sentence(q: CostQuoteLike, r: typeof request | (Omit<typeof request, 'priority'> & { priority: 'ADAPTATION' | 'URGENT' }), lng: 'zh-CN' | 'en') {
  const line = costLine(q, r, lng);
  return i18n.getFixedT(lng)(line.key, line.params);
}

describe('the cost line', () => {
  it('reads as the founder sees it, in both languages', () => {
    expect(sentence(quote, request, 'zh-CN')).toBe('8 张卡 × 72 小时 × ¥12.00 = ¥6,912.00，其中算力券可抵 ¥3,456.00');
    expect(sentence(quote, request, 'en')).toBe('8 cards × 72 h × ¥12.00 = ¥6,912.00, of which your voucher covers ¥3,456.00');
  });
  it('leaves out the voucher when none covers it, and says card in the singular', () => {
    const noVoucher = { ...quote, amountFen: '1800', voucherFen: '0' };
    expect(sentence(noVoucher, { ...request, cards: 1, durationS: 5400 }, 'en')).toBe('1 card × 1.5 h × ¥12.00 = ¥18.00');
    expect(sentence(noVoucher, { ...request, cards: 1, durationS: 5400 }, 'zh-CN')).toBe('1 张卡 × 1.5 小时 × ¥12.00 = ¥18.00');
  });
  it('says adaptation is free and an unpriced card type has no price', () => {
    expect(sentence(quote, { ...request, priority: 'ADAPTATION' }, 'zh-CN')).toBe('免费：适配工作的算力费用由中心承担');
    expect(sentence({ ...quote, priced: false }, request, 'en')).toBe('No price published yet for this card type');
  });
  it('asks the API only for a request it would take', () => {
    expect(costQuoteVariables(request)).toEqual({ cardType: 'Ascend 910B', cards: 8, durationSeconds: 259200, adaptation: false });
    expect(costQuoteVariables({ ...request, priority: 'ADAPTATION' })?.adaptation).toBe(true);
    expect(costQuoteVariables({ ...request, cards: 0 })).toBeNull();
    expect(costQuoteVariables({ ...request, durationS: -5 })).toBeNull();
    expect(costQuoteVariables(null)).toBeNull();
  });
});
