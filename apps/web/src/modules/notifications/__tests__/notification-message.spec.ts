import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { notificationMessage } from '../notification-message';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false }, initAsync: false });
const t = (lng: string) => i18n.getFixedT(lng);

describe('notificationMessage', () => {
  const approved = { kind: 'VOUCHER_DECIDED', params: [{ name: 'decision', value: 'APPROVED' }, { name: 'code', value: 'CV-2026-0007' }, { name: 'amountFen', value: '1200000' }] };

  it('words a decision by its variant and shows fen as CNY, in both languages', () => {
    expect(notificationMessage(t('zh-CN'), 'zh-CN', approved)).toBe('算力券申请已批准：CV-2026-0007，面额 ¥12,000.00');
    expect(notificationMessage(t('en'), 'en', approved)).toBe('Voucher application approved: CV-2026-0007, ¥12,000.00');
    const rejected = { kind: 'VOUCHER_DECIDED', params: [{ name: 'decision', value: 'REJECTED' }, { name: 'reason', value: '材料不全' }] };
    expect(notificationMessage(t('en'), 'en', rejected)).toBe('Voucher application rejected: 材料不全');
  });

  it('has a message for every kind in both languages', () => {
    const kinds = Object.keys(zh.notifications.kind);
    for (const kind of kinds) {
      const params = kind === 'VOUCHER_DECIDED' ? approved.params : [{ name: 'number', value: 'X-1' }];
      for (const lng of ['zh-CN', 'en'] as const) expect(notificationMessage(t(lng), lng, { kind, params })).not.toBe(lng === 'en' ? en.notifications.message.fallback : zh.notifications.message.fallback);
    }
    expect(notificationMessage(t('en'), 'en', { kind: 'SOMETHING_NEW', params: [] })).toBe('You have a new notification');
  });
});
