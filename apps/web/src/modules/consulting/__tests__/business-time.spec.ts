import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { businessTime } from '../ticket-tags';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false }, initAsync: false });
const t = (lng: string) => i18n.getFixedT(lng);

describe('businessTime', () => {
  it('shows time left in hours and minutes, in both languages', () => {
    expect(businessTime(240, t('zh-CN'))).toBe('4 小时 0 分');
    expect(businessTime(45, t('en'))).toBe('45 min');
    expect(businessTime(0, t('en'))).toBe('0 min');
  });

  it('says how far past the deadline a breached target is, without a minus sign', () => {
    expect(businessTime(-1500, t('zh-CN'))).toBe('超出 25 小时 0 分');
    expect(businessTime(-1500, t('en'))).toBe('25 h 0 min over');
    expect(businessTime(-5, t('en'))).toBe('5 min over');
  });
});
